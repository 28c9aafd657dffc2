package dev.ivschat.testkit.assertj.internal;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.Operation;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** An operation was called another number of times; the message lists the journal. */
public final class ShouldHaveCallCount extends BasicErrorMessageFactory {

  private ShouldHaveCallCount(List<Call> calls, String expectation, Operation operation,
      int actual) {
    super("%nExpecting actual:%n  %s%nto have %s %s%nbut had %s", unquotedString(Render.calls(calls)),
        unquotedString(expectation), unquotedString(operation.wireName()), actual);
  }

  /**
   * The count differs.
   *
   * @param calls the journal
   * @param operation the operation
   * @param expected the expected count
   * @param actual the count
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveCallCount(List<Call> calls, Operation operation,
      int expected, int actual) {
    return new ShouldHaveCallCount(calls, expected + " call(s) of", operation, actual);
  }

  /**
   * The operation was never called.
   *
   * @param calls the journal
   * @param operation the operation
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveCalled(List<Call> calls, Operation operation) {
    return new ShouldHaveCallCount(calls, "at least one call of", operation, 0);
  }

  /**
   * The operation was called.
   *
   * @param calls the journal
   * @param operation the operation
   * @param actual the count
   * @return the message factory
   */
  public static ErrorMessageFactory shouldNotHaveCalled(List<Call> calls, Operation operation,
      int actual) {
    return new ShouldHaveCallCount(calls, "no call of", operation, actual);
  }
}
