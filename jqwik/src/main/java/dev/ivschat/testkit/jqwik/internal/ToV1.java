package dev.ivschat.testkit.jqwik.internal;

import com.amazonaws.services.ivschat.model.CloudWatchLogsDestinationConfiguration;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteMessageRequest;
import com.amazonaws.services.ivschat.model.DestinationConfiguration;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.FirehoseDestinationConfiguration;
import com.amazonaws.services.ivschat.model.MessageReviewHandler;
import com.amazonaws.services.ivschat.model.S3DestinationConfiguration;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.UpdateRoomRequest;
import dev.ivschat.testkit.IvsChatRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates the generated neutral records into new SDK v1 request beans, member for member: an
 * absent member stays unset (null), and every collection is a new mutable copy, so a test may
 * change what it gets. Loaded only by the v1 classes, so only when the v1 SDK is present.
 */
public final class ToV1 {
  private ToV1() {
  }

  /**
   * CreateRoom.
   *
   * @param r the record
   * @return a new request
   */
  public static CreateRoomRequest createRoom(IvsChatRequest.CreateRoom r) {
    return new CreateRoomRequest().withName(r.name())
        .withMaximumMessageRatePerSecond(r.maximumMessageRatePerSecond())
        .withMaximumMessageLength(r.maximumMessageLength())
        .withMessageReviewHandler(handler(r.messageReviewHandler())).withTags(map(r.tags()))
        .withLoggingConfigurationIdentifiers(list(r.loggingConfigurationIdentifiers()));
  }

  /**
   * UpdateRoom.
   *
   * @param r the record
   * @return a new request
   */
  public static UpdateRoomRequest updateRoom(IvsChatRequest.UpdateRoom r) {
    return new UpdateRoomRequest().withIdentifier(r.identifier()).withName(r.name())
        .withMaximumMessageRatePerSecond(r.maximumMessageRatePerSecond())
        .withMaximumMessageLength(r.maximumMessageLength())
        .withMessageReviewHandler(handler(r.messageReviewHandler()))
        .withLoggingConfigurationIdentifiers(list(r.loggingConfigurationIdentifiers()));
  }

  /**
   * CreateChatToken.
   *
   * @param r the record
   * @return a new request
   */
  public static CreateChatTokenRequest createChatToken(IvsChatRequest.CreateChatToken r) {
    return new CreateChatTokenRequest().withRoomIdentifier(r.roomIdentifier())
        .withUserId(r.userId()).withCapabilities(list(r.capabilities()))
        .withSessionDurationInMinutes(r.sessionDurationInMinutes())
        .withAttributes(map(r.attributes()));
  }

  /**
   * SendEvent.
   *
   * @param r the record
   * @return a new request
   */
  public static SendEventRequest sendEvent(IvsChatRequest.SendEvent r) {
    return new SendEventRequest().withRoomIdentifier(r.roomIdentifier())
        .withEventName(r.eventName()).withAttributes(map(r.attributes()));
  }

  /**
   * DeleteMessage.
   *
   * @param r the record
   * @return a new request
   */
  public static DeleteMessageRequest deleteMessage(IvsChatRequest.DeleteMessage r) {
    return new DeleteMessageRequest().withRoomIdentifier(r.roomIdentifier()).withId(r.id())
        .withReason(r.reason());
  }

  /**
   * DisconnectUser.
   *
   * @param r the record
   * @return a new request
   */
  public static DisconnectUserRequest disconnectUser(IvsChatRequest.DisconnectUser r) {
    return new DisconnectUserRequest().withRoomIdentifier(r.roomIdentifier())
        .withUserId(r.userId()).withReason(r.reason());
  }

  /**
   * CreateLoggingConfiguration.
   *
   * @param r the record
   * @return a new request
   */
  public static CreateLoggingConfigurationRequest createLoggingConfiguration(
      IvsChatRequest.CreateLoggingConfiguration r) {
    return new CreateLoggingConfigurationRequest().withName(r.name())
        .withDestinationConfiguration(destination(r.destinationConfiguration()))
        .withTags(map(r.tags()));
  }

  /**
   * A message review handler.
   *
   * @param h the record, or null
   * @return a new handler, or null
   */
  public static MessageReviewHandler handler(IvsChatRequest.MessageReviewHandler h) {
    return h == null ? null
        : new MessageReviewHandler().withUri(h.uri()).withFallbackResult(h.fallbackResult());
  }

  /**
   * A logging destination; each of its three members is set when the record sets it.
   *
   * @param d the record, or null
   * @return a new destination, or null
   */
  public static DestinationConfiguration destination(IvsChatRequest.DestinationConfiguration d) {
    if (d == null) {
      return null;
    }
    return new DestinationConfiguration()
        .withS3(d.s3() == null ? null
            : new S3DestinationConfiguration().withBucketName(d.s3().bucketName()))
        .withCloudWatchLogs(d.cloudWatchLogs() == null ? null
            : new CloudWatchLogsDestinationConfiguration()
                .withLogGroupName(d.cloudWatchLogs().logGroupName()))
        .withFirehose(d.firehose() == null ? null
            : new FirehoseDestinationConfiguration()
                .withDeliveryStreamName(d.firehose().deliveryStreamName()));
  }

  private static Map<String, String> map(Map<String, String> map) {
    return map == null ? null : new LinkedHashMap<>(map);
  }

  private static List<String> list(List<String> list) {
    return list == null ? null : new ArrayList<>(list);
  }
}
