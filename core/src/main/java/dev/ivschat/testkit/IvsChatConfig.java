package dev.ivschat.testkit;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a fake is set up: account, region, clock, id seed, quotas and the choices where the service
 * is undocumented. Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * IvsChatConfig config = IvsChatConfig.builder()
 *     .region("eu-west-1")
 *     .idSeed(42)
 *     .quotas(Quotas.defaults().withMaxRooms(5))
 *     .build();
 * FakeAmazonivschat fake = new FakeAmazonivschat(config);
 * }</pre>
 */
public final class IvsChatConfig {
  /** Default region. */
  public static final String DEFAULT_REGION = "us-east-1";
  /** Default account id. */
  public static final String DEFAULT_ACCOUNT_ID = "123456789012";
  /** Default seed of the id and token generator. */
  public static final long DEFAULT_ID_SEED = 0x1F5C4A7L;

  private static final Pattern REGION = Pattern.compile("[a-z0-9-]+");
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

  private final String region;
  private final String accountId;
  private final Clock clock;
  private final long idSeed;
  private final Quotas quotas;
  private final boolean enforceRateQuotas;
  private final boolean rejectReservedTagKeys;
  private final boolean rejectDeletingReferencedLoggingConfigurations;

  private IvsChatConfig(Builder b) {
    this.region = b.region;
    this.accountId = b.accountId;
    this.clock = b.clock != null ? b.clock : FakeClock.startingNow();
    this.idSeed = b.idSeed;
    this.quotas = b.quotas;
    this.enforceRateQuotas = b.enforceRateQuotas;
    this.rejectReservedTagKeys = b.rejectReservedTagKeys;
    this.rejectDeletingReferencedLoggingConfigurations =
        b.rejectDeletingReferencedLoggingConfigurations;
  }

  /**
   * The defaults: {@code us-east-1}, account {@code 123456789012}, a {@link FakeClock} standing at
   * the time of creation, the default seed and the service's quotas.
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
    Builder b = new Builder();
    b.region = region;
    b.accountId = accountId;
    b.clock = clock;
    b.idSeed = idSeed;
    b.quotas = quotas;
    b.enforceRateQuotas = enforceRateQuotas;
    b.rejectReservedTagKeys = rejectReservedTagKeys;
    b.rejectDeletingReferencedLoggingConfigurations = rejectDeletingReferencedLoggingConfigurations;
    return b;
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
   * The clock all of the fake's times come from.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
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

  @Override
  public String toString() {
    return "IvsChatConfig[region=" + region + ", accountId=" + accountId + ", clock=" + clock
        + ", idSeed=" + idSeed + ", quotas=" + quotas + ", enforceRateQuotas=" + enforceRateQuotas
        + ", rejectReservedTagKeys=" + rejectReservedTagKeys
        + ", rejectDeletingReferencedLoggingConfigurations="
        + rejectDeletingReferencedLoggingConfigurations + "]";
  }

  /** Builds an {@link IvsChatConfig}; each setter checks its value at once. */
  public static final class Builder {
    private String region = DEFAULT_REGION;
    private String accountId = DEFAULT_ACCOUNT_ID;
    private Clock clock;
    private long idSeed = DEFAULT_ID_SEED;
    private Quotas quotas = Quotas.defaults();
    private boolean enforceRateQuotas;
    private boolean rejectReservedTagKeys = true;
    private boolean rejectDeletingReferencedLoggingConfigurations = true;

    private Builder() {
    }

    /**
     * Sets the region.
     *
     * @param region lower-case letters, digits and dashes, e.g. {@code eu-west-1}
     * @return this builder
     * @throws IllegalArgumentException when the region does not have that form
     */
    public Builder region(String region) {
      Objects.requireNonNull(region, "region");
      if (!REGION.matcher(region).matches()) {
        throw new IllegalArgumentException("region must match [a-z0-9-]+ (as in ARNs), but was '"
            + region + "'");
      }
      this.region = region;
      return this;
    }

    /**
     * Sets the account id.
     *
     * @param accountId exactly 12 digits
     * @return this builder
     * @throws IllegalArgumentException when it is not 12 digits
     */
    public Builder accountId(String accountId) {
      Objects.requireNonNull(accountId, "accountId");
      if (!ACCOUNT.matcher(accountId).matches()) {
        throw new IllegalArgumentException("accountId must be exactly 12 digits, but was '"
            + accountId + "'");
      }
      this.accountId = accountId;
      return this;
    }

    /**
     * Sets the clock. Pass a {@link FakeClock} to move time from the test; any other clock (such as
     * {@code Clock.systemUTC()}) is used as it is.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Uses a {@link FakeClock} standing at the given instant.
     *
     * @param start the start
     * @return this builder
     */
    public Builder clockStart(Instant start) {
      return clock(new FakeClock(Objects.requireNonNull(start, "start")));
    }

    /**
     * Sets the seed of the id and token generator; the same seed and the same calls give the same
     * ids and tokens.
     *
     * @param idSeed any value
     * @return this builder
     */
    public Builder idSeed(long idSeed) {
      this.idSeed = idSeed;
      return this;
    }

    /**
     * Sets the quotas.
     *
     * @param quotas the quotas
     * @return this builder
     */
    public Builder quotas(Quotas quotas) {
      this.quotas = Objects.requireNonNull(quotas, "quotas");
      return this;
    }

    /**
     * Enforces the documented API rate quotas from the start.
     *
     * @param enforce true to enforce
     * @return this builder
     */
    public Builder enforceRateQuotas(boolean enforce) {
      this.enforceRateQuotas = enforce;
      return this;
    }

    /**
     * Chooses whether tag keys starting with {@code aws:} are rejected.
     *
     * @param reject true (the default) to reject them
     * @return this builder
     */
    public Builder rejectReservedTagKeys(boolean reject) {
      this.rejectReservedTagKeys = reject;
      return this;
    }

    /**
     * Chooses what deleting a logging configuration still used by rooms does.
     *
     * @param reject true (the default) for {@code ConflictException}, false to detach it
     * @return this builder
     */
    public Builder rejectDeletingReferencedLoggingConfigurations(boolean reject) {
      this.rejectDeletingReferencedLoggingConfigurations = reject;
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     */
    public IvsChatConfig build() {
      return new IvsChatConfig(this);
    }
  }
}
