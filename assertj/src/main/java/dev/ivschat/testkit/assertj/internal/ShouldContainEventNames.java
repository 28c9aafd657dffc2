package dev.ivschat.testkit.assertj.internal;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The sent events' names are not in the expected order; the message lists the events. */
public final class ShouldContainEventNames extends BasicErrorMessageFactory {

  private ShouldContainEventNames(String events, String expectation, List<String> expected,
      List<String> names) {
    super("%nExpecting actual:%n  %s%nto contain %s:%n  %s%nbut the event names were:%n  %s",
        unquotedString(events), unquotedString(expectation), expected, names);
  }

  /**
   * The expected names do not appear in this order (other events may come between them).
   *
   * @param events the events, as {@link Render#events} shows them
   * @param expected the expected names
   * @param names the names of the events
   * @return the message factory
   */
  public static ErrorMessageFactory shouldContainEventNamesInOrder(String events,
      List<String> expected, List<String> names) {
    return new ShouldContainEventNames(events, "events named, in this order", expected, names);
  }

  /**
   * The names are not exactly these.
   *
   * @param events the events, as {@link Render#events} shows them
   * @param expected the expected names
   * @param names the names of the events
   * @return the message factory
   */
  public static ErrorMessageFactory shouldContainExactlyEventNames(String events,
      List<String> expected, List<String> names) {
    return new ShouldContainEventNames(events, "exactly events named", expected, names);
  }
}
