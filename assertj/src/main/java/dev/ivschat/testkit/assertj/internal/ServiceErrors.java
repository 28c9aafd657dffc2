package dev.ivschat.testkit.assertj.internal;

import dev.ivschat.testkit.FrontDoor;
import dev.ivschat.testkit.ServiceError;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Reads the neutral {@link ServiceError} out of what a test asserts on: a {@code ServiceError}
 * itself, or an exception of an SDK whose front door is installed ({@link FrontDoor#failureOfAny}).
 * The exceptions an async client's future wraps the service exception in
 * ({@link CompletionException}, {@link ExecutionException}) are looked through.
 */
public final class ServiceErrors {
  private ServiceErrors() {
  }

  /**
   * The service error of a value.
   *
   * @param actual a {@link ServiceError}, a throwable, or null
   * @return the error, or null when the value is null or carries none that an installed front
   *     door can read
   */
  public static ServiceError read(Object actual) {
    if (actual instanceof ServiceError error) {
      return error;
    }
    Throwable thrown = actual instanceof Throwable t ? t : null;
    while (thrown != null) {
      FrontDoor.Failure failure = FrontDoor.failureOfAny(thrown);
      if (failure != null) {
        return failure.error();
      }
      thrown = wrapped(thrown);
    }
    return null;
  }

  /**
   * The installed front doors' names, for the message about a value none of them reads.
   *
   * @return e.g. {@code AWS SDK for Java v1, AWS SDK for Java v2}, or {@code none is installed}
   */
  public static String installedFrontDoors() {
    List<FrontDoor> installed = FrontDoor.installed();
    return installed.isEmpty() ? "none is installed"
        : installed.stream().map(FrontDoor::name).collect(Collectors.joining(", "));
  }

  private static Throwable wrapped(Throwable thrown) {
    boolean wrapper = thrown instanceof CompletionException || thrown instanceof ExecutionException;
    return wrapper && thrown.getCause() != thrown ? thrown.getCause() : null;
  }
}
