package dev.ivschat.testkit.assertj.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Code expected to fail with a service error threw nothing, or something else. */
public final class ShouldHaveThrownServiceError extends BasicErrorMessageFactory {

  private ShouldHaveThrownServiceError(String but) {
    super("%nExpecting code to throw a service error of IVS Chat%nbut %s", unquotedString(but));
  }

  /**
   * Nothing was thrown.
   *
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveThrownServiceError() {
    return new ShouldHaveThrownServiceError("it threw nothing");
  }

  /**
   * Something else was thrown: a throwable no installed front door reads as a service error.
   *
   * @param thrown what was thrown
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveThrownServiceError(Throwable thrown) {
    return new ShouldHaveThrownServiceError("it threw:" + Render.NEXT_LINE + Render.thrown(thrown)
        + System.lineSeparator() + ShouldBeIvsChatError.notReadBy());
  }
}
