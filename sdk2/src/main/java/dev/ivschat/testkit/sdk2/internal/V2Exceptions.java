package dev.ivschat.testkit.sdk2.internal;

import dev.ivschat.testkit.ServiceError;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.ivschat.model.AccessDeniedException;
import software.amazon.awssdk.services.ivschat.model.ConflictException;
import software.amazon.awssdk.services.ivschat.model.InternalServerException;
import software.amazon.awssdk.services.ivschat.model.IvschatException;
import software.amazon.awssdk.services.ivschat.model.PendingVerificationException;
import software.amazon.awssdk.services.ivschat.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivschat.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.ivschat.model.ThrottlingException;
import software.amazon.awssdk.services.ivschat.model.ValidationException;
import software.amazon.awssdk.services.ivschat.model.ValidationExceptionField;

/**
 * Builds the v2 exception for a {@link ServiceError} as the real client builds it from the
 * service's error response: the modelled class for the wire code (the base
 * {@link IvschatException} for codes the SDK does not know), status, request id, the modelled
 * members, one attempt, and {@link AwsErrorDetails} with the code, message, service name, HTTP
 * response and raw body. {@code RealClientExceptionFidelityTest} holds it to the real client.
 */
public final class V2Exceptions {
  /** The service name the v2 client puts in {@link AwsErrorDetails#serviceName()}. */
  public static final String SERVICE_NAME = "Ivschat";

  private V2Exceptions() {
  }

  /**
   * The exception for an error.
   *
   * @param error the error
   * @param requestId the failed call's request id
   * @param time the call's time, for the response's {@code Date} header
   * @return the exception
   */
  public static IvschatException toV2(ServiceError error, String requestId, Instant time) {
    SdkBytes body = SdkBytes.fromUtf8String(ErrorBody.json(error));
    SdkHttpResponse http = V2Http.error(error.statusCode(), error.code(), requestId, time,
        body.asByteArrayUnsafe().length);
    AwsErrorDetails details = AwsErrorDetails.builder().errorCode(error.code())
        .errorMessage(error.message()).serviceName(SERVICE_NAME).sdkHttpResponse(http)
        .rawResponse(body).build();
    return (IvschatException) modelled(error).message(error.message())
        .statusCode(error.statusCode()).requestId(requestId).awsErrorDetails(details)
        .numAttempts(1).build();
  }

  /** A builder of the class the client maps the code to, with the modelled members set. */
  private static IvschatException.Builder modelled(ServiceError e) {
    return switch (e.code()) {
      case ServiceError.VALIDATION -> {
        ValidationException.Builder v = ValidationException.builder().reason(e.reason());
        yield e.fields().isEmpty() ? v : v.fieldList(fields(e.fields()));
      }
      case ServiceError.RESOURCE_NOT_FOUND -> ResourceNotFoundException.builder()
          .resourceId(e.resourceId()).resourceType(e.resourceType());
      case ServiceError.CONFLICT -> ConflictException.builder().resourceId(e.resourceId())
          .resourceType(e.resourceType());
      case ServiceError.SERVICE_QUOTA_EXCEEDED -> ServiceQuotaExceededException.builder()
          .resourceId(e.resourceId()).resourceType(e.resourceType()).limit(e.limit());
      case ServiceError.THROTTLING -> ThrottlingException.builder().resourceId(e.resourceId())
          .resourceType(e.resourceType()).limit(e.limit());
      case ServiceError.ACCESS_DENIED -> AccessDeniedException.builder();
      case ServiceError.PENDING_VERIFICATION -> PendingVerificationException.builder();
      case ServiceError.INTERNAL_SERVER -> InternalServerException.builder();
      default -> IvschatException.builder();
    };
  }

  /**
   * The neutral error a v2 {@code ivschat} exception carries, as the v2 client read it: the wire
   * code and message from {@link AwsErrorDetails} (or, for an exception built without them, as a
   * stub might, the code of its class and its message) and the modelled members.
   *
   * @param e the exception
   * @return the error
   */
  public static ServiceError fromV2(IvschatException e) {
    AwsErrorDetails details = e.awsErrorDetails();
    String code = details != null && details.errorCode() != null ? details.errorCode()
        : codeOf(e);
    String message = details != null && details.errorMessage() != null
        ? details.errorMessage() : String.valueOf(e.rawMessage());
    String reason = null;
    List<ServiceError.Field> fields = List.of();
    String resourceId = null;
    String resourceType = null;
    Integer limit = null;
    if (e instanceof ValidationException v) {
      reason = v.reasonAsString();
      fields = v.fieldList().stream().map(f -> new ServiceError.Field(String.valueOf(f.name()),
          String.valueOf(f.message()))).toList();
    } else if (e instanceof ResourceNotFoundException n) {
      resourceId = n.resourceId();
      resourceType = n.resourceTypeAsString();
    } else if (e instanceof ConflictException c) {
      resourceId = c.resourceId();
      resourceType = c.resourceTypeAsString();
    } else if (e instanceof ServiceQuotaExceededException q) {
      resourceId = q.resourceId();
      resourceType = q.resourceTypeAsString();
      limit = q.limit();
    } else if (e instanceof ThrottlingException t) {
      resourceId = t.resourceId();
      resourceType = t.resourceTypeAsString();
      limit = t.limit();
    }
    return new ServiceError(code, e.statusCode(), e.statusCode() >= 500, message, reason, fields,
        resourceId, resourceType, limit);
  }

  /** The wire code of a modelled class (its simple name, but {@code PendingVerification}). */
  private static String codeOf(IvschatException e) {
    if (e instanceof PendingVerificationException) {
      return ServiceError.PENDING_VERIFICATION;
    }
    return e.getClass().getSimpleName();
  }

  private static List<ValidationExceptionField> fields(List<ServiceError.Field> fields) {
    return fields.stream()
        .map(f -> ValidationExceptionField.builder().name(f.name()).message(f.message()).build())
        .toList();
  }
}
