package dev.ivschat.testkit;

import java.util.function.Predicate;

/**
 * Scripts failures into a fake: typed errors for chosen calls, account-wide switches, and the
 * service's API rate quotas.
 *
 * <pre>{@code
 * fake.faults().on(Operation.SEND_EVENT).times(2).fail(ServiceError.throttling(100));
 * fake.faults().on(Operation.CREATE_ROOM).nthCall(3).fail(ServiceError.internalServer());
 * fake.faults().on(Operation.CREATE_CHAT_TOKEN)
 *     .when(IvsChatRequest.CreateChatToken.class, r -> "mallory".equals(r.userId()))
 *     .fail(ServiceError.accessDenied());
 * fake.faults().pendingVerification(true);
 * }</pre>
 *
 * <p>A scripted fault fires before the operation runs, so a failed call changes nothing; it is
 * journaled like any other failure. Rules are checked in the order they were added; the first that
 * fires wins.
 */
public interface Faults {

  /**
   * Starts a rule for one operation.
   *
   * @param operation the operation
   * @return a rule builder
   */
  RuleBuilder on(Operation operation);

  /**
   * Starts a rule for every operation.
   *
   * @return a rule builder
   */
  RuleBuilder onAnyOperation();

  /**
   * Switches the account's pending-verification state: while on, every operation whose model lists
   * {@code PendingVerification} fails with it (403).
   *
   * @param on true to block
   */
  void pendingVerification(boolean on);

  /**
   * Switches access: while on, every operation fails with {@code AccessDeniedException} (403), as
   * when IAM denies the caller.
   *
   * @param on true to deny
   */
  void accessDenied(boolean on);

  /**
   * Switches enforcement of the documented per-operation API rate quotas
   * ({@link Operation#rateLimitPerSecond()}), counted over one second of the fake's clock; a call
   * over the quota fails with {@code ThrottlingException} (429).
   *
   * @param on true to enforce
   */
  void enforceRateQuotas(boolean on);

  /** Removes every rule and turns every switch off (rate enforcement back to its configured value). */
  void clear();

  /** A rule being built; finish it with {@link #fail(ServiceError)}. */
  interface RuleBuilder {
    /**
     * Fires only on the nth matching call after the rule is added.
     *
     * @param n 1 for the next call
     * @return this builder
     */
    RuleBuilder nthCall(int n);

    /**
     * Fires on the next {@code n} matching calls, then lets calls succeed.
     *
     * @param n at least 1
     * @return this builder
     */
    RuleBuilder times(int n);

    /**
     * Fires only for calls whose request matches.
     *
     * @param predicate tested on the call's SDK-neutral {@link IvsChatRequest}, whichever client
     *     made the call
     * @return this builder
     */
    RuleBuilder when(Predicate<? super IvsChatRequest<?>> predicate);

    /**
     * Fires only for requests of a type that match.
     *
     * @param type a neutral request record, e.g. {@code IvsChatRequest.SendEvent.class} (matches
     *     calls from every client), or a front door's own request class such as the v1 SDK's
     *     {@code SendEventRequest.class} (matches that client's calls, tested on a fresh copy)
     * @param predicate tested on the request
     * @param <T> the request type
     * @return this builder
     */
    <T> RuleBuilder when(Class<T> type, Predicate<? super T> predicate);

    /**
     * Adds the rule.
     *
     * @param error the error the matching calls fail with
     * @return the added rule
     */
    Rule fail(ServiceError error);
  }

  /** An added rule. */
  interface Rule {
    /**
     * How often it has fired.
     *
     * @return the count
     */
    int firedCount();

    /** Removes the rule. */
    void remove();
  }
}
