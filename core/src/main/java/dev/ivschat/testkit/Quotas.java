package dev.ivschat.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * The adjustable limits the fake enforces, as an immutable value.
 *
 * <p>Start from {@link #defaults()} and change what a test needs:
 *
 * <pre>{@code
 * Quotas quotas = Quotas.defaults().withMaxRooms(3);
 * }</pre>
 *
 * @param maxRooms rooms per account and region before {@code CreateRoom} fails with
 *     {@code ServiceQuotaExceededException} (the service does not document this quota; default
 *     {@value #DEFAULT_MAX_ROOMS})
 * @param maxLoggingConfigurations logging configurations per account and region (documented,
 *     adjustable; default {@value #DEFAULT_MAX_LOGGING_CONFIGURATIONS})
 * @param maxAttributeBytes the total size, in UTF-8 bytes of keys and values, of the attribute map
 *     of {@code CreateChatToken} and {@code SendEvent} (documented as 1 KB; default
 *     {@value #DEFAULT_MAX_ATTRIBUTE_BYTES})
 * @param tokenLifetime how long a chat token can be used to connect after it is issued
 *     (documented as one minute)
 */
public record Quotas(int maxRooms, int maxLoggingConfigurations, int maxAttributeBytes,
    Duration tokenLifetime) {

  /** Default room quota. */
  public static final int DEFAULT_MAX_ROOMS = 50_000;
  /** Default logging-configuration quota. */
  public static final int DEFAULT_MAX_LOGGING_CONFIGURATIONS = 10;
  /** Default attribute-map size limit, in bytes. */
  public static final int DEFAULT_MAX_ATTRIBUTE_BYTES = 1024;
  /** Default chat-token lifetime. */
  public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(1);

  /**
   * Checks the values.
   *
   * @param maxRooms room quota, at least 1
   * @param maxLoggingConfigurations logging-configuration quota, at least 1
   * @param maxAttributeBytes attribute size limit, at least 1
   * @param tokenLifetime a positive duration
   * @throws IllegalArgumentException naming the bad value and the allowed range
   */
  public Quotas {
    requireAtLeastOne("maxRooms", maxRooms);
    requireAtLeastOne("maxLoggingConfigurations", maxLoggingConfigurations);
    requireAtLeastOne("maxAttributeBytes", maxAttributeBytes);
    Objects.requireNonNull(tokenLifetime, "tokenLifetime");
    if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
      throw new IllegalArgumentException(
          "tokenLifetime must be positive, but was " + tokenLifetime);
    }
  }

  private static void requireAtLeastOne(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(
          name + " must be between 1 and " + Integer.MAX_VALUE + ", but was " + value);
    }
  }

  /**
   * The service's quotas.
   *
   * @return the defaults
   */
  public static Quotas defaults() {
    return new Quotas(DEFAULT_MAX_ROOMS, DEFAULT_MAX_LOGGING_CONFIGURATIONS,
        DEFAULT_MAX_ATTRIBUTE_BYTES, DEFAULT_TOKEN_LIFETIME);
  }

  /**
   * A copy with another room quota.
   *
   * @param value rooms, at least 1
   * @return the new quotas
   */
  public Quotas withMaxRooms(int value) {
    return new Quotas(value, maxLoggingConfigurations, maxAttributeBytes, tokenLifetime);
  }

  /**
   * A copy with another logging-configuration quota.
   *
   * @param value logging configurations, at least 1
   * @return the new quotas
   */
  public Quotas withMaxLoggingConfigurations(int value) {
    return new Quotas(maxRooms, value, maxAttributeBytes, tokenLifetime);
  }

  /**
   * A copy with another attribute-map size limit (e.g. 4096, which one copy of the API reference
   * names).
   *
   * @param value bytes, at least 1
   * @return the new quotas
   */
  public Quotas withMaxAttributeBytes(int value) {
    return new Quotas(maxRooms, maxLoggingConfigurations, value, tokenLifetime);
  }

  /**
   * A copy with another chat-token lifetime.
   *
   * @param value a positive duration
   * @return the new quotas
   */
  public Quotas withTokenLifetime(Duration value) {
    return new Quotas(maxRooms, maxLoggingConfigurations, maxAttributeBytes, value);
  }
}
