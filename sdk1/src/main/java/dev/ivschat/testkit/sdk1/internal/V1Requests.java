package dev.ivschat.testkit.sdk1.internal;

import com.amazonaws.services.ivschat.model.CloudWatchLogsDestinationConfiguration;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.DeleteMessageRequest;
import com.amazonaws.services.ivschat.model.DeleteRoomRequest;
import com.amazonaws.services.ivschat.model.DestinationConfiguration;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.FirehoseDestinationConfiguration;
import com.amazonaws.services.ivschat.model.GetLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.ListLoggingConfigurationsRequest;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import com.amazonaws.services.ivschat.model.ListTagsForResourceRequest;
import com.amazonaws.services.ivschat.model.MessageReviewHandler;
import com.amazonaws.services.ivschat.model.S3DestinationConfiguration;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.TagResourceRequest;
import com.amazonaws.services.ivschat.model.UntagResourceRequest;
import com.amazonaws.services.ivschat.model.UpdateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.UpdateRoomRequest;
import dev.ivschat.testkit.IvsChatRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates v1 requests into the neutral request records, and makes the deep copies the journal
 * keeps. Copies are built member by member (not with the SDK's {@code clone()}, which is shallow
 * and keeps a reference to the caller's object as its clone source), so a copy shares nothing with
 * the caller's request.
 */
public final class V1Requests {
  private V1Requests() {
  }

  /**
   * CreateRoom.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.CreateRoom neutral(CreateRoomRequest r) {
    return new IvsChatRequest.CreateRoom(r.getName(), r.getMaximumMessageRatePerSecond(),
        r.getMaximumMessageLength(), handler(r.getMessageReviewHandler()), r.getTags(),
        r.getLoggingConfigurationIdentifiers());
  }

  /**
   * UpdateRoom.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.UpdateRoom neutral(UpdateRoomRequest r) {
    return new IvsChatRequest.UpdateRoom(r.getIdentifier(), r.getName(),
        r.getMaximumMessageRatePerSecond(), r.getMaximumMessageLength(),
        handler(r.getMessageReviewHandler()), r.getLoggingConfigurationIdentifiers());
  }

  /**
   * ListRooms.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.ListRooms neutral(ListRoomsRequest r) {
    return new IvsChatRequest.ListRooms(r.getName(), r.getNextToken(), r.getMaxResults(),
        r.getMessageReviewHandlerUri(), r.getLoggingConfigurationIdentifier());
  }

  /**
   * CreateLoggingConfiguration.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.CreateLoggingConfiguration neutral(
      CreateLoggingConfigurationRequest r) {
    return new IvsChatRequest.CreateLoggingConfiguration(r.getName(),
        destination(r.getDestinationConfiguration()), r.getTags());
  }

  /**
   * UpdateLoggingConfiguration.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.UpdateLoggingConfiguration neutral(
      UpdateLoggingConfigurationRequest r) {
    return new IvsChatRequest.UpdateLoggingConfiguration(r.getIdentifier(), r.getName(),
        destination(r.getDestinationConfiguration()));
  }

  /**
   * CreateChatToken.
   *
   * @param r the request
   * @return the neutral request
   */
  public static IvsChatRequest.CreateChatToken neutral(CreateChatTokenRequest r) {
    return new IvsChatRequest.CreateChatToken(r.getRoomIdentifier(), r.getUserId(),
        r.getCapabilities(), r.getSessionDurationInMinutes(), r.getAttributes());
  }

  // ---- deep copies for the journal ----

  /**
   * A deep copy.
   *
   * @param r the request
   * @return the copy
   */
  public static CreateRoomRequest copy(CreateRoomRequest r) {
    return new CreateRoomRequest().withName(r.getName())
        .withMaximumMessageRatePerSecond(r.getMaximumMessageRatePerSecond())
        .withMaximumMessageLength(r.getMaximumMessageLength())
        .withMessageReviewHandler(copy(r.getMessageReviewHandler())).withTags(map(r.getTags()))
        .withLoggingConfigurationIdentifiers(list(r.getLoggingConfigurationIdentifiers()));
  }

  /**
   * A deep copy.
   *
   * @param r the request
   * @return the copy
   */
  public static UpdateRoomRequest copy(UpdateRoomRequest r) {
    return new UpdateRoomRequest().withIdentifier(r.getIdentifier()).withName(r.getName())
        .withMaximumMessageRatePerSecond(r.getMaximumMessageRatePerSecond())
        .withMaximumMessageLength(r.getMaximumMessageLength())
        .withMessageReviewHandler(copy(r.getMessageReviewHandler()))
        .withLoggingConfigurationIdentifiers(list(r.getLoggingConfigurationIdentifiers()));
  }

  /**
   * A copy.
   *
   * @param r the request
   * @return the copy
   */
  public static GetRoomRequest copy(GetRoomRequest r) {
    return new GetRoomRequest().withIdentifier(r.getIdentifier());
  }

  /**
   * A copy.
   *
   * @param r the request
   * @return the copy
   */
  public static DeleteRoomRequest copy(DeleteRoomRequest r) {
    return new DeleteRoomRequest().withIdentifier(r.getIdentifier());
  }

  /**
   * A copy.
   *
   * @param r the request
   * @return the copy
   */
  public static ListRoomsRequest copy(ListRoomsRequest r) {
    return new ListRoomsRequest().withName(r.getName()).withNextToken(r.getNextToken())
        .withMaxResults(r.getMaxResults()).withMessageReviewHandlerUri(r.getMessageReviewHandlerUri())
        .withLoggingConfigurationIdentifier(r.getLoggingConfigurationIdentifier());
  }

  /**
   * A deep copy.
   *
   * @param r the request
   * @return the copy
   */
  public static CreateLoggingConfigurationRequest copy(CreateLoggingConfigurationRequest r) {
    return new CreateLoggingConfigurationRequest().withName(r.getName())
        .withDestinationConfiguration(copy(r.getDestinationConfiguration()))
        .withTags(map(r.getTags()));
  }

  /**
   * A deep copy.
   *
   * @param r the request
   * @return the copy
   */
  public static UpdateLoggingConfigurationRequest copy(UpdateLoggingConfigurationRequest r) {
    return new UpdateLoggingConfigurationRequest().withIdentifier(r.getIdentifier())
        .withName(r.getName())
        .withDestinationConfiguration(copy(r.getDestinationConfiguration()));
  }

  /**
   * A copy.
   *
   * @param r the request
   * @return the copy
   */
  public static GetLoggingConfigurationRequest copy(GetLoggingConfigurationRequest r) {
    return new GetLoggingConfigurationRequest().withIdentifier(r.getIdentifier());
  }

  /**
   * A copy.
   *
   * @param r the request
   * @return the copy
   */
  public static DeleteLoggingConfigurationRequest copy(DeleteLoggingConfigurationRequest r) {
    return new DeleteLoggingConfigurationRequest().withIdentifier(r.getIdentifier());
  }

  /**
   * A copy.
   *
   * @param r the request
   * @return the copy
   */
  public static ListLoggingConfigurationsRequest copy(ListLoggingConfigurationsRequest r) {
    return new ListLoggingConfigurationsRequest().withNextToken(r.getNextToken())
        .withMaxResults(r.getMaxResults());
  }

  /**
   * A deep copy.
   *
   * @param r the request
   * @return the copy
   */
  public static CreateChatTokenRequest copy(CreateChatTokenRequest r) {
    return new CreateChatTokenRequest().withRoomIdentifier(r.getRoomIdentifier())
        .withUserId(r.getUserId()).withCapabilities(list(r.getCapabilities()))
        .withSessionDurationInMinutes(r.getSessionDurationInMinutes())
        .withAttributes(map(r.getAttributes()));
  }

  /**
   * A deep copy.
   *
   * @param r the request
   * @return the copy
   */
  public static SendEventRequest copy(SendEventRequest r) {
    return new SendEventRequest().withRoomIdentifier(r.getRoomIdentifier())
        .withEventName(r.getEventName()).withAttributes(map(r.getAttributes()));
  }

  /**
   * A copy.
   *
   * @param r the request
   * @return the copy
   */
  public static DeleteMessageRequest copy(DeleteMessageRequest r) {
    return new DeleteMessageRequest().withRoomIdentifier(r.getRoomIdentifier()).withId(r.getId())
        .withReason(r.getReason());
  }

  /**
   * A copy.
   *
   * @param r the request
   * @return the copy
   */
  public static DisconnectUserRequest copy(DisconnectUserRequest r) {
    return new DisconnectUserRequest().withRoomIdentifier(r.getRoomIdentifier())
        .withUserId(r.getUserId()).withReason(r.getReason());
  }

  /**
   * A deep copy.
   *
   * @param r the request
   * @return the copy
   */
  public static TagResourceRequest copy(TagResourceRequest r) {
    return new TagResourceRequest().withResourceArn(r.getResourceArn()).withTags(map(r.getTags()));
  }

  /**
   * A deep copy.
   *
   * @param r the request
   * @return the copy
   */
  public static UntagResourceRequest copy(UntagResourceRequest r) {
    return new UntagResourceRequest().withResourceArn(r.getResourceArn())
        .withTagKeys(list(r.getTagKeys()));
  }

  /**
   * A copy.
   *
   * @param r the request
   * @return the copy
   */
  public static ListTagsForResourceRequest copy(ListTagsForResourceRequest r) {
    return new ListTagsForResourceRequest().withResourceArn(r.getResourceArn());
  }

  private static IvsChatRequest.MessageReviewHandler handler(MessageReviewHandler h) {
    return h == null ? null : new IvsChatRequest.MessageReviewHandler(h.getUri(),
        h.getFallbackResult());
  }

  private static IvsChatRequest.DestinationConfiguration destination(DestinationConfiguration d) {
    if (d == null) {
      return null;
    }
    return new IvsChatRequest.DestinationConfiguration(
        d.getS3() == null ? null : new IvsChatRequest.S3(d.getS3().getBucketName()),
        d.getCloudWatchLogs() == null ? null
            : new IvsChatRequest.CloudWatchLogs(d.getCloudWatchLogs().getLogGroupName()),
        d.getFirehose() == null ? null
            : new IvsChatRequest.Firehose(d.getFirehose().getDeliveryStreamName()));
  }

  private static MessageReviewHandler copy(MessageReviewHandler h) {
    return h == null ? null
        : new MessageReviewHandler().withUri(h.getUri()).withFallbackResult(h.getFallbackResult());
  }

  private static DestinationConfiguration copy(DestinationConfiguration d) {
    if (d == null) {
      return null;
    }
    return new DestinationConfiguration()
        .withS3(d.getS3() == null ? null : new S3DestinationConfiguration()
            .withBucketName(d.getS3().getBucketName()))
        .withCloudWatchLogs(d.getCloudWatchLogs() == null ? null
            : new CloudWatchLogsDestinationConfiguration()
                .withLogGroupName(d.getCloudWatchLogs().getLogGroupName()))
        .withFirehose(d.getFirehose() == null ? null : new FirehoseDestinationConfiguration()
            .withDeliveryStreamName(d.getFirehose().getDeliveryStreamName()));
  }

  private static Map<String, String> map(Map<String, String> map) {
    return map == null ? null : new LinkedHashMap<>(map);
  }

  private static List<String> list(List<String> list) {
    return list == null ? null : new ArrayList<>(list);
  }
}
