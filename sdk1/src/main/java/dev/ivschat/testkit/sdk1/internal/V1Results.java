package dev.ivschat.testkit.sdk1.internal;

import com.amazonaws.services.ivschat.model.CloudWatchLogsDestinationConfiguration;
import com.amazonaws.services.ivschat.model.CreateChatTokenResult;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationResult;
import com.amazonaws.services.ivschat.model.CreateRoomResult;
import com.amazonaws.services.ivschat.model.DestinationConfiguration;
import com.amazonaws.services.ivschat.model.FirehoseDestinationConfiguration;
import com.amazonaws.services.ivschat.model.GetLoggingConfigurationResult;
import com.amazonaws.services.ivschat.model.GetRoomResult;
import com.amazonaws.services.ivschat.model.ListLoggingConfigurationsResult;
import com.amazonaws.services.ivschat.model.ListRoomsResult;
import com.amazonaws.services.ivschat.model.LoggingConfigurationSummary;
import com.amazonaws.services.ivschat.model.MessageReviewHandler;
import com.amazonaws.services.ivschat.model.RoomSummary;
import com.amazonaws.services.ivschat.model.S3DestinationConfiguration;
import com.amazonaws.services.ivschat.model.UpdateLoggingConfigurationResult;
import com.amazonaws.services.ivschat.model.UpdateRoomResult;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.Destination;
import dev.ivschat.testkit.LoggingConfiguration;
import dev.ivschat.testkit.Page;
import dev.ivschat.testkit.Room;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Translates engine snapshots into fresh v1 result objects: every call gets new objects, so a
 * caller that changes a result changes nothing in the fake.
 */
public final class V1Results {
  private V1Results() {
  }

  /**
   * CreateRoom result.
   *
   * @param r the room
   * @return a fresh result
   */
  public static CreateRoomResult createRoom(Room r) {
    return new CreateRoomResult().withArn(r.arn()).withId(r.id()).withName(r.name())
        .withCreateTime(date(r.createTime())).withUpdateTime(date(r.updateTime()))
        .withMaximumMessageRatePerSecond(r.maximumMessageRatePerSecond())
        .withMaximumMessageLength(r.maximumMessageLength()).withMessageReviewHandler(handler(r))
        .withTags(tags(r.tags())).withLoggingConfigurationIdentifiers(list(r));
  }

  /**
   * GetRoom result.
   *
   * @param r the room
   * @return a fresh result
   */
  public static GetRoomResult getRoom(Room r) {
    return new GetRoomResult().withArn(r.arn()).withId(r.id()).withName(r.name())
        .withCreateTime(date(r.createTime())).withUpdateTime(date(r.updateTime()))
        .withMaximumMessageRatePerSecond(r.maximumMessageRatePerSecond())
        .withMaximumMessageLength(r.maximumMessageLength()).withMessageReviewHandler(handler(r))
        .withTags(tags(r.tags())).withLoggingConfigurationIdentifiers(list(r));
  }

  /**
   * UpdateRoom result.
   *
   * @param r the room
   * @return a fresh result
   */
  public static UpdateRoomResult updateRoom(Room r) {
    return new UpdateRoomResult().withArn(r.arn()).withId(r.id()).withName(r.name())
        .withCreateTime(date(r.createTime())).withUpdateTime(date(r.updateTime()))
        .withMaximumMessageRatePerSecond(r.maximumMessageRatePerSecond())
        .withMaximumMessageLength(r.maximumMessageLength()).withMessageReviewHandler(handler(r))
        .withTags(tags(r.tags())).withLoggingConfigurationIdentifiers(list(r));
  }

  /**
   * ListRooms result.
   *
   * @param page the page
   * @return a fresh result
   */
  public static ListRoomsResult listRooms(Page<Room> page) {
    RoomSummary[] rooms = new RoomSummary[page.items().size()];
    int i = 0;
    for (Room r : page.items()) {
      rooms[i++] = new RoomSummary().withArn(r.arn()).withId(r.id()).withName(r.name())
          .withCreateTime(date(r.createTime())).withUpdateTime(date(r.updateTime()))
          .withMessageReviewHandler(handler(r)).withTags(tags(r.tags()))
          .withLoggingConfigurationIdentifiers(list(r));
    }
    return new ListRoomsResult().withRooms(rooms).withNextToken(page.nextToken());
  }

