package dev.ivschat.testkit.internal.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every constrained shape of the IVS Chat model ({@code ivschat-2020-07-14}), in one table.
 *
 * <p>The values are the model's, to the letter; a test compares this table with the model file so
 * that a constraint cannot drift or be forgotten. The one deliberate difference is
 * {@link #TAGGABLE_ARN}: the model's {@code ResourceArn} pattern has a bug ({@code [a-z-]} matches
 * one character, so no real ARN matches it), and the fake accepts the two resource types that
 * really carry tags instead.
 */
public final class Shapes {
  private static final String ROOM_ARN_PATTERN =
      "arn:aws:ivschat:[a-z0-9-]+:[0-9]+:room/[a-zA-Z0-9-]+";
  private static final String LOGGING_ARN_PATTERN =
      "arn:aws:ivschat:[a-z0-9-]+:[0-9]+:logging-configuration/[a-zA-Z0-9-]+";

  /** Room name. */
  public static final Shape ROOM_NAME = Shape.string("RoomName", 0, 128, "[a-zA-Z0-9-_]*");
  /** Room ARN used as identifier. */
  public static final Shape ROOM_IDENTIFIER =
      Shape.string("RoomIdentifier", 1, 128, ROOM_ARN_PATTERN);
  /** Messages per second. */
  public static final Shape ROOM_MAX_MESSAGE_RATE =
      Shape.integer("RoomMaxMessageRatePerSecond", 1, 100);
  /** Message length. */
  public static final Shape ROOM_MAX_MESSAGE_LENGTH = Shape.integer("RoomMaxMessageLength", 1, 500);
  /** Review handler Lambda ARN. */
  public static final Shape LAMBDA_ARN = Shape.string("LambdaArn", 0, 170,
      "$|^arn:aws:lambda:[a-z0-9-]+:[0-9]{12}:function:.+.*");
  /** Review handler fallback. */
  public static final Shape FALLBACK_RESULT = Shape.enumeration("FallbackResult", "ALLOW", "DENY");
  /** Tag map. */
  public static final Shape TAGS = Shape.map("Tags", 0, 50, false);
  /** Tag key. */
  public static final Shape TAG_KEY = Shape.string("TagKey", 1, 128, null);
  /** Tag value. */
  public static final Shape TAG_VALUE = Shape.string("TagValue", 0, 256, null);
  /** Tag key list of UntagResource. */
  public static final Shape TAG_KEY_LIST = Shape.list("TagKeyList", 0, 50);
  /** Logging configuration ARNs of a room. */
  public static final Shape LOGGING_CONFIGURATION_IDENTIFIER_LIST =
      Shape.list("LoggingConfigurationIdentifierList", 0, 3);
  /** Logging configuration ARN used as identifier. */
  public static final Shape LOGGING_CONFIGURATION_IDENTIFIER =
      Shape.string("LoggingConfigurationIdentifier", 1, 128, LOGGING_ARN_PATTERN);
  /** Logging configuration name. */
  public static final Shape LOGGING_CONFIGURATION_NAME =
      Shape.string("LoggingConfigurationName", 0, 128, "[a-zA-Z0-9-_]*");
  /** S3 bucket. */
  public static final Shape BUCKET_NAME = Shape.string("BucketName", 3, 63, "[a-z0-9-.]+");
  /** CloudWatch Logs log group. */
  public static final Shape LOG_GROUP_NAME =
      Shape.string("LogGroupName", 1, 512, "[\\.\\-_/#A-Za-z0-9]+");
  /** Firehose delivery stream. */
  public static final Shape DELIVERY_STREAM_NAME =
      Shape.string("DeliveryStreamName", 1, 64, "[a-zA-Z0-9_.-]+");
  /** Pagination token. */
  public static final Shape PAGINATION_TOKEN = Shape.string("PaginationToken", 0, 1024, null);
  /** ListRooms page size. */
  public static final Shape MAX_ROOM_RESULTS = Shape.integer("MaxRoomResults", 1, 50);
  /** ListLoggingConfigurations page size. */
  public static final Shape MAX_LOGGING_CONFIGURATION_RESULTS =
      Shape.integer("MaxLoggingConfigurationResults", 1, 50);
  /** Chat user id. */
  public static final Shape USER_ID = Shape.sensitiveString("UserID", 1, 128);
  /** Chat token capabilities. */
  public static final Shape CHAT_TOKEN_CAPABILITIES = Shape.list("ChatTokenCapabilities", null, null);
  /** One capability. */
  public static final Shape CHAT_TOKEN_CAPABILITY = Shape.enumeration("ChatTokenCapability",
      "SEND_MESSAGE", "DISCONNECT_USER", "DELETE_MESSAGE");
  /** Session length. */
  public static final Shape SESSION_DURATION_IN_MINUTES =
      Shape.integer("SessionDurationInMinutes", 1, 180);
  /** Token attributes. */
  public static final Shape CHAT_TOKEN_ATTRIBUTES = Shape.map("ChatTokenAttributes", null, null,
      true);
  /** Event name. */
  public static final Shape EVENT_NAME = Shape.string("EventName", 1, 100, null);
  /** Event attributes. */
  public static final Shape EVENT_ATTRIBUTES = Shape.map("EventAttributes", null, null, false);
  /** Id of a message to delete. */
  public static final Shape MESSAGE_ID = Shape.string("MessageID", 12, 12, "[a-zA-Z0-9]+");
  /** Reason of a deletion or disconnection. */
  public static final Shape REASON = Shape.string("Reason", 1, 256, null);
  /** ARN of a taggable resource, as the model states it (broken; see {@link #TAGGABLE_ARN}). */
  public static final Shape RESOURCE_ARN = Shape.string("ResourceArn", 1, 128,
      "arn:aws:ivschat:[a-z0-9-]+:[0-9]+:[a-z-]/[a-zA-Z0-9-]+");
  /** ARN of a taggable resource, as the fake checks it: a room or logging-configuration ARN. */
  public static final Shape TAGGABLE_ARN = Shape.string("ResourceArn", 1, 128,
      "arn:aws:ivschat:[a-z0-9-]+:[0-9]+:(room|logging-configuration)/[a-zA-Z0-9-]+");

