package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.Quotas;
import dev.ivschat.testkit.ServiceConstraints;
import dev.ivschat.testkit.ServiceConstraints.Constraint;

/**
 * The constraints the generators respect, read from core's table (the one the fake validates
 * against), so the two cannot disagree.
 */
public final class Model {
  /** {@code RoomName}. */
  public static final Constraint ROOM_NAME = ServiceConstraints.of("RoomName");
  /** {@code RoomIdentifier}. */
  public static final Constraint ROOM_IDENTIFIER = ServiceConstraints.of("RoomIdentifier");
  /** {@code RoomMaxMessageRatePerSecond}. */
  public static final Constraint MAX_MESSAGE_RATE =
      ServiceConstraints.of("RoomMaxMessageRatePerSecond");
  /** {@code RoomMaxMessageLength}. */
  public static final Constraint MAX_MESSAGE_LENGTH = ServiceConstraints.of("RoomMaxMessageLength");
  /** {@code LambdaArn}. */
  public static final Constraint LAMBDA_ARN = ServiceConstraints.of("LambdaArn");
  /** {@code FallbackResult}. */
  public static final Constraint FALLBACK_RESULT = ServiceConstraints.of("FallbackResult");
  /** {@code Tags}. */
  public static final Constraint TAGS = ServiceConstraints.of("Tags");
  /** {@code TagKey}. */
  public static final Constraint TAG_KEY = ServiceConstraints.of("TagKey");
  /** {@code TagValue}. */
  public static final Constraint TAG_VALUE = ServiceConstraints.of("TagValue");
  /** {@code LoggingConfigurationIdentifierList}. */
  public static final Constraint LOGGING_CONFIGURATION_IDENTIFIERS =
      ServiceConstraints.of("LoggingConfigurationIdentifierList");
  /** {@code LoggingConfigurationIdentifier}. */
  public static final Constraint LOGGING_CONFIGURATION_IDENTIFIER =
      ServiceConstraints.of("LoggingConfigurationIdentifier");
  /** {@code LoggingConfigurationName}. */
  public static final Constraint LOGGING_CONFIGURATION_NAME =
      ServiceConstraints.of("LoggingConfigurationName");
  /** {@code BucketName}. */
  public static final Constraint BUCKET_NAME = ServiceConstraints.of("BucketName");
  /** {@code LogGroupName}. */
  public static final Constraint LOG_GROUP_NAME = ServiceConstraints.of("LogGroupName");
  /** {@code DeliveryStreamName}. */
  public static final Constraint DELIVERY_STREAM_NAME = ServiceConstraints.of("DeliveryStreamName");
  /** {@code UserID}. */
  public static final Constraint USER_ID = ServiceConstraints.of("UserID");
  /** {@code ChatTokenCapability}. */
  public static final Constraint CAPABILITY = ServiceConstraints.of("ChatTokenCapability");
  /** {@code SessionDurationInMinutes}. */
  public static final Constraint SESSION_DURATION = ServiceConstraints.of("SessionDurationInMinutes");
  /** {@code EventName}. */
  public static final Constraint EVENT_NAME = ServiceConstraints.of("EventName");
  /** {@code MessageID}. */
  public static final Constraint MESSAGE_ID = ServiceConstraints.of("MessageID");
  /** {@code Reason}. */
  public static final Constraint REASON = ServiceConstraints.of("Reason");

  /** The tag-key prefix AWS reserves; the fake rejects it (see {@code rejectReservedTagKeys}). */
  public static final String RESERVED_TAG_PREFIX = "aws:";
  /** The documented 1 KB limit on token and event attributes. */
  public static final int MAX_ATTRIBUTE_BYTES = Quotas.DEFAULT_MAX_ATTRIBUTE_BYTES;

  private Model() {
  }

  /**
   * The lower bound, 0 where the model sets none.
   *
   * @param c a constraint
   * @return the bound
   */
  public static int min(Constraint c) {
    return c.min() == null ? 0 : c.min();
  }

  /**
   * Whether a tag key uses the reserved prefix (in any case, as the fake compares).
   *
   * @param key a tag key
   * @return true when reserved
   */
  public static boolean isReserved(String key) {
    return key.regionMatches(true, 0, RESERVED_TAG_PREFIX, 0, RESERVED_TAG_PREFIX.length());
  }
}
