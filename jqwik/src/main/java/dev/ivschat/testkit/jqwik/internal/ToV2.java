package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.IvsChatRequest;
import software.amazon.awssdk.services.ivschat.model.CloudWatchLogsDestinationConfiguration;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenRequest;
import software.amazon.awssdk.services.ivschat.model.CreateLoggingConfigurationRequest;
import software.amazon.awssdk.services.ivschat.model.CreateRoomRequest;
import software.amazon.awssdk.services.ivschat.model.DeleteMessageRequest;
import software.amazon.awssdk.services.ivschat.model.DestinationConfiguration;
import software.amazon.awssdk.services.ivschat.model.DisconnectUserRequest;
import software.amazon.awssdk.services.ivschat.model.FirehoseDestinationConfiguration;
import software.amazon.awssdk.services.ivschat.model.MessageReviewHandler;
import software.amazon.awssdk.services.ivschat.model.S3DestinationConfiguration;
import software.amazon.awssdk.services.ivschat.model.SendEventRequest;
import software.amazon.awssdk.services.ivschat.model.UpdateRoomRequest;

/**
 * Translates the generated neutral records into SDK v2 requests, member for member: an absent
 * member is not set on the builder (so a list or map stays the SDK's "not set" value), everything
 * else is set as it is, valid or not. Loaded only by the v2 classes, so only when the v2 SDK is
 * present.
 */
public final class ToV2 {
  private ToV2() {
  }

  /**
   * CreateRoom.
   *
   * @param r the record
   * @return the request
   */
  public static CreateRoomRequest createRoom(IvsChatRequest.CreateRoom r) {
    return CreateRoomRequest.builder().name(r.name())
        .maximumMessageRatePerSecond(r.maximumMessageRatePerSecond())
        .maximumMessageLength(r.maximumMessageLength())
        .messageReviewHandler(handler(r.messageReviewHandler())).tags(r.tags())
        .loggingConfigurationIdentifiers(r.loggingConfigurationIdentifiers()).build();
  }

  /**
   * UpdateRoom.
   *
   * @param r the record
   * @return the request
   */
  public static UpdateRoomRequest updateRoom(IvsChatRequest.UpdateRoom r) {
    return UpdateRoomRequest.builder().identifier(r.identifier()).name(r.name())
        .maximumMessageRatePerSecond(r.maximumMessageRatePerSecond())
        .maximumMessageLength(r.maximumMessageLength())
        .messageReviewHandler(handler(r.messageReviewHandler()))
        .loggingConfigurationIdentifiers(r.loggingConfigurationIdentifiers()).build();
  }

  /**
   * CreateChatToken; capabilities are set as strings, so values outside the enum stay as they are.
   *
   * @param r the record
   * @return the request
   */
  public static CreateChatTokenRequest createChatToken(IvsChatRequest.CreateChatToken r) {
    return CreateChatTokenRequest.builder().roomIdentifier(r.roomIdentifier()).userId(r.userId())
        .capabilitiesWithStrings(r.capabilities())
        .sessionDurationInMinutes(r.sessionDurationInMinutes()).attributes(r.attributes())
        .build();
  }

  /**
   * SendEvent.
   *
   * @param r the record
   * @return the request
   */
  public static SendEventRequest sendEvent(IvsChatRequest.SendEvent r) {
    return SendEventRequest.builder().roomIdentifier(r.roomIdentifier())
        .eventName(r.eventName()).attributes(r.attributes()).build();
  }

  /**
   * DeleteMessage.
   *
   * @param r the record
   * @return the request
   */
  public static DeleteMessageRequest deleteMessage(IvsChatRequest.DeleteMessage r) {
    return DeleteMessageRequest.builder().roomIdentifier(r.roomIdentifier()).id(r.id())
        .reason(r.reason()).build();
  }

  /**
   * DisconnectUser.
   *
   * @param r the record
   * @return the request
   */
  public static DisconnectUserRequest disconnectUser(IvsChatRequest.DisconnectUser r) {
    return DisconnectUserRequest.builder().roomIdentifier(r.roomIdentifier()).userId(r.userId())
        .reason(r.reason()).build();
  }

  /**
   * CreateLoggingConfiguration.
   *
   * @param r the record
   * @return the request
   */
  public static CreateLoggingConfigurationRequest createLoggingConfiguration(
      IvsChatRequest.CreateLoggingConfiguration r) {
    return CreateLoggingConfigurationRequest.builder().name(r.name())
        .destinationConfiguration(destination(r.destinationConfiguration())).tags(r.tags())
        .build();
  }

  /**
   * A message review handler; the fallback result is set as a string.
   *
   * @param h the record, or null
   * @return the handler, or null
   */
  public static MessageReviewHandler handler(IvsChatRequest.MessageReviewHandler h) {
    return h == null ? null
        : MessageReviewHandler.builder().uri(h.uri()).fallbackResult(h.fallbackResult()).build();
  }

  /**
   * A logging destination; each of its three members is set when the record sets it.
   *
   * @param d the record, or null
   * @return the destination, or null
   */
  public static DestinationConfiguration destination(IvsChatRequest.DestinationConfiguration d) {
    if (d == null) {
      return null;
    }
    return DestinationConfiguration.builder()
        .s3(d.s3() == null ? null
            : S3DestinationConfiguration.builder().bucketName(d.s3().bucketName()).build())
        .cloudWatchLogs(d.cloudWatchLogs() == null ? null
            : CloudWatchLogsDestinationConfiguration.builder()
                .logGroupName(d.cloudWatchLogs().logGroupName()).build())
        .firehose(d.firehose() == null ? null
            : FirehoseDestinationConfiguration.builder()
                .deliveryStreamName(d.firehose().deliveryStreamName()).build())
        .build();
  }
}
