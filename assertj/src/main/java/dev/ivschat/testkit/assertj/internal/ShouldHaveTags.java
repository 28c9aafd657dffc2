package dev.ivschat.testkit.assertj.internal;

import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A resource's tags lack an expected tag, or it has tags when none were expected. */
public final class ShouldHaveTags extends BasicErrorMessageFactory {

  private ShouldHaveTags(String actual, String expectation, Map<String, String> tags) {
    super("%nExpecting actual:%n  %s%nto have %s%nbut its tags are:%n  %s", unquotedString(actual),
        unquotedString(expectation), unquotedString(Render.attributes(tags)));
  }

  /**
   * Some expected tags are missing or have other values.
   *
   * @param actual the resource, as {@link Render} shows it
   * @param expected the expected tags
   * @param tags its tags
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveTags(String actual, Map<String, String> expected,
      Map<String, String> tags) {
    String what = expected.size() == 1 ? "the tag" : "the tags";
    return new ShouldHaveTags(actual,
        what + ":" + Render.NEXT_LINE + Render.attributes(expected), tags);
  }

  /**
   * The resource has tags.
   *
   * @param actual the resource, as {@link Render} shows it
   * @param tags its tags
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveNoTags(String actual, Map<String, String> tags) {
    return new ShouldHaveTags(actual, "no tags", tags);
  }
}
