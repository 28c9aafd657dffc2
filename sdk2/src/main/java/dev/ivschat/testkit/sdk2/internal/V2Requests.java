package dev.ivschat.testkit.sdk2.internal;

import dev.ivschat.testkit.IvsChatRequest;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenRequest;
import software.amazon.awssdk.services.ivschat.model.CreateLoggingConfigurationRequest;
import software.amazon.awssdk.services.ivschat.model.CreateRoomRequest;
import software.amazon.awssdk.services.ivschat.model.DeleteLoggingConfigurationRequest;
import software.amazon.awssdk.services.ivschat.model.DeleteMessageRequest;
import software.amazon.awssdk.services.ivschat.model.DeleteRoomRequest;
import software.amazon.awssdk.services.ivschat.model.DestinationConfiguration;
import software.amazon.awssdk.services.ivschat.model.DisconnectUserRequest;
import software.amazon.awssdk.services.ivschat.model.GetLoggingConfigurationRequest;
import software.amazon.awssdk.services.ivschat.model.GetRoomRequest;
import software.amazon.awssdk.services.ivschat.model.ListLoggingConfigurationsRequest;
import software.amazon.awssdk.services.ivschat.model.ListRoomsRequest;
import software.amazon.awssdk.services.ivschat.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.ivschat.model.MessageReviewHandler;
import software.amazon.awssdk.services.ivschat.model.SendEventRequest;
import software.amazon.awssdk.services.ivschat.model.TagResourceRequest;
import software.amazon.awssdk.services.ivschat.model.UntagResourceRequest;
import software.amazon.awssdk.services.ivschat.model.UpdateLoggingConfigurationRequest;
import software.amazon.awssdk.services.ivschat.model.UpdateRoomRequest;

/**
 * Translates v2 requests into the SDK-neutral request records: members the caller did not set
 * (null, or the SDK's auto-constructed empty list or map) become null, enums are passed as the
 * strings the client would send, and collections are reduced to what the marshaller puts on the
 * wire ({@link V2Marshalling}).
 */
public final class V2Requests {
  private V2Requests() {
  }

