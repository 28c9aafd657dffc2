package dev.ivschat.testkit.assertj.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** No sent event matches the expected one; the message lists the events that were sent. */
public final class ShouldContainEvent extends BasicErrorMessageFactory {

  private ShouldContainEvent(String events, EventPattern expected) {
    super("%nExpecting actual:%n  %s%nto contain an event %s%nbut none matched", unquotedString(events),
        unquotedString(expected.toString()));
  }

  /**
   * No event matches.
   *
   * @param events the events that were sent, as {@link Render#events} shows them
   * @param expected the expected event
   * @return the message factory
   */
  public static ErrorMessageFactory shouldContainEvent(String events, EventPattern expected) {
    return new ShouldContainEvent(events, expected);
  }
}
