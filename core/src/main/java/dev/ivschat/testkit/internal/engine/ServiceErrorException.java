package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.ServiceError;

/**
 * Carries a {@link ServiceError} out of the engine; front doors translate it into their SDK's
 * exception. Has no stack trace: it is control flow, made often in tests that expect errors.
 */
public final class ServiceErrorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ServiceError error;
  private final String requestId;

  ServiceErrorException(ServiceError error) {
    this(error, null);
  }

  ServiceErrorException(ServiceError error, String requestId) {
    super(error.message(), null, false, false);
    this.error = error;
    this.requestId = requestId;
  }

  /**
   * The error.
   *
   * @return the error
   */
  public ServiceError error() {
    return error;
  }

  /**
   * The request id of the failed call.
   *
   * @return the request id
   */
  public String requestId() {
    return requestId;
  }

  ServiceErrorException withRequestId(String id) {
    return new ServiceErrorException(error, id);
  }
}
