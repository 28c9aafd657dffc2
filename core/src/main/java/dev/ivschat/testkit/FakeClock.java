package dev.ivschat.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it; the fake's default clock.
 *
 * <p>All of the fake's times (create and update times, token and session expiry, event send times,
 * rate-quota windows) come from its clock, so a test can step past a token's expiry without
 * sleeping:
 *
 * <pre>{@code
 * fake.clock().advance(Duration.ofMinutes(61));
 * }</pre>
 *
 * <p>Thread-safe. Instants have millisecond precision, as the service's timestamps do.
 */
public final class FakeClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /**
   * A clock standing at the given instant, in UTC.
   *
   * @param start the instant (truncated to milliseconds)
   */
  public FakeClock(Instant start) {
    this(new AtomicReference<>(start.truncatedTo(ChronoUnit.MILLIS)), ZoneOffset.UTC);
  }

  private FakeClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A clock standing at the current system time.
   *
   * @return the clock
   */
  public static FakeClock startingNow() {
    return new FakeClock(Instant.now());
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * The same clock (time moves together) seen in another zone.
   *
   * @param zone the zone
   * @return a view of this clock
   */
  @Override
  public Clock withZone(ZoneId zone) {
    return new FakeClock(now, Objects.requireNonNull(zone, "zone"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  /**
   * Moves the clock forward.
   *
   * @param amount a duration of zero or more
   * @return the new instant
   * @throws IllegalArgumentException when the duration is negative
   */
  public Instant advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException(
          "FakeClock only moves forward; advance(" + amount + ") is negative");
    }
    long millis = amount.toMillis();
    return now.updateAndGet(t -> t.plusMillis(millis));
  }

  /**
   * Sets the clock to an instant, forward or back.
   *
   * @param instant the new time (truncated to milliseconds)
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant").truncatedTo(ChronoUnit.MILLIS));
  }

  @Override
  public String toString() {
    return "FakeClock[" + now.get() + "]";
  }
}
