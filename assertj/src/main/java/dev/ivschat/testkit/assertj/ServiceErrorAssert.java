package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.internal.ShouldBeIvsChatError.shouldBeIvsChatError;
import static dev.ivschat.testkit.assertj.internal.ShouldBeServiceError.shouldBeServiceError;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveProperty.none;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveProperty.shouldHaveProperty;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveValidationField.shouldHaveField;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveValidationField.shouldHaveFieldWithMessage;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveValidationField.shouldHaveFieldWithMessageContaining;
import static org.assertj.core.error.ShouldNotBeNull.shouldNotBeNull;

import dev.ivschat.testkit.ServiceError;
import dev.ivschat.testkit.assertj.internal.Render;
import dev.ivschat.testkit.assertj.internal.ServiceErrors;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Assertions on an error of the service, in one vocabulary whichever SDK threw it: an exception of
 * the AWS SDK for Java v1 ({@code com.amazonaws.services.ivschat.model.*Exception}) or v2
 * ({@code software.amazon.awssdk.services.ivschat.model.*Exception}), read through the installed
 * front door ({@link dev.ivschat.testkit.FrontDoor#failureOfAny(Throwable)}), or the neutral
 * {@link ServiceError} itself. The same error gives the same failure messages from either SDK.
 *
 * <pre>{@code
 * assertThatIvsChatCall(() -> client.createRoom(request))
 *     .isValidationError()
 *     .onFieldWithMessageContaining("name", "must satisfy regular expression pattern");
 * }</pre>
 *
 * <p>The actual value is the object given (the exception, or the {@code ServiceError}), so
 * AssertJ's own assertions such as {@code isInstanceOf} apply to it. A throwable that no installed
 * front door reads as a service error fails every assertion of this class, with a message that
 * names it and the installed front doors. A future's {@code CompletionException} or
 * {@code ExecutionException} is looked through to the exception it wraps.
 */
public class ServiceErrorAssert extends AbstractAssert<ServiceErrorAssert, Object> {

  /**
   * An assert on an exception an SDK threw.
   *
   * @param actual the exception
   */
  public ServiceErrorAssert(Throwable actual) {
    super(actual, ServiceErrorAssert.class);
  }

  /**
   * An assert on an SDK-neutral service error, such as {@link dev.ivschat.testkit.Call#error()}.
   *
   * @param actual the error
   */
  public ServiceErrorAssert(ServiceError actual) {
    super(actual, ServiceErrorAssert.class);
  }

  /**
   * Verifies that the actual value is not null.
   *
   * @return this assertion object
   * @throws AssertionError if it is null
   */
  @Override
  public ServiceErrorAssert isNotNull() {
    if (actual == null) {
      throwAssertionError(shouldNotBeNull());
    }
    return myself;
  }

  /**
   * Verifies the error code (the wire code, such as {@code "ValidationException"} or
   * {@code "PendingVerification"}).
   *
   * @param expected the expected code
   * @return this assertion object
   * @throws AssertionError if the code differs
   */
  public ServiceErrorAssert hasErrorCode(String expected) {
    return has("error code", expected, error().code());
  }

  /**
   * Verifies the HTTP status code.
   *
   * @param expected the expected status
   * @return this assertion object
   * @throws AssertionError if the status differs
   */
  public ServiceErrorAssert hasStatusCode(int expected) {
    return has("status code", expected, error().statusCode());
  }

  /**
   * Verifies the error message (without an SDK's suffix of service, status and request id).
   *
   * @param expected the expected message
   * @return this assertion object
   * @throws AssertionError if the message differs
   */
  public ServiceErrorAssert hasErrorMessage(String expected) {
    return has("error message", expected, error().message());
  }

  /**
   * Verifies that this is a {@code ValidationException}.
   *
   * @return this assertion object
   * @throws AssertionError if it is another error
   */
  public ServiceErrorAssert isValidationError() {
    return isError(ServiceError.VALIDATION);
  }

  /**
   * Verifies the reason of a {@code ValidationException}.
   *
   * @param expected {@code "FIELD_VALIDATION_FAILED"}, {@code "OTHER"} or
   *     {@code "UNKNOWN_OPERATION"}
   * @return this assertion object
   * @throws AssertionError if the reason differs
   */
  public ServiceErrorAssert hasReason(String expected) {
    return has("reason", expected, orNone(error().reason()));
  }

  /**
   * Verifies that this is a {@code ValidationException} naming the field (a request member, as a
   * dotted path for nested members such as {@code messageReviewHandler.uri}).
   *
   * @param field the field name
   * @return this assertion object
   * @throws AssertionError if it is another error or does not name the field; the message lists the
   *     fields it names
   */
  public ServiceErrorAssert onField(String field) {
    return onField(field, f -> true, (error, name) -> shouldHaveField(error, name));
  }

  /**
   * Verifies that this is a {@code ValidationException} naming the field with exactly this message.
   *
   * @param field the field name
   * @param message the expected message
   * @return this assertion object
   * @throws AssertionError if it does not; the message lists the fields it names
   */
  public ServiceErrorAssert onFieldWithMessage(String field, String message) {
    return onField(field, f -> f.message().equals(message),
        (error, name) -> shouldHaveFieldWithMessage(error, name, message));
  }

  /**
   * Verifies that this is a {@code ValidationException} naming the field with a message that
   * contains this text.
   *
   * @param field the field name
   * @param fragment the expected part of the message
   * @return this assertion object
   * @throws AssertionError if it does not; the message lists the fields it names
   */
  public ServiceErrorAssert onFieldWithMessageContaining(String field, String fragment) {
    return onField(field, f -> f.message().contains(fragment),
        (error, name) -> shouldHaveFieldWithMessageContaining(error, name, fragment));
  }

  /**
   * Verifies that this is a {@code ResourceNotFoundException}.
   *
   * @return this assertion object
   * @throws AssertionError if it is another error
   */
  public ServiceErrorAssert isNotFound() {
    return isError(ServiceError.RESOURCE_NOT_FOUND);
  }

  /**
   * Verifies that this is a {@code ResourceNotFoundException} for this resource.
   *
   * @param resourceId the bare id of the missing resource
   * @param resourceType its type, e.g. {@code "ROOM"}
   * @return this assertion object
   * @throws AssertionError if it is another error or about another resource
   */
  public ServiceErrorAssert isNotFound(String resourceId, String resourceType) {
    return isNotFound().hasResourceId(resourceId).hasResourceType(resourceType);
  }

  /**
   * Verifies that this is a {@code ConflictException}.
   *
   * @return this assertion object
   * @throws AssertionError if it is another error
   */
  public ServiceErrorAssert isConflict() {
    return isError(ServiceError.CONFLICT);
  }

  /**
   * Verifies that this is a {@code ServiceQuotaExceededException}.
   *
   * @return this assertion object
   * @throws AssertionError if it is another error
   */
  public ServiceErrorAssert isQuotaExceeded() {
    return isError(ServiceError.SERVICE_QUOTA_EXCEEDED);
  }

  /**
   * Verifies that this is a {@code ServiceQuotaExceededException} with this limit.
   *
   * @param limit the quota
   * @return this assertion object
   * @throws AssertionError if it is another error or carries another limit
   */
  public ServiceErrorAssert isQuotaExceeded(int limit) {
    return isQuotaExceeded().hasLimit(limit);
  }

  /**
   * Verifies that this is a {@code ThrottlingException}.
   *
   * @return this assertion object
   * @throws AssertionError if it is another error
   */
  public ServiceErrorAssert isThrottled() {
    return isError(ServiceError.THROTTLING);
  }

  /**
   * Verifies that this is a {@code PendingVerification} error (wire code without "Exception").
   *
   * @return this assertion object
   * @throws AssertionError if it is another error
   */
  public ServiceErrorAssert isPendingVerification() {
    return isError(ServiceError.PENDING_VERIFICATION);
  }

  /**
   * Verifies that this is an {@code AccessDeniedException}.
   *
   * @return this assertion object
   * @throws AssertionError if it is another error
   */
  public ServiceErrorAssert isAccessDenied() {
    return isError(ServiceError.ACCESS_DENIED);
  }

  /**
   * Verifies that this is an {@code InternalServerException}.
   *
   * @return this assertion object
   * @throws AssertionError if it is another error
   */
  public ServiceErrorAssert isInternalServerError() {
    return isError(ServiceError.INTERNAL_SERVER);
  }

  /**
   * Verifies the resource id that not-found, conflict, quota and throttling errors carry.
   *
   * @param expected the bare resource id
   * @return this assertion object
   * @throws AssertionError if the error carries another id, or none
   */
  public ServiceErrorAssert hasResourceId(String expected) {
    return has("resource id", expected, orNone(error().resourceId()));
  }

  /**
   * Verifies the resource type that not-found, conflict, quota and throttling errors carry.
   *
   * @param expected the type, e.g. {@code "ROOM"}
   * @return this assertion object
   * @throws AssertionError if the error carries another type, or none
   */
  public ServiceErrorAssert hasResourceType(String expected) {
    return has("resource type", expected, orNone(error().resourceType()));
  }

  /**
   * Verifies the limit that quota and throttling errors carry.
   *
   * @param expected the limit
   * @return this assertion object
   * @throws AssertionError if the error carries another limit, or none
   */
  public ServiceErrorAssert hasLimit(int expected) {
    return has("limit", expected, orNone(error().limit()));
  }

  private ServiceErrorAssert isError(String code) {
    ServiceError error = error();
    if (!code.equals(error.code())) {
      throwAssertionError(shouldBeServiceError(error, code));
    }
    return myself;
  }

  private ServiceErrorAssert onField(String field, Predicate<ServiceError.Field> check,
      BiFunction<ServiceError, String, ErrorMessageFactory> message) {
    isValidationError();
    ServiceError error = error();
    boolean named = error.fields().stream()
        .anyMatch(f -> f.name().equals(field) && check.test(f));
    if (!named) {
      throwAssertionError(message.apply(error, field));
    }
    return myself;
  }

  private ServiceErrorAssert has(String property, Object expected, Object had) {
    if (!Objects.equals(expected, had)) {
      throwAssertionError(shouldHaveProperty(Render.error(error()), property, expected, had));
    }
    return myself;
  }

  /** The neutral error of the actual value; fails when it is null or carries none. */
  private ServiceError error() {
    isNotNull();
    ServiceError error = ServiceErrors.read(actual);
    if (error == null) {
      throwAssertionError(shouldBeIvsChatError((Throwable) actual));
    }
    return error;
  }

  private static Object orNone(Object value) {
    return value == null ? none() : value;
  }
}
