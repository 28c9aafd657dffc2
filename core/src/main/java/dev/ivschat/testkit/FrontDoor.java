package dev.ivschat.testkit;

import java.util.List;

/**
 * A front door that test-framework glue can open on an {@link IvsChat} without naming its SDK.
 *
 * <p>Each front-door module ({@code ivschat-testkit-sdk1}, {@code ivschat-testkit-sdk2}) registers
 * one implementation in {@code META-INF/services/dev.ivschat.testkit.FrontDoor}; the JUnit
 * extension finds those on the test classpath with {@link #installed()} and injects their clients,
 * so with only one SDK on the classpath nothing of the other is loaded. Implementations need a
 * public no-argument constructor.
 */
public interface FrontDoor {

  /**
   * A name for messages, e.g. {@code "AWS SDK for Java v1"}.
   *
   * @return the name
   */
  String name();

  /**
   * The types this front door's clients can be asked for, e.g. the SDK's client interfaces and
   * the fake classes.
   *
   * @return the types, each asked for exactly
   */
  List<Class<?>> clientTypes();

  /**
   * Why a parameter of this type cannot be injected, for types a test may declare by mistake (such
   * as the SDK's concrete client classes); empty for every other type.
   *
   * @param type a parameter type that is not one of {@link #clientTypes()}
   * @return the explanation, or null when this front door has nothing to say about the type
   */
  default String misuse(Class<?> type) {
    return null;
  }

  /**
   * The service error an exception of this front door's SDK carries, read back into the neutral
   * form, so that assertions speak one vocabulary whichever client threw.
   *
   * @param thrown any throwable
   * @return the error and request id, or null when {@code thrown} is not a service exception of
   *     this front door's SDK
   */
  default Failure failureOf(Throwable thrown) {
    return null;
  }

  /**
   * A service error as an SDK's exception reports it.
   *
   * @param error the error: code, status, message and typed members
   * @param requestId the request id the exception carries, or null
   * @param exceptionType the simple name of the SDK's exception class, e.g.
   *     {@code ValidationException}
   */
  record Failure(ServiceError error, String requestId, String exceptionType) {
  }

  /**
   * The service error of an exception of any installed front door's SDK, looking through the
   * {@code ExecutionException} and {@code CompletionException} that async clients' futures wrap
   * it in.
   *
   * @param thrown any throwable
   * @return the failure, or null when no installed front door knows the exception
   */
  static Failure failureOfAny(Throwable thrown) {
    while ((thrown instanceof java.util.concurrent.ExecutionException
        || thrown instanceof java.util.concurrent.CompletionException)
        && thrown.getCause() != null) {
      thrown = thrown.getCause();
    }
    if (thrown == null) {
      return null;
    }
    for (FrontDoor door : installed()) {
      Failure failure = door.failureOf(thrown);
      if (failure != null) {
        return failure;
      }
    }
    return null;
  }

  /**
   * Opens this front door on an IVS Chat.
   *
   * @param ivsChat the handle
   * @return the clients, made when first asked for
   */
  Clients open(IvsChat ivsChat);

  /** The clients of one front door on one {@link IvsChat}; closing them closes every client made. */
  interface Clients extends AutoCloseable {
    /**
     * The client of a type: the same object on every call for the same type.
     *
     * @param type one of {@link FrontDoor#clientTypes()}
     * @return the client
     * @throws IllegalArgumentException for any other type
     */
    Object client(Class<?> type);

    /** Closes (shuts down) every client made, as the end of a test does. */
    @Override
    void close();
  }

  /**
   * The front doors on the class path, in a stable order (by name). A registered front door
   * whose SDK is missing is left out.
   *
   * @return the installed front doors
   */
  static List<FrontDoor> installed() {
    return FrontDoors.INSTALLED;
  }

}
