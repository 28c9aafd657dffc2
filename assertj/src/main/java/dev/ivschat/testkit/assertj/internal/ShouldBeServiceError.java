package dev.ivschat.testkit.assertj.internal;

import com.amazonaws.AmazonServiceException;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A service exception is of another kind (error code) than expected. */
public final class ShouldBeServiceError extends BasicErrorMessageFactory {

  private ShouldBeServiceError(AmazonServiceException actual, String expectedCode) {
    super("%nExpecting actual:%n  %s%nto be a %s%nbut it is a %s", unquotedString(Render.error(actual)),
        unquotedString(expectedCode), unquotedString(String.valueOf(actual.getErrorCode())));
  }

  /**
   * The error code differs from the one of the expected kind.
   *
   * @param actual the exception
   * @param expectedCode the wire code of the expected kind, e.g. {@code ValidationException}
   * @return the message factory
   */
  public static ErrorMessageFactory shouldBeServiceError(AmazonServiceException actual,
      String expectedCode) {
    return new ShouldBeServiceError(actual, expectedCode);
  }
}
