package dev.ivschat.testkit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An error the service returns, independent of any SDK: the catalogue of every IVS Chat error.
 *
 * <p>Each static factory builds one kind of error with the wire code and HTTP status of the
 * service model; the front doors translate it into their SDK's exception (the v1 fake throws the
 * modelled {@code com.amazonaws.services.ivschat.model} class with every field set). Tests use the
 * factories to script faults:
 *
 * <pre>{@code
 * fake.faults().on(Operation.SEND_EVENT).times(2).fail(ServiceError.throttling(100));
 * }</pre>
 *
 * @param code the wire code, e.g. {@code ValidationException} or {@code PendingVerification}
 * @param statusCode the HTTP status
 * @param serverFault true for 5xx errors (the SDK's error type {@code Service}), false otherwise
 * @param message the error message
 * @param reason the {@code ValidationException} reason, or null
 * @param fields the {@code ValidationException} field list (empty for other errors)
 * @param resourceId the bare resource id for errors that carry one, or null
 * @param resourceType the resource type for errors that carry one, or null
 * @param limit the quota for {@code ServiceQuotaExceededException} and {@code ThrottlingException},
 *     or null
 */
public record ServiceError(
    String code,
    int statusCode,
    boolean serverFault,
    String message,
    String reason,
    List<Field> fields,
    String resourceId,
    String resourceType,
    Integer limit) {

  /** Wire code of {@code AccessDeniedException} (403). */
  public static final String ACCESS_DENIED = "AccessDeniedException";
  /** Wire code of {@code ConflictException} (409). */
  public static final String CONFLICT = "ConflictException";
  /** Wire code of {@code InternalServerException} (500). */
  public static final String INTERNAL_SERVER = "InternalServerException";
  /** Wire code of {@code PendingVerification} (403; no "Exception" suffix on the wire). */
  public static final String PENDING_VERIFICATION = "PendingVerification";
  /** Wire code of {@code ResourceNotFoundException} (404). */
  public static final String RESOURCE_NOT_FOUND = "ResourceNotFoundException";
  /** Wire code of {@code ServiceQuotaExceededException} (402). */
  public static final String SERVICE_QUOTA_EXCEEDED = "ServiceQuotaExceededException";
  /** Wire code of {@code ThrottlingException} (429). */
  public static final String THROTTLING = "ThrottlingException";
  /** Wire code of {@code ValidationException} (400). */
  public static final String VALIDATION = "ValidationException";

  /** {@code ValidationException} reason for requests whose members break the model's constraints. */
  public static final String FIELD_VALIDATION_FAILED = "FIELD_VALIDATION_FAILED";
  /** {@code ValidationException} reason for other invalid requests. */
  public static final String OTHER = "OTHER";
  /** Resource type of rooms. */
  public static final String ROOM = "ROOM";
  /** Resource type the fake reports for logging configurations (the model's enum names only ROOM). */
  public static final String LOGGING_CONFIGURATION = "LOGGING_CONFIGURATION";

  /**
   * One entry of a {@code ValidationException}'s field list.
   *
   * @param name the request member, as a dotted path for nested members
   *     ({@code messageReviewHandler.uri}, {@code destinationConfiguration.s3.bucketName})
   * @param message what is wrong with it
   */
  public record Field(String name, String message) {
    /**
     * Checks the components.
     *
     * @param name member
     * @param message problem
     */
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * Checks and copies the components.
   *
   * @param code code
   * @param statusCode status
   * @param serverFault 5xx
   * @param message message
   * @param reason reason
   * @param fields fields
   * @param resourceId id
   * @param resourceType type
   * @param limit limit
   */
  public ServiceError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    fields = List.copyOf(fields);
  }

  /**
   * The field list entry for a member, if this error names it.
   *
   * @param name a member name such as {@code "name"}
   * @return the entry
   */
  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * A {@code ValidationException} with reason {@code FIELD_VALIDATION_FAILED}.
   *
   * @param message the message
   * @param fields one entry per bad member
   * @return the error
   */
  public static ServiceError validation(String message, List<Field> fields) {
    return new ServiceError(VALIDATION, 400, false, message, FIELD_VALIDATION_FAILED, fields,
        null, null, null);
  }

  /**
   * A {@code ValidationException} on one member.
   *
   * @param field the member
   * @param problem what is wrong with it
   * @return the error
   */
  public static ServiceError validation(String field, String problem) {
    return validation("1 validation error detected: " + problem, List.of(new Field(field, problem)));
  }

  /**
   * A {@code ValidationException} with reason {@code OTHER} and no field list.
   *
   * @param message the message
   * @return the error
   */
  public static ServiceError validationOther(String message) {
    return new ServiceError(VALIDATION, 400, false, message, OTHER, List.of(), null, null, null);
  }

  /**
   * A {@code ResourceNotFoundException}.
   *
   * @param resourceId the bare id of the missing resource
   * @param resourceType {@link #ROOM} or {@link #LOGGING_CONFIGURATION}
   * @return the error
   */
  public static ServiceError notFound(String resourceId, String resourceType) {
    String what = ROOM.equals(resourceType) ? "Room" : "Logging configuration";
    return new ServiceError(RESOURCE_NOT_FOUND, 404, false,
        what + " not found: " + resourceId, null, List.of(), resourceId, resourceType, null);
  }

  /**
   * A {@code ConflictException}.
   *
   * @param resourceId the bare id of the conflicting resource
   * @param resourceType its type
   * @param message why
   * @return the error
   */
  public static ServiceError conflict(String resourceId, String resourceType, String message) {
    return new ServiceError(CONFLICT, 409, false, message, null, List.of(), resourceId,
        resourceType, null);
  }

  /**
   * A {@code ServiceQuotaExceededException} (HTTP 402).
   *
   * @param resourceId the id the quota is counted for (the fake uses the account id)
   * @param resourceType the kind of resource counted
   * @param limit the quota
   * @param message why
   * @return the error
   */
  public static ServiceError quotaExceeded(String resourceId, String resourceType, int limit,
      String message) {
    return new ServiceError(SERVICE_QUOTA_EXCEEDED, 402, false, message, null, List.of(),
        resourceId, resourceType, limit);
  }

  /**
   * A {@code ThrottlingException} (HTTP 429), as for a call over the operation's rate quota.
   *
   * @param resourceId the id the rate is counted for
   * @param resourceType its type
   * @param limit calls per second
   * @return the error
   */
  public static ServiceError throttling(String resourceId, String resourceType, int limit) {
    return new ServiceError(THROTTLING, 429, false,
        "Rate exceeded: limit is " + limit + " requests per second", null, List.of(), resourceId,
        resourceType, limit);
  }

  /**
   * A {@code ThrottlingException} for a fault script, with a placeholder resource.
   *
   * @param limit calls per second
   * @return the error
   */
  public static ServiceError throttling(int limit) {
    return throttling("throttled", ROOM, limit);
  }

  /**
   * An {@code AccessDeniedException} (HTTP 403).
   *
   * @return the error
   */
  public static ServiceError accessDenied() {
    return accessDenied("User is not authorized to perform this action");
  }

  /**
   * An {@code AccessDeniedException} (HTTP 403) with a message.
   *
   * @param message the message
   * @return the error
   */
  public static ServiceError accessDenied(String message) {
    return new ServiceError(ACCESS_DENIED, 403, false, message, null, List.of(), null, null, null);
  }

  /**
   * A {@code PendingVerification} error (HTTP 403): the account is blocked until verified.
   *
   * @return the error
   */
  public static ServiceError pendingVerification() {
    return new ServiceError(PENDING_VERIFICATION, 403, false,
        "Your account is pending verification", null, List.of(), null, null, null);
  }

  /**
   * An {@code InternalServerException} (HTTP 500, a server fault that SDKs retry).
   *
   * @return the error
   */
  public static ServiceError internalServer() {
    return internalServer("Internal server error");
  }

  /**
   * An {@code InternalServerException} (HTTP 500) with a message.
   *
   * @param message the message
   * @return the error
   */
  public static ServiceError internalServer(String message) {
    return new ServiceError(INTERNAL_SERVER, 500, true, message, null, List.of(), null, null, null);
  }
}
