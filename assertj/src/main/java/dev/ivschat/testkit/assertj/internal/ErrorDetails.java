package dev.ivschat.testkit.assertj.internal;

import com.amazonaws.AmazonServiceException;
import com.amazonaws.services.ivschat.model.ConflictException;
import com.amazonaws.services.ivschat.model.ResourceNotFoundException;
import com.amazonaws.services.ivschat.model.ServiceQuotaExceededException;
import com.amazonaws.services.ivschat.model.ThrottlingException;
import com.amazonaws.services.ivschat.model.ValidationException;
import com.amazonaws.services.ivschat.model.ValidationExceptionField;
import dev.ivschat.testkit.ServiceError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the modelled members of the ivschat exceptions (resource id and type, limit, validation
 * reason and fields) from any {@link AmazonServiceException}; other exceptions have none.
 */
public final class ErrorDetails {
  private ErrorDetails() {
  }

  /**
   * The resource id, for errors that carry one.
   *
   * @param error the exception
   * @return the id, or null
   */
  public static String resourceId(AmazonServiceException error) {
    if (error instanceof ResourceNotFoundException e) {
      return e.getResourceId();
    }
    if (error instanceof ConflictException e) {
      return e.getResourceId();
    }
    if (error instanceof ServiceQuotaExceededException e) {
      return e.getResourceId();
    }
    if (error instanceof ThrottlingException e) {
      return e.getResourceId();
    }
    return null;
  }

  /**
   * The resource type, for errors that carry one.
   *
   * @param error the exception
   * @return the type, or null
   */
  public static String resourceType(AmazonServiceException error) {
    if (error instanceof ResourceNotFoundException e) {
      return e.getResourceType();
    }
    if (error instanceof ConflictException e) {
      return e.getResourceType();
    }
    if (error instanceof ServiceQuotaExceededException e) {
      return e.getResourceType();
    }
    if (error instanceof ThrottlingException e) {
      return e.getResourceType();
    }
    return null;
  }

  /**
   * The quota of a {@code ServiceQuotaExceededException} or {@code ThrottlingException}.
   *
   * @param error the exception
   * @return the limit, or null
   */
  public static Integer limit(AmazonServiceException error) {
    if (error instanceof ServiceQuotaExceededException e) {
      return e.getLimit();
    }
    if (error instanceof ThrottlingException e) {
      return e.getLimit();
    }
    return null;
  }

  /**
   * The reason of a {@code ValidationException}.
   *
   * @param error the exception
   * @return the reason, or null
   */
  public static String reason(AmazonServiceException error) {
    return error instanceof ValidationException e ? e.getReason() : null;
  }

  /**
   * The field list of a {@code ValidationException}.
   *
   * @param error the exception
   * @return the fields, empty for other errors
   */
  public static List<ServiceError.Field> fields(AmazonServiceException error) {
    if (!(error instanceof ValidationException e) || e.getFieldList() == null) {
      return List.of();
    }
    return e.getFieldList().stream()
        .map(ErrorDetails::field)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Fields as text, one a line: {@code name: message}.
   *
   * @param fields the fields
   * @return the lines, or {@code no fields}
   */
  public static String render(List<ServiceError.Field> fields) {
    return Render.lines(fields, f -> f.name() + ": \"" + f.message() + "\"", "no fields");
  }

  private static ServiceError.Field field(ValidationExceptionField f) {
    return new ServiceError.Field(String.valueOf(f.getName()), String.valueOf(f.getMessage()));
  }
}
