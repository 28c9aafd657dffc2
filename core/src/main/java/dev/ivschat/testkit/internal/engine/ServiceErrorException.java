package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.ServiceError;

/**
 * Carries a {@link ServiceError} from deep inside an operation to the engine's dispatch, which
 * turns it into a failed {@link dev.ivschat.testkit.Outcome}; it never leaves the engine. Has no
 * stack trace: it is control flow, made often in tests that expect errors.
 */
final class ServiceErrorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ServiceError error;

  ServiceErrorException(ServiceError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  ServiceError error() {
    return error;
  }
}
