package dev.ivschat.testkit.sdk2.internal;

import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.Destination;
import dev.ivschat.testkit.LoggingConfiguration;
import dev.ivschat.testkit.Page;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenResponse;
import software.amazon.awssdk.services.ivschat.model.CreateLoggingConfigurationResponse;
import software.amazon.awssdk.services.ivschat.model.CreateRoomResponse;
import software.amazon.awssdk.services.ivschat.model.DeleteLoggingConfigurationResponse;
import software.amazon.awssdk.services.ivschat.model.DeleteMessageResponse;
import software.amazon.awssdk.services.ivschat.model.DeleteRoomResponse;
import software.amazon.awssdk.services.ivschat.model.DestinationConfiguration;
import software.amazon.awssdk.services.ivschat.model.DisconnectUserResponse;
import software.amazon.awssdk.services.ivschat.model.GetLoggingConfigurationResponse;
import software.amazon.awssdk.services.ivschat.model.GetRoomResponse;
import software.amazon.awssdk.services.ivschat.model.ListLoggingConfigurationsResponse;
import software.amazon.awssdk.services.ivschat.model.ListRoomsResponse;
import software.amazon.awssdk.services.ivschat.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.ivschat.model.LoggingConfigurationSummary;
import software.amazon.awssdk.services.ivschat.model.MessageReviewHandler;
import software.amazon.awssdk.services.ivschat.model.RoomSummary;
import software.amazon.awssdk.services.ivschat.model.SendEventResponse;
import software.amazon.awssdk.services.ivschat.model.TagResourceResponse;
import software.amazon.awssdk.services.ivschat.model.UntagResourceResponse;
import software.amazon.awssdk.services.ivschat.model.UpdateLoggingConfigurationResponse;
import software.amazon.awssdk.services.ivschat.model.UpdateRoomResponse;

/**
 * Translates engine snapshots into v2 response builders, with the members the service's JSON
 * carries; {@link V2Calls} adds the HTTP response and the response metadata and builds them. v2
 * responses are immutable, so nothing a caller holds can reach the fake's state.
 */
public final class V2Responses {
  private V2Responses() {
  }

  /**
   * CreateRoom.
   *
   * @param r the room
   * @return the builder
   */
  public static CreateRoomResponse.Builder createRoom(Room r) {
    return CreateRoomResponse.builder().arn(r.arn()).id(r.id()).name(r.name())
        .createTime(r.createTime()).updateTime(r.updateTime())
        .maximumMessageRatePerSecond(r.maximumMessageRatePerSecond())
        .maximumMessageLength(r.maximumMessageLength()).messageReviewHandler(handler(r))
        .tags(r.tags()).loggingConfigurationIdentifiers(r.loggingConfigurationIdentifiers());
  }

  /**
   * GetRoom.
   *
   * @param r the room
   * @return the builder
   */
  public static GetRoomResponse.Builder getRoom(Room r) {
    return GetRoomResponse.builder().arn(r.arn()).id(r.id()).name(r.name())
        .createTime(r.createTime()).updateTime(r.updateTime())
        .maximumMessageRatePerSecond(r.maximumMessageRatePerSecond())
        .maximumMessageLength(r.maximumMessageLength()).messageReviewHandler(handler(r))
        .tags(r.tags()).loggingConfigurationIdentifiers(r.loggingConfigurationIdentifiers());
  }

  /**
   * UpdateRoom.
   *
   * @param r the room
   * @return the builder
   */
  public static UpdateRoomResponse.Builder updateRoom(Room r) {
    return UpdateRoomResponse.builder().arn(r.arn()).id(r.id()).name(r.name())
        .createTime(r.createTime()).updateTime(r.updateTime())
        .maximumMessageRatePerSecond(r.maximumMessageRatePerSecond())
        .maximumMessageLength(r.maximumMessageLength()).messageReviewHandler(handler(r))
        .tags(r.tags()).loggingConfigurationIdentifiers(r.loggingConfigurationIdentifiers());
  }

  /**
   * DeleteRoom (204, no body).
   *
   * @param none nothing
   * @return the builder
   */
  public static DeleteRoomResponse.Builder deleteRoom(Void none) {
    return DeleteRoomResponse.builder();
  }

  /**
   * ListRooms: room summaries, which carry no message rate or length.
   *
   * @param page the page
   * @return the builder
   */
  public static ListRoomsResponse.Builder listRooms(Page<Room> page) {
    List<RoomSummary> rooms = new ArrayList<>(page.items().size());
    for (Room r : page.items()) {
      rooms.add(RoomSummaries.of(r, V2Responses::summary));
    }
    return ListRoomsResponse.builder().rooms(rooms).nextToken(page.nextToken());
  }

  private static RoomSummary summary(Room r) {
    return RoomSummary.builder().arn(r.arn()).id(r.id()).name(r.name())
        .messageReviewHandler(handler(r)).createTime(r.createTime()).updateTime(r.updateTime())
        .tags(r.tags()).loggingConfigurationIdentifiers(r.loggingConfigurationIdentifiers())
        .build();
  }

