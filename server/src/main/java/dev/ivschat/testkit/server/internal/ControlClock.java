package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.FakeClock;
import dev.ivschat.testkit.IvsChat;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * {@code .../clock}: reads the account's {@link FakeClock}, or moves it with
 * {@code {"advance": "PT5M"}} (an ISO-8601 duration of zero or more) or
 * {@code {"set": "2026-01-01T00:00:00Z"}} (an RFC 3339 instant).
 */
final class ControlClock {
  private ControlClock() {
  }

  static Object now(IvsChat ivsChat) throws ControlException {
    return Map.of("now", fakeClock(ivsChat).instant());
  }

  static Object move(ControlBody body, ControlAccount account) throws ControlException {
    body.allow("advance", "set");
    String advance = body.string("advance");
    String set = body.string("set");
    if ((advance == null) == (set == null)) {
      throw ControlException.badRequest("Bad body: give exactly one of advance (an ISO-8601"
          + " duration such as \"PT5M\") and set (an instant such as"
          + " \"2026-01-01T00:00:00Z\")");
    }
    if (advance != null) {
      Duration amount;
      try {
        amount = Duration.parse(advance);
      } catch (DateTimeParseException e) {
        throw ControlException.badField("advance", advance,
            "an ISO-8601 duration such as \"PT5M\" or \"P1DT2H\"");
      }
      if (amount.isNegative()) {
        throw ControlException.badField("advance", advance,
            "a duration of zero or more: the clock only moves forward with advance; use set");
      }
      boolean existed = account.exists();
      FakeClock clock = fakeClock(account);
      try {
        return Map.of("now", clock.advance(amount));
      } catch (IllegalArgumentException e) {
        if (!existed) {
          account.discard();
        }
        throw ControlException.badField("advance", advance, "a duration that keeps the clock"
            + " at or before " + FakeClock.MAX + " (it is at " + clock.instant() + ")");
      }
    }
    Instant instant;
    try {
      instant = Instant.parse(set);
    } catch (DateTimeParseException e) {
      throw ControlException.badField("set", set,
          "an RFC 3339 instant in UTC such as \"2026-01-01T00:00:00Z\"");
    }
    if (instant.isBefore(FakeClock.MIN) || instant.isAfter(FakeClock.MAX)) {
      throw ControlException.badField("set", set,
          "an instant from " + FakeClock.MIN + " to " + FakeClock.MAX);
    }
    FakeClock clock = fakeClock(account);
    clock.set(instant);
    return Map.of("now", clock.instant());
  }

  private static FakeClock fakeClock(ControlAccount account) throws ControlException {
    boolean existed = account.exists();
    try {
      return fakeClock(account.forWrite());
    } catch (ControlException e) {
      if (!existed) {
        account.discard();
      }
      throw e;
    }
  }

  private static FakeClock fakeClock(IvsChat ivsChat) throws ControlException {
    try {
      return ivsChat.clock();
    } catch (IllegalStateException e) {
      throw ControlException.badRequest(e.getMessage());
    }
  }
}
