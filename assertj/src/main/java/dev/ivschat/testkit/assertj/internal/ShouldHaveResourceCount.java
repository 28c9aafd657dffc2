package dev.ivschat.testkit.assertj.internal;

import dev.ivschat.testkit.IvsChatControl;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The fake holds another number of rooms or logging configurations; the message lists them. */
public final class ShouldHaveResourceCount extends BasicErrorMessageFactory {

  private ShouldHaveResourceCount(IvsChatControl fake, int expected, String kind, int actual,
      String held) {
    super("%nExpecting actual:%n  %s%nto hold %s %s%nbut it holds %s:%n  %s", fake, expected,
        unquotedString(kind), actual, unquotedString(held));
  }

  /**
   * The room count differs.
   *
   * @param fake the fake
   * @param expected the expected count
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveRoomCount(IvsChatControl fake, int expected) {
    return new ShouldHaveResourceCount(fake, expected, "room(s)", fake.rooms().size(),
        Render.rooms(fake.rooms()));
  }

  /**
   * The logging configuration count differs.
   *
   * @param fake the fake
   * @param expected the expected count
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveLoggingConfigurationCount(IvsChatControl fake,
      int expected) {
    return new ShouldHaveResourceCount(fake, expected, "logging configuration(s)",
        fake.loggingConfigurations().size(),
        Render.loggingConfigurations(fake.loggingConfigurations()));
  }
}
