package dev.ivschat.testkit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One entry of the fake's call journal: an operation called through a front door, and its outcome.
 *
 * <p>{@link #request()} is the SDK-neutral request record, the same whichever client made the
 * call. {@link #sdkRequest()} is the front door's own request object (for the v1 fake a
 * {@code com.amazonaws.services.ivschat.model.*Request}, for the v2 fake a
 * {@code software.amazon.awssdk.services.ivschat.model.*Request}) as the caller passed it: every
 * read gives a fresh deep copy, so nothing a reader changes reaches the journal, and nothing the
 * caller changes after the call does either. Immutable and thread-safe.
 */
public final class Call {
  private final long sequence;
  private final Operation operation;
  private final IvsChatRequest<?> request;
  private final Object result;
  private final ServiceError error;
  private final Instant time;
  private final String requestId;
  private final Object sdkRequest;
  private final UnaryOperator<Object> sdkCopier;

  /**
   * A journal entry.
   *
   * @param sequence the call's position in the journal, from 1
   * @param operation the operation
   * @param request the neutral request
   * @param result the neutral result of a successful call, or null
   * @param error the error of a failed call, or null
   * @param time when the call was made, on the fake's clock
   * @param requestId the call's request id
   * @param sdkRequest the front door's private copy of its request object, or null
   * @param sdkCopier makes a deep copy of {@code sdkRequest} for each reader
   */
  public Call(long sequence, Operation operation, IvsChatRequest<?> request, Object result,
      ServiceError error, Instant time, String requestId, Object sdkRequest,
      UnaryOperator<Object> sdkCopier) {
    this.sequence = sequence;
    this.operation = Objects.requireNonNull(operation, "operation");
    this.request = Objects.requireNonNull(request, "request");
    this.result = result;
    this.error = error;
    this.time = Objects.requireNonNull(time, "time");
    this.requestId = Objects.requireNonNull(requestId, "requestId");
    this.sdkRequest = sdkRequest;
    this.sdkCopier = sdkRequest == null ? null : Objects.requireNonNull(sdkCopier, "sdkCopier");
  }

  /**
   * The call's position in the journal, from 1; it keeps counting when the journal drops its
   * oldest entries ({@link IvsChatConfig.Builder#journalLimit(int)}).
   *
   * @return the sequence number
   */
  public long sequence() {
    return sequence;
  }

  /**
   * The operation.
   *
   * @return the operation
   */
  public Operation operation() {
    return operation;
  }

  /**
   * The SDK-neutral request, e.g. an {@link IvsChatRequest.CreateRoom}.
   *
   * @return the request record
   */
  public IvsChatRequest<?> request() {
    return request;
  }

  /**
   * The neutral outcome of a successful call ({@link Room}, {@link LoggingConfiguration},
   * {@link ChatToken}, {@link SentEvent}, a {@link Page}, a tag map, or null for operations that
   * return nothing), or null when the call failed.
   *
   * @return the result
   */
  public Object result() {
    return result;
  }

  /**
   * The error the call failed with, or null when it succeeded.
   *
   * @return the error
   */
  public ServiceError error() {
    return error;
  }

  /**
   * When the call was made, on the fake's clock.
   *
   * @return the time
   */
  public Instant time() {
    return time;
  }

  /**
   * The request id the call was given.
   *
   * @return the request id
   */
  public String requestId() {
    return requestId;
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
   * A fresh deep copy of the front door's request object as the caller passed it; empty when the
   * journal keeps no SDK copies ({@link IvsChatConfig.Builder#journalSdkRequests(boolean)}).
   *
   * @return the copy
   */
  public Optional<Object> sdkRequest() {
    return sdkRequest == null ? Optional.empty() : Optional.of(sdkCopier.apply(sdkRequest));
  }

  /**
   * The request as a given type: the neutral record when {@code type} is an
   * {@link IvsChatRequest} type, otherwise a fresh copy of the front door's request object.
   *
   * @param type e.g. {@code IvsChatRequest.CreateRoom.class}, or an SDK request class such as
   *     {@code CreateRoomRequest.class}
   * @param <T> the request type
   * @return the request
   * @throws ClassCastException when the call's request is of neither type
   */
  public <T> T request(Class<T> type) {
    Objects.requireNonNull(type, "type");
    if (type.isInstance(request)) {
      return type.cast(request);
    }
    if (sdkRequest != null && type.isInstance(sdkRequest)) {
      return type.cast(sdkCopier.apply(sdkRequest));
    }
    throw new ClassCastException("Call #" + sequence + " (" + operation.wireName()
        + ") has a request of type " + request.getClass().getName()
        + (sdkRequest == null ? "" : " and " + sdkRequest.getClass().getName())
        + ", not " + type.getName());
  }

  /**
   * Whether the request is of a type, as {@link #request(Class)} would take it.
   *
   * @param type a neutral or SDK request class
   * @return true when {@link #request(Class)} would return it
   */
  public boolean hasRequestOfType(Class<?> type) {
    return type.isInstance(request) || (sdkRequest != null && type.isInstance(sdkRequest));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Call c && c.sequence == sequence && c.operation == operation
        && c.request.equals(request) && Objects.equals(c.result, result)
        && Objects.equals(c.error, error) && c.time.equals(time)
        && c.requestId.equals(requestId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sequence, operation, request, requestId);
  }

  @Override
  public String toString() {
    return "Call[#" + sequence + " " + operation.wireName() + " " + request + " -> "
        + (error != null ? error.code() + ": " + error.message() : result) + " at " + time
        + ", requestId=" + requestId + "]";
  }
}
