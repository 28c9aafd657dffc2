package dev.ivschat.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of a chat room held by the fake.
 *
 * @param arn the room ARN, {@code arn:aws:ivschat:<region>:<account>:room/<id>}
 * @param id the 12-character room id
 * @param name the room name ({@code ""} when none was given)
 * @param createTime when the room was created, on the fake's clock
 * @param updateTime when the room was last updated, on the fake's clock
 * @param maximumMessageRatePerSecond the room's message rate limit (default 10)
 * @param maximumMessageLength the room's message length limit in code points (default 500)
 * @param messageReviewHandler the review handler, if the room has one
 * @param tags the room's tags, sorted by key
 * @param loggingConfigurationIdentifiers ARNs of the logging configurations attached to the room
 */
public record Room(
    String arn,
    String id,
    String name,
    Instant createTime,
    Instant updateTime,
    int maximumMessageRatePerSecond,
    int maximumMessageLength,
    Optional<ReviewHandler> messageReviewHandler,
    Map<String, String> tags,
    List<String> loggingConfigurationIdentifiers) {

  /** The service's default {@code maximumMessageRatePerSecond}. */
  public static final int DEFAULT_MAXIMUM_MESSAGE_RATE_PER_SECOND = 10;
  /** The service's default {@code maximumMessageLength}. */
  public static final int DEFAULT_MAXIMUM_MESSAGE_LENGTH = 500;

  /**
   * Checks and copies the components.
   *
   * @param arn ARN
   * @param id id
   * @param name name
   * @param createTime create time
   * @param updateTime update time
   * @param maximumMessageRatePerSecond rate
   * @param maximumMessageLength length
   * @param messageReviewHandler handler
   * @param tags tags
   * @param loggingConfigurationIdentifiers logging configuration ARNs
   */
  public Room {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createTime, "createTime");
    Objects.requireNonNull(updateTime, "updateTime");
    Objects.requireNonNull(messageReviewHandler, "messageReviewHandler");
    tags = Snapshots.sorted(tags);
    loggingConfigurationIdentifiers = List.copyOf(loggingConfigurationIdentifiers);
  }

  /**
   * A copy with other tags.
   *
   * @param newTags the tags
   * @return the copy
   */
  public Room withTags(Map<String, String> newTags) {
    return new Room(arn, id, name, createTime, updateTime, maximumMessageRatePerSecond,
        maximumMessageLength, messageReviewHandler, newTags, loggingConfigurationIdentifiers);
  }

  /**
   * A copy with other logging configurations.
   *
   * @param arns the logging configuration ARNs
   * @return the copy
   */
  public Room withLoggingConfigurationIdentifiers(List<String> arns) {
    return new Room(arn, id, name, createTime, updateTime, maximumMessageRatePerSecond,
        maximumMessageLength, messageReviewHandler, tags, arns);
  }
}
