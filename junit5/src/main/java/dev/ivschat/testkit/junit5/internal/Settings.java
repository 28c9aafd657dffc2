package dev.ivschat.testkit.junit5.internal;

import dev.ivschat.testkit.FakeClock;
import dev.ivschat.testkit.Faults;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.junit5.IvsChatScope;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Everything one registration of the extension says about its fakes; what both the annotation and
 * the builder produce.
 *
 * @param base region, account, quotas and switches (its own seed and clock are not used)
 * @param idSeed the seed, or empty to derive it from the owning test's unique id
 * @param clockStart where a fresh {@link FakeClock} starts, or null for "when the fake is made"
 * @param clock makes each fake's clock, or null for a {@link FakeClock}
 * @param faults preset fault scripts, run on each new fake
 * @param scope which tests share a fake
 * @param diagnostics how many calls and events a failure report lists (0: none)
 */
public record Settings(IvsChatConfig base, OptionalLong idSeed, Instant clockStart,
    Supplier<? extends Clock> clock, Consumer<? super Faults> faults, IvsChatScope scope,
    int diagnostics) {

  /**
   * Checks the components.
   *
   * @param base base
   * @param idSeed seed
   * @param clockStart clock start
   * @param clock clock factory
   * @param faults presets
   * @param scope scope
   * @param diagnostics report size
   */
  public Settings {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(idSeed, "idSeed");
    Objects.requireNonNull(faults, "faults");
    Objects.requireNonNull(scope, "scope");
  }

  /**
   * The configuration of one fake.
   *
   * @param derivedSeed the seed to use unless one was set
   * @return the configuration
   */
  public IvsChatConfig configFor(long derivedSeed) {
    Clock c;
    if (clock != null) {
      c = Objects.requireNonNull(clock.get(), "the clock supplier returned null");
    } else if (clockStart != null) {
      c = new FakeClock(clockStart);
    } else {
      c = FakeClock.startingNow();
    }
    return base.toBuilder().idSeed(idSeed.orElse(derivedSeed)).clock(c).build();
  }

  /**
   * The settings that shape a fake's state, as text: two registrations with the same text make
   * equal fakes (preset faults and custom clocks are left out).
   *
   * @return a description
   */
  public String describe() {
    return "region=" + base.region() + ", accountId=" + base.accountId() + ", idSeed="
        + (idSeed.isPresent() ? Long.toString(idSeed.getAsLong()) : "from test id")
        + ", clockStart=" + (clock != null ? "custom clock" : clockStart != null ? clockStart : "now")
        + ", quotas=" + base.quotas() + ", enforceRateQuotas=" + base.enforceRateQuotas()
        + ", rejectReservedTagKeys=" + base.rejectReservedTagKeys()
        + ", rejectDeletingReferencedLoggingConfigurations="
        + base.rejectDeletingReferencedLoggingConfigurations();
  }
}
