package dev.ivschat.testkit.sdk1.internal;

import com.amazonaws.AmazonServiceException;
import com.amazonaws.services.ivschat.model.AccessDeniedException;
import com.amazonaws.services.ivschat.model.AmazonivschatException;
import com.amazonaws.services.ivschat.model.ConflictException;
import com.amazonaws.services.ivschat.model.InternalServerException;
import com.amazonaws.services.ivschat.model.PendingVerificationException;
import com.amazonaws.services.ivschat.model.ResourceNotFoundException;
import com.amazonaws.services.ivschat.model.ServiceQuotaExceededException;
import com.amazonaws.services.ivschat.model.ThrottlingException;
import com.amazonaws.services.ivschat.model.ValidationException;
import com.amazonaws.services.ivschat.model.ValidationExceptionField;
import dev.ivschat.testkit.ServiceError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the v1 exception for a {@link ServiceError} with every field the real v1 client sets when
 * it reads the service's error response.
 */
public final class V1Exceptions {
  /** The service name the v1 client puts on its exceptions. */
  public static final String SERVICE_NAME = "Amazonivschat";

  private V1Exceptions() {
  }

  /**
   * The exception for an error.
   *
   * @param error the error
   * @param requestId the failed call's request id
   * @return the exception, of the modelled class for the error's code
   */
  public static AmazonivschatException toV1(ServiceError error, String requestId) {
    AmazonivschatException e = switch (error.code()) {
      case ServiceError.VALIDATION -> {
        List<ValidationExceptionField> fields = new ArrayList<>();
        for (ServiceError.Field f : error.fields()) {
          fields.add(new ValidationExceptionField().withName(f.name()).withMessage(f.message()));
        }
        ValidationException v = new ValidationException(error.message()).withReason(error.reason());
        yield fields.isEmpty() ? v : v.withFieldList(fields);
      }
      case ServiceError.RESOURCE_NOT_FOUND -> new ResourceNotFoundException(error.message())
          .withResourceId(error.resourceId()).withResourceType(error.resourceType());
      case ServiceError.CONFLICT -> new ConflictException(error.message())
          .withResourceId(error.resourceId()).withResourceType(error.resourceType());
      case ServiceError.SERVICE_QUOTA_EXCEEDED -> new ServiceQuotaExceededException(error.message())
          .withResourceId(error.resourceId()).withResourceType(error.resourceType())
          .withLimit(error.limit());
      case ServiceError.THROTTLING -> new ThrottlingException(error.message())
          .withResourceId(error.resourceId()).withResourceType(error.resourceType())
          .withLimit(error.limit());
      case ServiceError.ACCESS_DENIED -> new AccessDeniedException(error.message());
      case ServiceError.PENDING_VERIFICATION -> new PendingVerificationException(error.message());
      case ServiceError.INTERNAL_SERVER -> new InternalServerException(error.message());
      default -> new AmazonivschatException(error.message());
    };
    e.setErrorCode(error.code());
    e.setStatusCode(error.statusCode());
    e.setErrorType(error.serverFault() ? AmazonServiceException.ErrorType.Service
        : AmazonServiceException.ErrorType.Client);
    e.setServiceName(SERVICE_NAME);
    e.setRequestId(requestId);
    e.setErrorMessage(error.message());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("x-amzn-RequestId", requestId);
    headers.put("x-amzn-ErrorType", error.code());
    e.setHttpHeaders(headers);
    return e;
  }

  /**
   * The neutral error an exception of the v1 SDK carries, as the v1 client read it.
   *
   * @param e the exception
   * @return the error
   */
  public static ServiceError fromV1(AmazonServiceException e) {
    String reason = null;
    List<ServiceError.Field> fields = new ArrayList<>();
    String resourceId = null;
    String resourceType = null;
    Integer limit = null;
    if (e instanceof ValidationException v) {
      reason = v.getReason();
      if (v.getFieldList() != null) {
        for (ValidationExceptionField f : v.getFieldList()) {
          fields.add(new ServiceError.Field(String.valueOf(f.getName()),
              String.valueOf(f.getMessage())));
        }
      }
    } else if (e instanceof ResourceNotFoundException n) {
      resourceId = n.getResourceId();
      resourceType = n.getResourceType();
    } else if (e instanceof ConflictException c) {
      resourceId = c.getResourceId();
      resourceType = c.getResourceType();
    } else if (e instanceof ServiceQuotaExceededException q) {
      resourceId = q.getResourceId();
      resourceType = q.getResourceType();
      limit = q.getLimit();
    } else if (e instanceof ThrottlingException t) {
      resourceId = t.getResourceId();
      resourceType = t.getResourceType();
      limit = t.getLimit();
    }
    return new ServiceError(String.valueOf(e.getErrorCode()), e.getStatusCode(),
        e.getErrorType() == AmazonServiceException.ErrorType.Service,
        String.valueOf(e.getErrorMessage()), reason, fields, resourceId, resourceType, limit);
  }
}