  /**
   * CreateRoom.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.CreateRoom createRoom(CreateRoomRequest r) {
    return new IvsChatRequest.CreateRoom(r.name(), r.maximumMessageRatePerSecond(),
        r.maximumMessageLength(), handler(r.messageReviewHandler()),
        V2Marshalling.bodyMap(r.hasTags() ? r.tags() : null),
        r.hasLoggingConfigurationIdentifiers() ? r.loggingConfigurationIdentifiers() : null);
  }

  /**
   * GetRoom.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.GetRoom getRoom(GetRoomRequest r) {
    return new IvsChatRequest.GetRoom(r.identifier());
  }

  /**
   * UpdateRoom.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.UpdateRoom updateRoom(UpdateRoomRequest r) {
    return new IvsChatRequest.UpdateRoom(r.identifier(), r.name(),
        r.maximumMessageRatePerSecond(), r.maximumMessageLength(),
        handler(r.messageReviewHandler()),
        r.hasLoggingConfigurationIdentifiers() ? r.loggingConfigurationIdentifiers() : null);
  }

  /**
   * DeleteRoom.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.DeleteRoom deleteRoom(DeleteRoomRequest r) {
    return new IvsChatRequest.DeleteRoom(r.identifier());
  }

  /**
   * ListRooms.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.ListRooms listRooms(ListRoomsRequest r) {
    return new IvsChatRequest.ListRooms(r.name(), r.nextToken(), r.maxResults(),
        r.messageReviewHandlerUri(), r.loggingConfigurationIdentifier());
  }

  /**
   * CreateLoggingConfiguration.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.CreateLoggingConfiguration createLoggingConfiguration(
      CreateLoggingConfigurationRequest r) {
    return new IvsChatRequest.CreateLoggingConfiguration(r.name(),
        destination(r.destinationConfiguration()),
        V2Marshalling.bodyMap(r.hasTags() ? r.tags() : null));
  }

  /**
   * GetLoggingConfiguration.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.GetLoggingConfiguration getLoggingConfiguration(
      GetLoggingConfigurationRequest r) {
    return new IvsChatRequest.GetLoggingConfiguration(r.identifier());
  }

  /**
   * UpdateLoggingConfiguration.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.UpdateLoggingConfiguration updateLoggingConfiguration(
      UpdateLoggingConfigurationRequest r) {
    return new IvsChatRequest.UpdateLoggingConfiguration(r.identifier(), r.name(),
        destination(r.destinationConfiguration()));
  }

  /**
   * DeleteLoggingConfiguration.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.DeleteLoggingConfiguration deleteLoggingConfiguration(
      DeleteLoggingConfigurationRequest r) {
    return new IvsChatRequest.DeleteLoggingConfiguration(r.identifier());
  }

  /**
   * ListLoggingConfigurations.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.ListLoggingConfigurations listLoggingConfigurations(
      ListLoggingConfigurationsRequest r) {
    return new IvsChatRequest.ListLoggingConfigurations(r.nextToken(), r.maxResults());
  }

  /**
   * CreateChatToken; capabilities are passed as the strings sent, so values unknown to the SDK
   * reach the engine's validation as they would reach the service.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.CreateChatToken createChatToken(CreateChatTokenRequest r) {
    return new IvsChatRequest.CreateChatToken(r.roomIdentifier(), r.userId(),
        r.hasCapabilities() ? r.capabilitiesAsStrings() : null, r.sessionDurationInMinutes(),
        V2Marshalling.bodyMap(r.hasAttributes() ? r.attributes() : null));
  }

  /**
   * SendEvent.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.SendEvent sendEvent(SendEventRequest r) {
    return new IvsChatRequest.SendEvent(r.roomIdentifier(), r.eventName(),
        V2Marshalling.bodyMap(r.hasAttributes() ? r.attributes() : null));
  }

  /**
   * DeleteMessage.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.DeleteMessage deleteMessage(DeleteMessageRequest r) {
    return new IvsChatRequest.DeleteMessage(r.roomIdentifier(), r.id(), r.reason());
  }

  /**
   * DisconnectUser.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.DisconnectUser disconnectUser(DisconnectUserRequest r) {
    return new IvsChatRequest.DisconnectUser(r.roomIdentifier(), r.userId(), r.reason());
  }

  /**
   * TagResource ({@code resourceArn} is a path label the client checks).
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.TagResource tagResource(TagResourceRequest r) {
    return new IvsChatRequest.TagResource(V2Marshalling.pathLabel("resourceArn", r.resourceArn()),
        V2Marshalling.bodyMap(r.hasTags() ? r.tags() : null));
  }

  /**
   * UntagResource ({@code tagKeys} travels as a repeated query parameter).
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.UntagResource untagResource(UntagResourceRequest r) {
    return new IvsChatRequest.UntagResource(
        V2Marshalling.pathLabel("resourceArn", r.resourceArn()),
        V2Marshalling.queryList(r.hasTagKeys() ? r.tagKeys() : null));
  }

  /**
   * ListTagsForResource.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.ListTagsForResource listTagsForResource(
      ListTagsForResourceRequest r) {
    return new IvsChatRequest.ListTagsForResource(
        V2Marshalling.pathLabel("resourceArn", r.resourceArn()));
  }

  private static IvsChatRequest.MessageReviewHandler handler(MessageReviewHandler h) {
    return h == null ? null
        : new IvsChatRequest.MessageReviewHandler(h.uri(), h.fallbackResultAsString());
  }

  /** Every member of the union as sent: the client sends all that are set. */
  private static IvsChatRequest.DestinationConfiguration destination(DestinationConfiguration d) {
    if (d == null) {
      return null;
    }
    return new IvsChatRequest.DestinationConfiguration(
        d.s3() == null ? null : new IvsChatRequest.S3(d.s3().bucketName()),
        d.cloudWatchLogs() == null ? null
            : new IvsChatRequest.CloudWatchLogs(d.cloudWatchLogs().logGroupName()),
        d.firehose() == null ? null
            : new IvsChatRequest.Firehose(d.firehose().deliveryStreamName()));
  }
}
