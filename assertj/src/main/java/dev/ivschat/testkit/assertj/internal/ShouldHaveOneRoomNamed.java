package dev.ivschat.testkit.assertj.internal;

import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.Room;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Several rooms share the name a test navigated by; the message lists them. */
public final class ShouldHaveOneRoomNamed extends BasicErrorMessageFactory {

  private ShouldHaveOneRoomNamed(IvsChatControl fake, String name, List<Room> rooms) {
    super("%nExpecting actual:%n  %s%nto hold exactly one room named:%n  %s%n"
        + "but it holds %s:%n  %s", fake, name, rooms.size(), unquotedString(Render.rooms(rooms)));
  }

  /**
   * More than one room has the name.
   *
   * @param fake the fake
   * @param name the name
   * @param rooms the rooms of that name
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveOneRoomNamed(IvsChatControl fake, String name,
      List<Room> rooms) {
    return new ShouldHaveOneRoomNamed(fake, name, rooms);
  }
}