  /**
   * CreateLoggingConfiguration.
   *
   * @param c the configuration
   * @return the builder
   */
  public static CreateLoggingConfigurationResponse.Builder createLoggingConfiguration(
      LoggingConfiguration c) {
    return CreateLoggingConfigurationResponse.builder().arn(c.arn()).id(c.id())
        .createTime(c.createTime()).updateTime(c.updateTime()).name(c.name())
        .destinationConfiguration(destination(c.destination())).state(c.state()).tags(c.tags());
  }

  /**
   * GetLoggingConfiguration.
   *
   * @param c the configuration
   * @return the builder
   */
  public static GetLoggingConfigurationResponse.Builder getLoggingConfiguration(
      LoggingConfiguration c) {
    return GetLoggingConfigurationResponse.builder().arn(c.arn()).id(c.id())
        .createTime(c.createTime()).updateTime(c.updateTime()).name(c.name())
        .destinationConfiguration(destination(c.destination())).state(c.state()).tags(c.tags());
  }

  /**
   * UpdateLoggingConfiguration.
   *
   * @param c the configuration
   * @return the builder
   */
  public static UpdateLoggingConfigurationResponse.Builder updateLoggingConfiguration(
      LoggingConfiguration c) {
    return UpdateLoggingConfigurationResponse.builder().arn(c.arn()).id(c.id())
        .createTime(c.createTime()).updateTime(c.updateTime()).name(c.name())
        .destinationConfiguration(destination(c.destination())).state(c.state()).tags(c.tags());
  }

  /**
   * DeleteLoggingConfiguration (204, no body).
   *
   * @param none nothing
   * @return the builder
   */
  public static DeleteLoggingConfigurationResponse.Builder deleteLoggingConfiguration(Void none) {
    return DeleteLoggingConfigurationResponse.builder();
  }

  /**
   * ListLoggingConfigurations.
   *
   * @param page the page
   * @return the builder
   */
  public static ListLoggingConfigurationsResponse.Builder listLoggingConfigurations(
      Page<LoggingConfiguration> page) {
    List<LoggingConfigurationSummary> items = page.items().stream()
        .map(c -> LoggingConfigurationSummary.builder().arn(c.arn()).id(c.id())
            .createTime(c.createTime()).updateTime(c.updateTime()).name(c.name())
            .destinationConfiguration(destination(c.destination())).state(c.state())
            .tags(c.tags()).build())
        .toList();
    return ListLoggingConfigurationsResponse.builder().loggingConfigurations(items)
        .nextToken(page.nextToken());
  }

  /**
   * CreateChatToken.
   *
   * @param t the token
   * @return the builder
   */
  public static CreateChatTokenResponse.Builder createChatToken(ChatToken t) {
    return CreateChatTokenResponse.builder().token(t.token())
        .tokenExpirationTime(t.tokenExpirationTime())
        .sessionExpirationTime(t.sessionExpirationTime());
  }

  /**
   * SendEvent: the event's id.
   *
   * @param e the event sent
   * @return the builder
   */
  public static SendEventResponse.Builder sendEvent(SentEvent e) {
    return SendEventResponse.builder().id(e.id());
  }

  /**
   * DeleteMessage: the id of the {@code aws:DELETE_MESSAGE} event.
   *
   * @param e the event sent
   * @return the builder
   */
  public static DeleteMessageResponse.Builder deleteMessage(SentEvent e) {
    return DeleteMessageResponse.builder().id(e.id());
  }

  /**
   * DisconnectUser (empty output).
   *
   * @param e the event sent
   * @return the builder
   */
  public static DisconnectUserResponse.Builder disconnectUser(SentEvent e) {
    return DisconnectUserResponse.builder();
  }

  /**
   * TagResource (empty output).
   *
   * @param none nothing
   * @return the builder
   */
  public static TagResourceResponse.Builder tagResource(Void none) {
    return TagResourceResponse.builder();
  }

  /**
   * UntagResource (empty output).
   *
   * @param none nothing
   * @return the builder
   */
  public static UntagResourceResponse.Builder untagResource(Void none) {
    return UntagResourceResponse.builder();
  }

  /**
   * ListTagsForResource.
   *
   * @param tags the tags
   * @return the builder
   */
  public static ListTagsForResourceResponse.Builder listTagsForResource(Map<String, String> tags) {
    return ListTagsForResourceResponse.builder().tags(tags);
  }

  private static MessageReviewHandler handler(Room r) {
    return r.messageReviewHandler().map(h -> MessageReviewHandler.builder().uri(h.uri())
        .fallbackResult(h.fallbackResult()).build()).orElse(null);
  }

  private static DestinationConfiguration destination(Destination d) {
    return switch (d.kind()) {
      case S3 -> DestinationConfiguration.fromS3(s -> s.bucketName(d.name()));
      case CLOUD_WATCH_LOGS ->
          DestinationConfiguration.fromCloudWatchLogs(c -> c.logGroupName(d.name()));
      case FIREHOSE -> DestinationConfiguration.fromFirehose(f -> f.deliveryStreamName(d.name()));
    };
  }
}
