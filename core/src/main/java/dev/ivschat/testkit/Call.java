package dev.ivschat.testkit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the fake's call journal: an operation called through a front door, and its outcome.
 *
 * @param sequence the call's position in the journal, from 1
 * @param operation the operation
 * @param request a deep copy of the request as the caller passed it (for the v1 fake, a
 *     {@code com.amazonaws.services.ivschat.model.*Request}); the caller's later changes do not
 *     reach it
 * @param result the SDK-neutral outcome of a successful call ({@link Room},
 *     {@link LoggingConfiguration}, {@link ChatToken}, {@link SentEvent}, a tag map, or
 *     {@code null} for operations that return nothing), or null when the call failed
 * @param error the error the call failed with, or null when it succeeded
 * @param time when the call was made, on the fake's clock
 * @param requestId the request id the call was given
 */
public record Call(
    long sequence,
    Operation operation,
    Object request,
    Object result,
    ServiceError error,
    Instant time,
    String requestId) {

  /**
   * Checks the components.
   *
   * @param sequence sequence
   * @param operation operation
   * @param request request
   * @param result result
   * @param error error
   * @param time time
   * @param requestId request id
   */
  public Call {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(requestId, "requestId");
  }

  /**
   * Whether the call failed.
   *
   * @return true when the call ended in a service error
   */
  public boolean failed() {
    return error != null;
  }

  /**
   * The error, if the call failed.
   *
   * @return the error
   */
  public Optional<ServiceError> failure() {
    return Optional.ofNullable(error);
  }

  /**
   * The request, cast to its type.
   *
   * @param type the request class, e.g. {@code CreateRoomRequest.class}
   * @param <T> the request type
   * @return the request copy
   * @throws ClassCastException when the request is of another type
   */
  public <T> T request(Class<T> type) {
    return type.cast(request);
  }
}
