package dev.ivschat.testkit.assertj.internal;

import dev.ivschat.testkit.Call;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A call ended otherwise than expected. */
public final class ShouldHaveCallOutcome extends BasicErrorMessageFactory {

  private ShouldHaveCallOutcome(Call call, String expected) {
    super("%nExpecting actual:%n  %s%nto have %s%nbut it %s", unquotedString(Render.callWithRequest(call)),
        unquotedString(expected), unquotedString(outcome(call)));
  }

  /**
   * The call failed.
   *
   * @param call the call
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveSucceeded(Call call) {
    return new ShouldHaveCallOutcome(call, "succeeded");
  }

  /**
   * The call succeeded.
   *
   * @param call the call
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveFailed(Call call) {
    return new ShouldHaveCallOutcome(call, "failed");
  }

  /**
   * The call succeeded, or failed with another error code.
   *
   * @param call the call
   * @param errorCode the expected error code
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveFailedWith(Call call, String errorCode) {
    return new ShouldHaveCallOutcome(call, "failed with " + errorCode);
  }

  private static String outcome(Call call) {
    if (call.error() == null) {
      return "succeeded";
    }
    return Render.outcome(call) + ": " + call.error().message();
  }
}
