package dev.ivschat.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

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
  /** The earliest time a fake clock can show: the first instant of year 1. */
  public static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
  /**
   * The latest time a fake clock can show: a day before the end of year 9999, so that every time
   * the service derives from it (token and session expiry) still has a four-digit year, as RFC 3339
   * timestamps need.
   */
  public static final Instant MAX = Instant.parse("9999-12-30T23:59:59.999Z");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;
  private final List<Consumer<Instant>> listeners;

  /**
   * A clock standing at the given instant, in UTC.
   *
   * @param start the instant (truncated to milliseconds), from {@link #MIN} to {@link #MAX}
   * @throws IllegalArgumentException when the instant is outside that range
   */
  public FakeClock(Instant start) {
    this(new AtomicReference<>(checkRange(start).truncatedTo(ChronoUnit.MILLIS)),
        ZoneOffset.UTC, new CopyOnWriteArrayList<>());
  }

  /**
   * Checks that an instant is one a fake clock can show.
   *
   * @param instant the instant
   * @return the instant
   * @throws IllegalArgumentException when it is outside {@link #MIN} to {@link #MAX}
   */
  static Instant checkRange(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
      throw new IllegalArgumentException("A FakeClock shows times from " + MIN + " to " + MAX
          + ", so that every time the fake derives from it is a valid service timestamp; "
          + instant + " is outside that range");
    }
    return instant;
  }

  private FakeClock(AtomicReference<Instant> now, ZoneId zone,
      List<Consumer<Instant>> listeners) {
    this.now = now;
    this.zone = zone;
    this.listeners = listeners;
  }

  /**
   * Adds a listener told the new time after every {@link #advance} and {@link #set}, on the
   * thread that moved the clock. The fake uses it to end chat sessions whose time is up.
   *
   * @param listener the listener
   */
  public void addListener(Consumer<Instant> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Removes a listener added with {@link #addListener}.
   *
   * @param listener the listener
   */
  public void removeListener(Consumer<Instant> listener) {
    listeners.remove(listener);
  }

  private Instant moved(Instant instant) {
    for (Consumer<Instant> listener : listeners) {
      listener.accept(instant);
    }
    return instant;
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
    return new FakeClock(now, Objects.requireNonNull(zone, "zone"), listeners);
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
   * @throws IllegalArgumentException when the duration is negative or would take the clock past
   *     {@link #MAX}; the clock does not move then
   */
  public Instant advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException(
          "FakeClock only moves forward; advance(" + amount + ") is negative");
    }
    Duration millis = amount.truncatedTo(ChronoUnit.MILLIS);
    return moved(now.updateAndGet(t -> {
      if (Duration.between(t, MAX).compareTo(millis) < 0) {
        throw new IllegalArgumentException("advance(" + amount + ") would take the clock from "
            + t + " past " + MAX + ", the latest time a FakeClock shows");
      }
      return t.plus(millis);
    }));
  }

  /**
   * Sets the clock to an instant, forward or back.
   *
   * @param instant the new time (truncated to milliseconds), from {@link #MIN} to {@link #MAX}
   * @throws IllegalArgumentException when the instant is outside that range
   */
  public void set(Instant instant) {
    Instant to = checkRange(instant).truncatedTo(ChronoUnit.MILLIS);
    now.set(to);
    moved(to);
  }

  @Override
  public String toString() {
    return "FakeClock[" + now.get() + "]";
  }
}
