package dev.ivschat.testkit.internal.v1;

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
import dev.ivschat.testkit.internal.engine.Copies;
import dev.ivschat.testkit.internal.engine.Inputs;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Translates v1 requests into engine inputs, and makes the deep copies the journal keeps. Both
 * read the caller's request once, so nothing the caller changes later reaches the fake.
 */
public final class V1Requests {
  private V1Requests() {
  }

  /**
   * Engine input of CreateRoom.
   *
   * @param r the request
   * @return the input
   */
  public static Inputs.CreateRoom input(CreateRoomRequest r) {
    return new Inputs.CreateRoom(r.getName(), r.getMaximumMessageRatePerSecond(),
        r.getMaximumMessageLength(), handler(r.getMessageReviewHandler()), Copies.map(r.getTags()),
        Copies.list(r.getLoggingConfigurationIdentifiers()));
  }

  /**
   * Engine input of UpdateRoom.
   *
   * @param r the request
   * @return the input
   */
  public static Inputs.UpdateRoom input(UpdateRoomRequest r) {
    return new Inputs.UpdateRoom(r.getIdentifier(), r.getName(),
        r.getMaximumMessageRatePerSecond(), r.getMaximumMessageLength(),
        handler(r.getMessageReviewHandler()), Copies.list(r.getLoggingConfigurationIdentifiers()));
  }

  /**
   * Engine input of ListRooms.
   *
   * @param r the request
   * @return the input
   */
  public static Inputs.ListRooms input(ListRoomsRequest r) {
    return new Inputs.ListRooms(r.getName(), r.getNextToken(), r.getMaxResults(),
        r.getMessageReviewHandlerUri(), r.getLoggingConfigurationIdentifier());
  }

  /**
   * Engine input of CreateLoggingConfiguration.
   *
   * @param r the request
   * @return the input
   */
  public static Inputs.CreateLoggingConfiguration input(CreateLoggingConfigurationRequest r) {
    return new Inputs.CreateLoggingConfiguration(r.getName(),
        destination(r.getDestinationConfiguration()), Copies.map(r.getTags()));
  }

  /**
   * Engine input of UpdateLoggingConfiguration.
   *
   * @param r the request
   * @return the input
   */
  public static Inputs.UpdateLoggingConfiguration input(UpdateLoggingConfigurationRequest r) {
    return new Inputs.UpdateLoggingConfiguration(r.getIdentifier(), r.getName(),
        destination(r.getDestinationConfiguration()));
  }

  /**
   * Engine input of CreateChatToken.
   *
   * @param r the request
   * @return the input
   */
  public static Inputs.CreateChatToken input(CreateChatTokenRequest r) {
    return new Inputs.CreateChatToken(r.getRoomIdentifier(), r.getUserId(),
        Copies.list(r.getCapabilities()), r.getSessionDurationInMinutes(),
        Copies.map(r.getAttributes()));
  }

  /**
   * Engine input of SendEvent.
   *
   * @param r the request
   * @return the input
   */
  public static Inputs.SendEvent input(SendEventRequest r) {
    return new Inputs.SendEvent(r.getRoomIdentifier(), r.getEventName(),
        Copies.map(r.getAttributes()));
  }

  /**
   * Engine input of TagResource.
   *
   * @param r the request
   * @return the input
   */
  public static Inputs.TagResource input(TagResourceRequest r) {
    return new Inputs.TagResource(r.getResourceArn(), Copies.map(r.getTags()));
  }

  /**
   * Engine input of UntagResource.
   *
   * @param r the request
   * @return the input
   */
  public static Inputs.UntagResource input(UntagResourceRequest r) {
    return new Inputs.UntagResource(r.getResourceArn(), Copies.list(r.getTagKeys()));
  }

  // Deep copies for the journal: the SDK's clone() is shallow, so collections and nested beans
  // are copied again.

  /**
   * A deep copy.
   *
   * @param r the request
   * @return the copy
   */
  public static CreateRoomRequest copy(CreateRoomRequest r) {
    CreateRoomRequest c = r.clone();
    c.setMessageReviewHandler(copy(r.getMessageReviewHandler()));
    c.setTags(mapCopy(r.getTags()));
    c.setLoggingConfigurationIdentifiers(r.getLoggingConfigurationIdentifiers());
    return c;
  }

  /**
   * A deep copy.
   *
   * @param r the request
   * @return the copy
   */
  public static UpdateRoomRequest copy(UpdateRoomRequest r) {
    UpdateRoomRequest c = r.clone();
    c.setMessageReviewHandler(copy(r.getMessageReviewHandler()));
    c.setLoggingConfigurationIdentifiers(r.getLoggingConfigurationIdentifiers());
    return c;
  }

