package dev.ivschat.testkit.assertj.internal;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.Operation;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The journal has no call at the position a test navigated to; the message lists the journal. */
public final class ShouldHaveCall extends BasicErrorMessageFactory {

  private ShouldHaveCall(List<Call> calls, String which, int had) {
    super("%nExpecting actual:%n  %s%nto have %s%nbut had %s", unquotedString(Render.calls(calls)),
        unquotedString(which), had);
  }

  /**
   * There is no call with this sequence number.
   *
   * @param calls the journal
   * @param sequence the expected sequence number, from 1
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveCall(List<Call> calls, int sequence) {
    return new ShouldHaveCall(calls, "a call #" + sequence + " (calls are numbered from 1)",
        calls.size());
  }

  /**
   * There are fewer calls of the operation.
   *
   * @param calls the journal
   * @param operation the operation
   * @param nth the expected position among its calls, from 1
   * @param had how many calls of it there are
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveCall(List<Call> calls, Operation operation, int nth,
      int had) {
    return new ShouldHaveCall(calls,
        "a call #" + nth + " of " + operation.wireName() + " (calls are numbered from 1)", had);
  }
}
