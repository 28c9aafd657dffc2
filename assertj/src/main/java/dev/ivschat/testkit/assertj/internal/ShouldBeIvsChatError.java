package dev.ivschat.testkit.assertj.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A throwable asserted on as a service error is not one: no installed front door reads it as an
 * exception of its SDK.
 */
public final class ShouldBeIvsChatError extends BasicErrorMessageFactory {

  private ShouldBeIvsChatError(Throwable actual) {
    super("%nExpecting a service error of IVS Chat%nbut was:%n  %s%n%s",
        unquotedString(Render.thrown(actual)), unquotedString(notReadBy()));
  }

  /**
   * The throwable is no service error.
   *
   * @param actual the throwable
   * @return the message factory
   */
  public static ErrorMessageFactory shouldBeIvsChatError(Throwable actual) {
    return new ShouldBeIvsChatError(actual);
  }

  /**
   * The line that says which front doors were asked.
   *
   * @return e.g. {@code which is not a service error of any installed front door (AWS SDK for Java
   *     v1)}
   */
  static String notReadBy() {
    return "which is not a service error of any installed front door ("
        + ServiceErrors.installedFrontDoors() + ")";
  }
}
