package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.ServiceError;

/** A request the server answers with an error before any operation runs. */
final class RefusedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient ServiceError error;

  RefusedException(ServiceError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  ServiceError error() {
    return error;
  }
}
