package dev.ivschat.testkit;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * How a fake is set up: account, region, clock, id seed, quotas, journal and the choices where
 * the service is undocumented. Immutable; build one with {@link #builder()}. Every fake made from
 * one configuration gets its own clock (unless {@link ConfigBuilder#clock(Clock)} names one
 * shared clock).
 *
 * <pre>{@code
 * IvsChatConfig config = IvsChatConfig.builder()
 *     .region("eu-west-1")
 *     .idSeed(42)
 *     .quotas(Quotas.defaults().withMaxRooms(5))
 *     .build();
 * IvsChat ivsChat = new IvsChat(config);
 * }</pre>
 */
public final class IvsChatConfig {
  /** Default region. */
  public static final String DEFAULT_REGION = "us-east-1";
  /** Default account id. */
  public static final String DEFAULT_ACCOUNT_ID = "123456789012";
  /** Default seed of the id and token generator. */
  public static final long DEFAULT_ID_SEED = 0x1F5C4A7L;
  /** Default step between the times of calls made while the clock stands still. */
  public static final Duration DEFAULT_CLOCK_STEP = Duration.ofMillis(1);
  /** Default number of calls the journal keeps. */
  public static final int DEFAULT_JOURNAL_LIMIT = 100_000;

  private final String region;
  private final String accountId;
  private final Supplier<? extends Clock> clockFactory;
  private final String clockDescription;
  private final long idSeed;
  private final Quotas quotas;
  private final boolean enforceRateQuotas;
  private final boolean rejectReservedTagKeys;
  private final boolean rejectDeletingReferencedLoggingConfigurations;
  private final Duration clockStep;
  private final int journalLimit;
  private final boolean journalSdkRequests;
  private final boolean shareRequestIds;
  private final boolean kickedUserReceivesDisconnectEvent;
  private final boolean sessionExpiryError;

  IvsChatConfig(ConfigBuilder<?> b) {
    this.region = b.region;
    this.accountId = b.accountId;
    this.clockFactory = b.clockFactory;
    this.clockDescription = b.clockDescription;
    this.idSeed = b.idSeed;
    this.quotas = b.quotas;
    this.enforceRateQuotas = b.enforceRateQuotas;
    this.rejectReservedTagKeys = b.rejectReservedTagKeys;
    this.rejectDeletingReferencedLoggingConfigurations =
        b.rejectDeletingReferencedLoggingConfigurations;
    this.clockStep = b.clockStep;
    this.journalLimit = b.journalLimit;
    this.journalSdkRequests = b.journalSdkRequests;
    this.shareRequestIds = b.shareRequestIds;
    this.kickedUserReceivesDisconnectEvent = b.kickedUserReceivesDisconnectEvent;
    this.sessionExpiryError = b.sessionExpiryError;
  }

  /**
   * The defaults: {@code us-east-1}, account {@code 123456789012}, a {@link FakeClock} standing at
   * the time each fake is made, the default seed and the service's quotas.
   *
   * @return a default configuration
   */
  public static IvsChatConfig defaults() {
    return builder().build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from this configuration.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder().config(this);
  }

  /**
   * The region in every ARN the fake makes.
   *
   * @return the region
   */
  public String region() {
    return region;
  }

  /**
   * The account id in every ARN the fake makes.
   *
   * @return the 12-digit account id
   */
  public String accountId() {
    return accountId;
  }

  /**
   * A new clock for one fake: a fresh {@link FakeClock} (at the configured start, or at the
   * current time by default), or the clock the configuration names.
   *
   * @return the clock
   */
  public Clock newClock() {
    return clockFactory == null ? FakeClock.startingNow() : clockFactory.get();
  }

  /**
   * The factory behind {@link #newClock()}, or null for the default.
   *
   * @return the factory
   */
  Supplier<? extends Clock> clockFactory() {
    return clockFactory;
  }

  /**
   * What clock each fake gets, in words, e.g. {@code FakeClock starting at 2026-01-01T00:00:00Z}.
   *
   * @return the description
   */
  public String clockDescription() {
    return clockDescription;
  }

  /**
   * How far a call's time moves past the previous call's while the clock stands still.
   *
   * @return the step (default 1 ms)
   */
  public Duration clockStep() {
    return clockStep;
  }

  /**
   * The seed of the generator of ids, tokens and request ids.
   *
   * @return the seed
   */
  public long idSeed() {
    return idSeed;
  }

  /**
   * The quotas.
   *
   * @return the quotas
   */
  public Quotas quotas() {
    return quotas;
  }

  /**
   * Whether the documented API rate quotas are enforced from the start (see
   * {@link Faults#enforceRateQuotas(boolean)}).
   *
   * @return the setting (default false)
   */
  public boolean enforceRateQuotas() {
    return enforceRateQuotas;
  }

  /**
   * Whether tag keys starting with {@code aws:} are rejected, as AWS reserves that prefix.
   *
   * @return the setting (default true)
   */
  public boolean rejectReservedTagKeys() {
    return rejectReservedTagKeys;
  }

  /**
   * Whether deleting a logging configuration that a room still uses fails with
   * {@code ConflictException} (true) or detaches it from those rooms (false).
   *
   * @return the setting (default true)
   */
  public boolean rejectDeletingReferencedLoggingConfigurations() {
    return rejectDeletingReferencedLoggingConfigurations;
  }

  /**
   * How many calls the journal keeps (the newest).
   *
   * @return the limit (default {@value #DEFAULT_JOURNAL_LIMIT})
   */
  public int journalLimit() {
    return journalLimit;
  }

  /**
   * Whether the journal keeps each front door's own request object.
   *
   * @return the setting (default true)
   */
  public boolean journalSdkRequests() {
    return journalSdkRequests;
  }

  /**
   * Whether other connections see a chat request's {@code RequestId} on its MESSAGE or EVENT.
   *
   * @return the setting (default false: they see {@code ""})
   */
  public boolean shareRequestIds() {
    return shareRequestIds;
  }

  /**
   * Whether a disconnected user receives {@code aws:DISCONNECT_USER} before its connections close.
   *
   * @return the setting (default true)
   */
  public boolean kickedUserReceivesDisconnectEvent() {
    return kickedUserReceivesDisconnectEvent;
  }

  /**
   * Whether an expiring chat session receives ERROR 401 before it closes.
   *
   * @return the setting (default true)
   */
  public boolean sessionExpiryError() {
    return sessionExpiryError;
  }

  @Override
  public String toString() {
    return "IvsChatConfig[region=" + region + ", accountId=" + accountId + ", clock="
        + clockDescription + ", clockStep=" + clockStep + ", idSeed=" + idSeed + ", quotas="
        + quotas + ", enforceRateQuotas=" + enforceRateQuotas + ", rejectReservedTagKeys="
        + rejectReservedTagKeys + ", rejectDeletingReferencedLoggingConfigurations="
        + rejectDeletingReferencedLoggingConfigurations + ", journalLimit=" + journalLimit
        + ", journalSdkRequests=" + journalSdkRequests + ", shareRequestIds=" + shareRequestIds
        + ", kickedUserReceivesDisconnectEvent=" + kickedUserReceivesDisconnectEvent
        + ", sessionExpiryError=" + sessionExpiryError + "]";
  }

  /** Builds an {@link IvsChatConfig}; the settings are those of {@link ConfigBuilder}. */
  public static final class Builder extends ConfigBuilder<Builder> {
    private Builder() {
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     */
    public IvsChatConfig build() {
      return buildConfig();
    }
  }
}