  /** Every shape above except {@link #TAGGABLE_ARN}, by model name. */
  public static final Map<String, Shape> MODEL_SHAPES = byName(ROOM_NAME, ROOM_IDENTIFIER,
      ROOM_MAX_MESSAGE_RATE, ROOM_MAX_MESSAGE_LENGTH, LAMBDA_ARN, FALLBACK_RESULT, TAGS, TAG_KEY,
      TAG_VALUE, TAG_KEY_LIST, LOGGING_CONFIGURATION_IDENTIFIER_LIST,
      LOGGING_CONFIGURATION_IDENTIFIER, LOGGING_CONFIGURATION_NAME, BUCKET_NAME, LOG_GROUP_NAME,
      DELIVERY_STREAM_NAME, PAGINATION_TOKEN, MAX_ROOM_RESULTS, MAX_LOGGING_CONFIGURATION_RESULTS,
      USER_ID, CHAT_TOKEN_CAPABILITIES, CHAT_TOKEN_CAPABILITY, SESSION_DURATION_IN_MINUTES,
      CHAT_TOKEN_ATTRIBUTES, EVENT_NAME, EVENT_ATTRIBUTES, MESSAGE_ID, REASON, RESOURCE_ARN);

  private static final Map<String, PatternCheck> CHECKS = new ConcurrentHashMap<>();

  /**
   * A pattern with the last value that matched it: calls often repeat the very same string (one
   * room ARN in every call of a test), and strings are immutable, so an identical reference needs
   * no second match.
   */
  private static final class PatternCheck {
    private final Pattern pattern;
    private volatile String lastMatch;

    PatternCheck(String pattern) {
      this.pattern = Pattern.compile(pattern);
    }

    boolean matches(String value) {
      if (value == lastMatch) {
        return true;
      }
      boolean matches = pattern.matcher(value).matches();
      if (matches) {
        lastMatch = value;
      }
      return matches;
    }
  }

  private Shapes() {
  }

  /** Whether a value matches a shape's pattern (true when the shape has none). */
  static boolean matches(Shape shape, String value) {
    return shape.pattern() == null
        || CHECKS.computeIfAbsent(shape.pattern(), PatternCheck::new).matches(value);
  }

  private static Map<String, Shape> byName(Shape... shapes) {
    Map<String, Shape> map = new LinkedHashMap<>();
    for (Shape s : shapes) {
      map.put(s.name(), s);
    }
    return Map.copyOf(map);
  }
}