  /**
   * CreateLoggingConfiguration result.
   *
   * @param c the configuration
   * @return a fresh result
   */
  public static CreateLoggingConfigurationResult createLoggingConfiguration(LoggingConfiguration c) {
    return new CreateLoggingConfigurationResult().withArn(c.arn()).withId(c.id())
        .withName(c.name()).withCreateTime(date(c.createTime()))
        .withUpdateTime(date(c.updateTime())).withDestinationConfiguration(destination(c))
        .withState(c.state()).withTags(tags(c.tags()));
  }

  /**
   * GetLoggingConfiguration result.
   *
   * @param c the configuration
   * @return a fresh result
   */
  public static GetLoggingConfigurationResult getLoggingConfiguration(LoggingConfiguration c) {
    return new GetLoggingConfigurationResult().withArn(c.arn()).withId(c.id())
        .withName(c.name()).withCreateTime(date(c.createTime()))
        .withUpdateTime(date(c.updateTime())).withDestinationConfiguration(destination(c))
        .withState(c.state()).withTags(tags(c.tags()));
  }

  /**
   * UpdateLoggingConfiguration result.
   *
   * @param c the configuration
   * @return a fresh result
   */
  public static UpdateLoggingConfigurationResult updateLoggingConfiguration(LoggingConfiguration c) {
    return new UpdateLoggingConfigurationResult().withArn(c.arn()).withId(c.id())
        .withName(c.name()).withCreateTime(date(c.createTime()))
        .withUpdateTime(date(c.updateTime())).withDestinationConfiguration(destination(c))
        .withState(c.state()).withTags(tags(c.tags()));
  }

  /**
   * ListLoggingConfigurations result.
   *
   * @param page the page
   * @return a fresh result
   */
  public static ListLoggingConfigurationsResult listLoggingConfigurations(
      Page<LoggingConfiguration> page) {
    List<LoggingConfigurationSummary> items = new ArrayList<>(page.items().size());
    for (LoggingConfiguration c : page.items()) {
      items.add(new LoggingConfigurationSummary().withArn(c.arn()).withId(c.id())
          .withName(c.name()).withCreateTime(date(c.createTime()))
          .withUpdateTime(date(c.updateTime())).withDestinationConfiguration(destination(c))
          .withState(c.state()).withTags(tags(c.tags())));
    }
    return new ListLoggingConfigurationsResult().withLoggingConfigurations(items)
        .withNextToken(page.nextToken());
  }

  /**
   * CreateChatToken result.
   *
   * @param t the token
   * @return a fresh result
   */
  public static CreateChatTokenResult createChatToken(ChatToken t) {
    return new CreateChatTokenResult().withToken(t.token())
        .withTokenExpirationTime(date(t.tokenExpirationTime()))
        .withSessionExpirationTime(date(t.sessionExpirationTime()));
  }

  /**
   * A mutable tag map over the snapshot's, copied when first changed or iterated.
   *
   * @param tags the tags
   * @return the copy
   */
  public static Map<String, String> tags(Map<String, String> tags) {
    return new CopyOnWriteMap(tags);
  }

  /** The SDK's list setters copy, so the immutable list can be handed over as it is. */
  private static List<String> list(Room r) {
    return r.loggingConfigurationIdentifiers();
  }

  private static MessageReviewHandler handler(Room r) {
    return r.messageReviewHandler().map(h -> new MessageReviewHandler().withUri(h.uri())
        .withFallbackResult(h.fallbackResult())).orElse(null);
  }

  private static DestinationConfiguration destination(LoggingConfiguration c) {
    Destination d = c.destination();
    DestinationConfiguration out = new DestinationConfiguration();
    switch (d.kind()) {
      case S3 -> out.setS3(new S3DestinationConfiguration().withBucketName(d.name()));
      case CLOUD_WATCH_LOGS -> out.setCloudWatchLogs(
          new CloudWatchLogsDestinationConfiguration().withLogGroupName(d.name()));
      case FIREHOSE -> out.setFirehose(
          new FirehoseDestinationConfiguration().withDeliveryStreamName(d.name()));
      default -> throw new IllegalStateException("unknown destination " + d);
    }
    return out;
  }

  private static Date date(Instant instant) {
    return Date.from(instant);
  }
}
