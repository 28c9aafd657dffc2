package dev.ivschat.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The settings of a fake, declared once: every builder that configures one
 * ({@link IvsChatConfig.Builder}, the front doors' {@code builder()}s, the JUnit extension's
 * builder) extends this class, so each setting has one setter, one check and one default.
 * Each setter checks its value at once and names the allowed range when it is wrong.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ConfigBuilder<B extends ConfigBuilder<B>> {
  private static final Pattern REGION = Pattern.compile("[a-z0-9-]+");
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

  String region = IvsChatConfig.DEFAULT_REGION;
  String accountId = IvsChatConfig.DEFAULT_ACCOUNT_ID;
  Supplier<? extends Clock> clockFactory;
  String clockDescription = "FakeClock starting when the fake is made";
  long idSeed = IvsChatConfig.DEFAULT_ID_SEED;
  Quotas quotas = Quotas.defaults();
  boolean enforceRateQuotas;
  boolean rejectReservedTagKeys = true;
  boolean rejectDeletingReferencedLoggingConfigurations = true;
  Duration clockStep = IvsChatConfig.DEFAULT_CLOCK_STEP;
  int journalLimit = IvsChatConfig.DEFAULT_JOURNAL_LIMIT;
  boolean journalSdkRequests = true;
  boolean shareRequestIds;
  boolean kickedUserReceivesDisconnectEvent = true;
  boolean sessionExpiryError = true;

  /** A builder at the defaults. */
  protected ConfigBuilder() {
  }

  /**
   * This builder, typed.
   *
   * @return this
   */
  @SuppressWarnings("unchecked")
  protected final B self() {
    return (B) this;
  }

  /**
   * Takes every setting of a configuration.
   *
   * @param config the configuration
   * @return this builder
   */
  public B config(IvsChatConfig config) {
    Objects.requireNonNull(config, "config");
    region = config.region();
    accountId = config.accountId();
    clockFactory = config.clockFactory();
    clockDescription = config.clockDescription();
    idSeed = config.idSeed();
    quotas = config.quotas();
    enforceRateQuotas = config.enforceRateQuotas();
    rejectReservedTagKeys = config.rejectReservedTagKeys();
    rejectDeletingReferencedLoggingConfigurations =
        config.rejectDeletingReferencedLoggingConfigurations();
    clockStep = config.clockStep();
    journalLimit = config.journalLimit();
    journalSdkRequests = config.journalSdkRequests();
    shareRequestIds = config.shareRequestIds();
    kickedUserReceivesDisconnectEvent = config.kickedUserReceivesDisconnectEvent();
    sessionExpiryError = config.sessionExpiryError();
    return self();
  }

  /**
   * The configuration as set so far.
   *
   * @return the configuration
   */
  public IvsChatConfig buildConfig() {
    return new IvsChatConfig(this);
  }

  /**
   * Sets the region in every ARN.
   *
   * @param region lower-case letters, digits and dashes, e.g. {@code eu-west-1}
   * @return this builder
   * @throws IllegalArgumentException when the region does not have that form
   */
  public B region(String region) {
    Objects.requireNonNull(region, "region");
    if (!REGION.matcher(region).matches()) {
      throw new IllegalArgumentException("region must match [a-z0-9-]+ (as in ARNs), but was '"
          + region + "'");
    }
    this.region = region;
    return self();
  }

  /**
   * Sets the account id in every ARN.
   *
   * @param accountId exactly 12 digits
   * @return this builder
   * @throws IllegalArgumentException when it is not 12 digits
   */
  public B accountId(String accountId) {
    Objects.requireNonNull(accountId, "accountId");
    if (!ACCOUNT.matcher(accountId).matches()) {
      throw new IllegalArgumentException("accountId must be exactly 12 digits, but was '"
          + accountId + "'");
    }
    this.accountId = accountId;
    return self();
  }

  /**
   * Gives each fake its own {@link FakeClock}, standing at the given instant.
   *
   * @param start the start, from {@link FakeClock#MIN} to {@link FakeClock#MAX}
   * @return this builder
   * @throws IllegalArgumentException when the start is outside that range
   */
  public B clockStart(Instant start) {
    FakeClock.checkRange(Objects.requireNonNull(start, "start"));
    this.clockFactory = () -> new FakeClock(start);
    this.clockDescription = "FakeClock starting at " + start;
    return self();
  }

  /**
   * Gives each fake the clock the factory makes; each fake calls it once. Use it for a clock of
   * your own type; {@link #clockStart(Instant)} covers fake clocks.
   *
   * @param factory makes one clock per fake
   * @return this builder
   */
  public B clockFactory(Supplier<? extends Clock> factory) {
    this.clockFactory = Objects.requireNonNull(factory, "clock factory");
    this.clockDescription = "clocks from " + factory;
    return self();
  }

  /**
   * Uses one given clock, such as {@code Clock.systemUTC()}. Every fake made from this
   * configuration reads that same clock, so moving it moves them all; prefer
   * {@link #clockStart(Instant)} for fake clocks.
   *
   * @param clock the clock
   * @return this builder
   */
  public B clock(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    this.clockFactory = () -> clock;
    this.clockDescription = clock.toString();
    return self();
  }

  /**
   * Sets how far a call's time moves past the previous call's when the clock has not moved since,
   * so that successive changes get strictly increasing times, as on the service.
   *
   * @param step from 0 (calls may share a time) to 1 second; whole milliseconds
   * @return this builder
   * @throws IllegalArgumentException when the step is outside that range
   */
  public B clockStep(Duration step) {
    Objects.requireNonNull(step, "clockStep");
    if (step.isNegative() || step.compareTo(Duration.ofSeconds(1)) > 0
        || step.toNanos() % 1_000_000 != 0) {
      throw new IllegalArgumentException(
          "clockStep must be whole milliseconds from 0 to 1 second, but was " + step);
    }
    this.clockStep = step;
    return self();
  }

  /**
   * Sets the seed of the generator of ids, chat tokens and request ids; the same seed and the
   * same calls give the same values.
   *
   * @param idSeed any value
   * @return this builder
   */
  public B idSeed(long idSeed) {
    this.idSeed = idSeed;
    return self();
  }

  /**
   * Sets the quotas.
   *
   * @param quotas the quotas
   * @return this builder
   */
  public B quotas(Quotas quotas) {
    this.quotas = Objects.requireNonNull(quotas, "quotas");
    return self();
  }

  /**
   * Enforces the documented API rate quotas from the start.
   *
   * @param enforce true to enforce
   * @return this builder
   */
  public B enforceRateQuotas(boolean enforce) {
    this.enforceRateQuotas = enforce;
    return self();
  }

  /**
   * Chooses whether tag keys starting with {@code aws:} are rejected.
   *
   * @param reject true (the default) to reject them
   * @return this builder
   */
  public B rejectReservedTagKeys(boolean reject) {
    this.rejectReservedTagKeys = reject;
    return self();
  }

  /**
   * Chooses what deleting a logging configuration still used by rooms does.
   *
   * @param reject true (the default) for {@code ConflictException}, false to detach it
   * @return this builder
   */
  public B rejectDeletingReferencedLoggingConfigurations(boolean reject) {
    this.rejectDeletingReferencedLoggingConfigurations = reject;
    return self();
  }

  /**
   * Sets how many calls the journal keeps; past that, the oldest are dropped.
   *
   * @param limit from 0 (no journal) to {@code Integer.MAX_VALUE}; default
   *     {@value IvsChatConfig#DEFAULT_JOURNAL_LIMIT}
   * @return this builder
   * @throws IllegalArgumentException when negative
   */
  public B journalLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException(
          "journalLimit must be between 0 and " + Integer.MAX_VALUE + ", but was " + limit);
    }
    this.journalLimit = limit;
    return self();
  }

  /**
   * Chooses whether the journal keeps a copy of each front door's own request object
   * ({@link Call#sdkRequest()}) beside the neutral request record.
   *
   * @param keep true (the default) to keep them; false saves the copy's time and memory
   * @return this builder
   */
  public B journalSdkRequests(boolean keep) {
    this.journalSdkRequests = keep;
    return self();
  }

  /**
   * Chooses whether a chat request's {@code RequestId} shows on the copies of its MESSAGE or
   * EVENT that other connections receive (the requester's copy always has it).
   *
   * @param share false (the default) gives others {@code ""}, as captures of system events show
   * @return this builder
   */
  public B shareRequestIds(boolean share) {
    this.shareRequestIds = share;
    return self();
  }

  /**
   * Chooses whether a user being disconnected receives the {@code aws:DISCONNECT_USER} event on
   * its own connections before they close.
   *
   * @param receive true (the default) to deliver it first; false closes them before the event
   * @return this builder
   */
  public B kickedUserReceivesDisconnectEvent(boolean receive) {
    this.kickedUserReceivesDisconnectEvent = receive;
    return self();
  }

  /**
   * Chooses whether a chat session that runs out receives ERROR 401 before it closes.
   *
   * @param send true (the default) for ERROR 401 and then the close; false for the close only
   * @return this builder
   */
  public B sessionExpiryError(boolean send) {
    this.sessionExpiryError = send;
    return self();
  }
}