  /**
   * A copy.
   *
   * @param r the request
   * @return the copy
   */
  public static GetRoomRequest copy(GetRoomRequest r) {
    return r.clone();
  }

  /**
   * A copy.
   *
   * @param r the request
   * @return the copy
   */
  public static DeleteRoomRequest copy(DeleteRoomRequest r) {
    return r.clone();
  }

  /**
   * A copy.
   *
   * @param r the request
   * @return the copy
   */
  public static ListRoomsRequest copy(ListRoomsRequest r) {
    return r.clone();
  }

  /**
   * A deep copy.
   *
   * @param r the request
   * @return the copy
   */
  public static CreateLoggingConfigurationRequest copy(CreateLoggingConfigurationRequest r) {
    CreateLoggingConfigurationRequest c = r.clone();
    c.setDestinationConfiguration(copy(r.getDestinationConfiguration()));
    c.setTags(mapCopy(r.getTags()));
    return c;
  }

  /**
   * A deep copy.
   *
   * @param r the request
   * @return the copy
   */
  public static UpdateLoggingConfigurationRequest copy(UpdateLoggingConfigurationRequest r) {
    UpdateLoggingConfigurationRequest c = r.clone();
    c.setDestinationConfiguration(copy(r.getDestinationConfiguration()));
    return c;
  }

  /**
   * A copy.
   *
   * @param r the request
   * @return the copy
   */
  public static GetLoggingConfigurationRequest copy(GetLoggingConfigurationRequest r) {
    return r.clone();
  }

  /**
   * A copy.
   *
   * @param r the request
   * @return the copy
   */
  public static DeleteLoggingConfigurationRequest copy(DeleteLoggingConfigurationRequest r) {
    return r.clone();
  }

  /**
   * A copy.
   *
   * @param r the request
   * @return the copy
   */
  public static ListLoggingConfigurationsRequest copy(ListLoggingConfigurationsRequest r) {
    return r.clone();
  }

  /**
   * A deep copy.
   *
   * @param r the request
   * @return the copy
   */
  public static CreateChatTokenRequest copy(CreateChatTokenRequest r) {
    CreateChatTokenRequest c = r.clone();
    c.setCapabilities(r.getCapabilities());
    c.setAttributes(mapCopy(r.getAttributes()));
    return c;
  }

  /**
   * A deep copy.
   *
   * @param r the request
   * @return the copy
   */
  public static SendEventRequest copy(SendEventRequest r) {
    SendEventRequest c = r.clone();
    c.setAttributes(mapCopy(r.getAttributes()));
    return c;
  }

  /**
   * A copy.
   *
   * @param r the request
   * @return the copy
   */
  public static DeleteMessageRequest copy(DeleteMessageRequest r) {
    return r.clone();
  }

  /**
   * A copy.
   *
   * @param r the request
   * @return the copy
   */
  public static DisconnectUserRequest copy(DisconnectUserRequest r) {
    return r.clone();
  }

  /**
   * A deep copy.
   *
   * @param r the request
   * @return the copy
   */
  public static TagResourceRequest copy(TagResourceRequest r) {
    TagResourceRequest c = r.clone();
    c.setTags(mapCopy(r.getTags()));
    return c;
  }

  /**
   * A deep copy.
   *
   * @param r the request
   * @return the copy
   */
  public static UntagResourceRequest copy(UntagResourceRequest r) {
    UntagResourceRequest c = r.clone();
    c.setTagKeys(r.getTagKeys());
    return c;
  }

  /**
   * A copy.
   *
   * @param r the request
   * @return the copy
   */
  public static ListTagsForResourceRequest copy(ListTagsForResourceRequest r) {
    return r.clone();
  }

  private static Inputs.Handler handler(MessageReviewHandler h) {
    return h == null ? null : new Inputs.Handler(h.getUri(), h.getFallbackResult());
  }

  private static Inputs.DestinationInput destination(DestinationConfiguration d) {
    if (d == null) {
      return null;
    }
    return new Inputs.DestinationInput(
        d.getS3() == null ? null : new Inputs.Slot(d.getS3().getBucketName()),
        d.getCloudWatchLogs() == null ? null
            : new Inputs.Slot(d.getCloudWatchLogs().getLogGroupName()),
        d.getFirehose() == null ? null
            : new Inputs.Slot(d.getFirehose().getDeliveryStreamName()));
  }

  private static MessageReviewHandler copy(MessageReviewHandler h) {
    return h == null ? null : h.clone();
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

  private static Map<String, String> mapCopy(Map<String, String> map) {
    return map == null ? null : new LinkedHashMap<>(map);
  }
}
