package dev.ivschat.testkit.assertj.internal;

import dev.ivschat.testkit.SentEvent;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Some sent events match one that should not have been sent; the message lists them. */
public final class ShouldNotContainEvent extends BasicErrorMessageFactory {

  private ShouldNotContainEvent(String events, EventPattern unexpected, List<SentEvent> found) {
    super("%nExpecting actual:%n  %s%nnot to contain an event %s%nbut found:%n  %s",
        unquotedString(events), unquotedString(unexpected.toString()),
        unquotedString(Render.events(found)));
  }

  /**
   * Some events match.
   *
   * @param events the events that were sent, as {@link Render#events} shows them
   * @param unexpected the event that should not be there
   * @param found the events that match it
   * @return the message factory
   */
  public static ErrorMessageFactory shouldNotContainEvent(String events, EventPattern unexpected,
      List<SentEvent> found) {
    return new ShouldNotContainEvent(events, unexpected, found);
  }
}
