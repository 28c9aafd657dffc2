package dev.ivschat.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * How one call ended, as the engine hands it to a front door: the result or the service error,
 * with the call's request id and time. Front doors turn it into their SDK's result or exception;
 * nothing is thrown across the engine boundary.
 *
 * @param operation the operation called
 * @param value the SDK-neutral result of a successful call (null for operations that return
 *     nothing, and when the call failed)
 * @param error the error the call failed with, or null when it succeeded
 * @param requestId the request id the call was given
 * @param time when the call ran, on the fake's clock
 * @param <R> the result type
 */
public record Outcome<R>(Operation operation, R value, ServiceError error, String requestId,
    Instant time) {

  /**
   * Checks the components.
   *
   * @param operation operation
   * @param value value
   * @param error error
   * @param requestId request id
   * @param time time
   */
  public Outcome {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(time, "time");
  }

  /**
   * Whether the call failed.
   *
   * @return true when {@link #error()} is set
   */
  public boolean failed() {
    return error != null;
  }

  /**
   * The HTTP status the service answers this call with: the operation's success status
   * ({@link Operation#successStatus()}) or the error's.
   *
   * @return the status code
   */
  public int httpStatus() {
    return error != null ? error.statusCode() : operation.successStatus();
  }
}
