package dev.ivschat.testkit.assertj.internal;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.Operation;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Other calls failed than expected; the message lists the journal and the failed calls. */
public final class ShouldHaveFailedCalls extends BasicErrorMessageFactory {

  private ShouldHaveFailedCalls(List<Call> calls, String expectation, List<Call> failed) {
    super("%nExpecting actual:%n  %s%nto have %s%nbut the failed calls were:%n  %s",
        unquotedString(Render.calls(calls)), unquotedString(expectation),
        unquotedString(Render.calls(failed)));
  }

  /**
   * Some calls failed.
   *
   * @param calls the journal
   * @param failed the calls that failed
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveNoFailedCalls(List<Call> calls, List<Call> failed) {
    return new ShouldHaveFailedCalls(calls, "no failed call", failed);
  }

  /**
   * The failed calls are not of exactly these operations, in this order.
   *
   * @param calls the journal
   * @param expected the operations expected to fail, in order
   * @param failed the calls that failed
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveFailedCalls(List<Call> calls,
      List<Operation> expected, List<Call> failed) {
    String names = expected.stream().map(Operation::wireName)
        .collect(Collectors.joining(", ", "[", "]"));
    return new ShouldHaveFailedCalls(calls,
        "failed calls of exactly, in order:" + Render.NEXT_LINE + names, failed);
  }
}
