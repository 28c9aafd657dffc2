package com.example.livechat.migration;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Retries calls that IVS Chat throttles, with exponential backoff, whichever SDK made them.
 *
 * <p>Mid-migration the application meets two {@code ThrottlingException} classes, one per SDK;
 * this policy knows both, and loses the v1 one when the last v1 call is gone.
 */
public final class Retry {
  /** Waits between attempts; tests pass one that records instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Waits.
     *
     * @param duration how long
     * @throws InterruptedException when interrupted
     */
    void sleep(Duration duration) throws InterruptedException;
  }

  private final int maxAttempts;
  private final Duration firstDelay;
  private final Sleeper sleeper;

  /**
   * A retry policy.
   *
   * @param maxAttempts attempts in all, at least 1
   * @param firstDelay the wait after the first throttled attempt; doubled after each further one
   * @param sleeper how to wait
   */
  public Retry(int maxAttempts, Duration firstDelay, Sleeper sleeper) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, but was " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
    this.firstDelay = firstDelay;
    this.sleeper = sleeper;
  }

  /**
   * The policy the application uses: 5 attempts, 100 ms first delay, real sleeping.
   *
   * @return the policy
   */
  public static Retry standard() {
    return new Retry(5, Duration.ofMillis(100), d -> Thread.sleep(d.toMillis()));
  }

  /**
   * Runs the call, retrying it while it is throttled.
   *
   * @param call the call
   * @param <T> its result type
   * @return its result
   * @throws RuntimeException the throttling exception of the last attempt, when it is throttled
   *     too, or any other failure at once
   */
  public <T> T call(Supplier<T> call) {
    Duration delay = firstDelay;
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (RuntimeException e) {
        if (!isThrottling(e) || attempt == maxAttempts) {
          throw e;
        }
        try {
          sleeper.sleep(delay);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
        delay = delay.multipliedBy(2);
      }
    }
  }

  private static boolean isThrottling(RuntimeException e) {
    return e instanceof software.amazon.awssdk.services.ivschat.model.ThrottlingException
        || e instanceof com.amazonaws.services.ivschat.model.ThrottlingException;
  }
}
