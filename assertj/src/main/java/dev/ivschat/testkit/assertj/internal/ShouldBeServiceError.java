package dev.ivschat.testkit.assertj.internal;

import dev.ivschat.testkit.ServiceError;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A service error is of another kind (error code) than expected. */
public final class ShouldBeServiceError extends BasicErrorMessageFactory {

  private ShouldBeServiceError(ServiceError actual, String expectedCode) {
    super("%nExpecting actual:%n  %s%nto be %s%nbut it is %s", unquotedString(Render.error(actual)),
        unquotedString(withArticle(expectedCode)), unquotedString(withArticle(actual.code())));
  }

  private static String withArticle(String code) {
    return ("AEIOU".indexOf(code.isEmpty() ? 'x' : code.charAt(0)) >= 0 ? "an " : "a ") + code;
  }

  /**
   * The error code differs from the one of the expected kind.
   *
   * @param actual the error
   * @param expectedCode the wire code of the expected kind, e.g. {@code ValidationException}
   * @return the message factory
   */
  public static ErrorMessageFactory shouldBeServiceError(ServiceError actual, String expectedCode) {
    return new ShouldBeServiceError(actual, expectedCode);
  }
}
