package com.example.livechat;

import com.amazonaws.services.ivschat.model.ThrottlingException;
import java.time.Duration;
import java.util.function.Supplier;

/** Retries calls that IVS Chat throttles, with exponential backoff. */
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
   * @throws ThrottlingException when the last attempt is throttled too
   */
  public <T> T call(Supplier<T> call) {
    Duration delay = firstDelay;
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (ThrottlingException e) {
        if (attempt == maxAttempts) {
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
}
