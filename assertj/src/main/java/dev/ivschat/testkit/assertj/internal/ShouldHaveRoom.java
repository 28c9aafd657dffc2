package dev.ivschat.testkit.assertj.internal;

import dev.ivschat.testkit.IvsChatControl;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The fake holds no room with the expected ARN or name; the message lists the rooms it holds. */
public final class ShouldHaveRoom extends BasicErrorMessageFactory {

  private ShouldHaveRoom(IvsChatControl fake, String key, String value) {
    super("%nExpecting actual:%n  %s%nto hold a room with %s:%n  %s%nbut it holds:%n  %s", fake,
        unquotedString(key), value, unquotedString(Render.rooms(fake.rooms())));
  }

  /**
   * No room has this ARN.
   *
   * @param fake the fake
   * @param arn the expected ARN
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveRoomWithArn(IvsChatControl fake, String arn) {
    return new ShouldHaveRoom(fake, "ARN", arn);
  }

  /**
   * No room has this name.
   *
   * @param fake the fake
   * @param name the expected name
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveRoomNamed(IvsChatControl fake, String name) {
    return new ShouldHaveRoom(fake, "name", name);
  }
}
