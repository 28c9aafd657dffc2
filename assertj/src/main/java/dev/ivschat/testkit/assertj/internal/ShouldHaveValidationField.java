package dev.ivschat.testkit.assertj.internal;

import dev.ivschat.testkit.ServiceError;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A validation error does not name the expected field (with the expected message). */
public final class ShouldHaveValidationField extends BasicErrorMessageFactory {

  private ShouldHaveValidationField(ServiceError actual, String field, Object message) {
    super("%nExpecting actual:%n  %s%nto name the field %s%s%nbut its fields are:%n  %s",
        unquotedString(Render.error(actual)), field, message,
        unquotedString(Render.fields(actual.fields())));
  }

  /**
   * The field is not named.
   *
   * @param actual the error
   * @param field the expected field
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveField(ServiceError actual, String field) {
    return new ShouldHaveValidationField(actual, field, unquotedString(""));
  }

  /**
   * The field is not named with this message.
   *
   * @param actual the error
   * @param field the expected field
   * @param message the expected message
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveFieldWithMessage(ServiceError actual, String field,
      String message) {
    return new ShouldHaveValidationField(actual, field,
        unquotedString(" with the message:" + Render.NEXT_LINE + quote(message)));
  }

  /**
   * The field is not named with a message containing this text.
   *
   * @param actual the error
   * @param field the expected field
   * @param fragment the expected part of the message
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveFieldWithMessageContaining(ServiceError actual,
      String field, String fragment) {
    return new ShouldHaveValidationField(actual, field,
        unquotedString(" with a message containing:" + Render.NEXT_LINE + quote(fragment)));
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }
}
