package dev.ivschat.testkit.junit5.internal;

import dev.ivschat.testkit.Faults;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.Quotas;
import dev.ivschat.testkit.junit5.IvsChatScope;
import dev.ivschat.testkit.junit5.IvsChatTest;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Collects {@link Settings}, checking each value when it is set; the one place both the annotation
 * and the public builder go through.
 */
public final class SettingsBuilder {
  private final IvsChatConfig.Builder config = IvsChatConfig.builder();
  private OptionalLong idSeed = OptionalLong.empty();
  private Instant clockStart;
  private Supplier<? extends Clock> clock;
  private Consumer<? super Faults> faults = f -> { };
  private IvsChatScope scope = IvsChatScope.PER_TEST;
  private int diagnostics = IvsChatTest.DEFAULT_DIAGNOSTICS;

  /**
   * Sets the region.
   *
   * @param region the region
   * @return this
   */
  public SettingsBuilder region(String region) {
    config.region(region);
    return this;
  }

  /**
   * Sets the account id.
   *
   * @param accountId 12 digits
   * @return this
   */
  public SettingsBuilder accountId(String accountId) {
    config.accountId(accountId);
    return this;
  }

  /**
   * Sets the seed.
   *
   * @param seed any value
   * @return this
   */
  public SettingsBuilder idSeed(long seed) {
    idSeed = OptionalLong.of(seed);
    return this;
  }

  /**
   * Derives the seed from the test's unique id (the default).
   *
   * @return this
   */
  public SettingsBuilder idSeedFromTestId() {
    idSeed = OptionalLong.empty();
    return this;
  }

  /**
   * Starts each fake's clock at an instant.
   *
   * @param start the instant
   * @return this
   */
  public SettingsBuilder clockStart(Instant start) {
    clockStart = Objects.requireNonNull(start, "clockStart");
    clock = null;
    return this;
  }

  /**
   * Makes each fake's clock with a supplier.
   *
   * @param supplier gives a new clock for each fake
   * @return this
   */
  public SettingsBuilder clock(Supplier<? extends Clock> supplier) {
    clock = Objects.requireNonNull(supplier, "clock");
    clockStart = null;
    return this;
  }

  /**
   * Sets the quotas.
   *
   * @param quotas the quotas
   * @return this
   */
  public SettingsBuilder quotas(Quotas quotas) {
    config.quotas(quotas);
    return this;
  }

  /**
   * Switches API rate quota enforcement.
   *
   * @param enforce true to enforce
   * @return this
   */
  public SettingsBuilder enforceRateQuotas(boolean enforce) {
    config.enforceRateQuotas(enforce);
    return this;
  }

  /**
   * Chooses whether {@code aws:} tag keys are rejected.
   *
   * @param reject true to reject
   * @return this
   */
  public SettingsBuilder rejectReservedTagKeys(boolean reject) {
    config.rejectReservedTagKeys(reject);
    return this;
  }

  /**
   * Chooses what deleting a used logging configuration does.
   *
   * @param reject true for {@code ConflictException}
   * @return this
   */
  public SettingsBuilder rejectDeletingReferencedLoggingConfigurations(boolean reject) {
    config.rejectDeletingReferencedLoggingConfigurations(reject);
    return this;
  }

  /**
   * Adds preset fault scripts.
   *
   * @param preset run on the faults of each new fake, after the presets added before
   * @return this
   */
  public SettingsBuilder faults(Consumer<? super Faults> preset) {
    Objects.requireNonNull(preset, "faults");
    Consumer<? super Faults> before = faults;
    faults = f -> {
      before.accept(f);
      preset.accept(f);
    };
    return this;
  }

  /**
   * Sets the scope.
   *
   * @param value the scope
   * @return this
   */
  public SettingsBuilder scope(IvsChatScope value) {
    scope = Objects.requireNonNull(value, "scope");
    return this;
  }

  /**
   * Sets the size of failure reports.
   *
   * @param entries 0 or more
   * @return this
   */
  public SettingsBuilder diagnostics(int entries) {
    if (entries < 0) {
      throw new IllegalArgumentException(
          "diagnostics must be between 0 and " + Integer.MAX_VALUE + ", but was " + entries);
    }
    diagnostics = entries;
    return this;
  }

  /**
   * The settings.
   *
   * @return the settings
   */
  public Settings build() {
    return new Settings(config.build(), idSeed, clockStart, clock, faults, scope, diagnostics);
  }
}
