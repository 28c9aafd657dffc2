package dev.ivschat.testkit.assertj.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * One property of a room, event, call or error differs from the expected value: the message shows
 * the whole value, the expected property and what it had.
 */
public final class ShouldHaveProperty extends BasicErrorMessageFactory {

  private ShouldHaveProperty(String actual, String property, Object expected, Object had) {
    super("%nExpecting actual:%n  %s%nto have %s:%n  %s%nbut had:%n  %s", unquotedString(actual),
        unquotedString(property), expected, had);
  }

  /**
   * A property differs.
   *
   * @param actual the whole value, as {@link Render} shows it
   * @param property the property's name, e.g. {@code "maximumMessageLength"}
   * @param expected the expected value (strings are quoted)
   * @param had the value it had (strings are quoted; use {@link #none()} for a missing one)
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveProperty(String actual, String property,
      Object expected, Object had) {
    return new ShouldHaveProperty(actual, property, expected, had);
  }

  /**
   * Stands for a missing value, shown unquoted as {@code none}.
   *
   * @return the placeholder
   */
  public static Object none() {
    return unquotedString("none");
  }

  /**
   * A value shown as is, without quotes.
   *
   * @param text the text
   * @return the value
   */
  public static Object unquoted(String text) {
    return unquotedString(text);
  }
}
