package dev.ivschat.testkit.assertj.internal;

import dev.ivschat.testkit.Call;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Some calls of an operation had requests that do not match a predicate, or there were none; the
 * message lists the offending calls with their requests.
 */
public final class ShouldHaveCalledOnlyWith extends BasicErrorMessageFactory {

  private ShouldHaveCalledOnlyWith(List<Call> calls, Class<?> requestType, String but) {
    super("%nExpecting actual:%n  %s%nto have only %s requests matching the given predicate%n%s",
        unquotedString(Render.calls(calls)), unquotedString(requestType.getSimpleName()),
        unquotedString(but));
  }

  /**
   * Some requests do not match.
   *
   * @param calls the journal
   * @param requestType the request class
   * @param mismatches the calls whose requests do not match
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveCalledOnlyWith(List<Call> calls,
      Class<?> requestType, List<Call> mismatches) {
    return new ShouldHaveCalledOnlyWith(calls, requestType,
        "but these did not:" + Render.NEXT_LINE + Render.callsWithRequests(mismatches));
  }

  /**
   * No call had such a request.
   *
   * @param calls the journal
   * @param requestType the request class
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveCalledAtAll(List<Call> calls, Class<?> requestType) {
    return new ShouldHaveCalledOnlyWith(calls, requestType,
        "but there was no " + requestType.getSimpleName());
  }
}
