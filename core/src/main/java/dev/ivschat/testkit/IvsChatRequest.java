package dev.ivschat.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The input of one IVS Chat operation, independent of any SDK: one immutable record per operation,
 * each knowing its {@link Operation} and, through {@code R}, the kind of its result.
 *
 * <p>Members the caller did not set are null, exactly as the request arrived; nothing is validated
 * here (the engine does that, as the service does), so lists and maps may hold null elements.
 * Collections are copied when a record is made and cannot be changed afterwards. Front doors
 * translate their SDK's requests into these records; the journal keeps them
 * ({@link Call#request()}) and fault predicates test them, whichever client made the call:
 *
 * <pre>{@code
 * fake.faults().on(Operation.CREATE_CHAT_TOKEN)
 *     .when(IvsChatRequest.CreateChatToken.class, r -> "mallory".equals(r.userId()))
 *     .fail(ServiceError.accessDenied());
 * }</pre>
 *
 * @param <R> the operation's SDK-neutral result: {@link Room}, {@link LoggingConfiguration},
 *     {@link ChatToken}, {@link SentEvent}, a {@link Page}, a tag map, or {@link Void} for
 *     operations that return nothing
 */
public sealed interface IvsChatRequest<R> {

  /**
   * The operation this request is the input of.
   *
   * @return the operation
   */
  Operation operation();

  /**
   * A review handler as requested on CreateRoom or UpdateRoom.
   *
   * @param uri the Lambda ARN; empty removes the handler on UpdateRoom
   * @param fallbackResult {@code ALLOW} or {@code DENY}
   */
  record MessageReviewHandler(String uri, String fallbackResult) {
  }

  /**
   * The destination union of a logging configuration; exactly one member must be set.
   *
   * @param s3 an S3 bucket, or null
   * @param cloudWatchLogs a CloudWatch Logs group, or null
   * @param firehose a Firehose delivery stream, or null
   */
  record DestinationConfiguration(S3 s3, CloudWatchLogs cloudWatchLogs, Firehose firehose) {
  }

  /**
   * An S3 destination.
   *
   * @param bucketName the bucket
   */
  record S3(String bucketName) {
  }

  /**
   * A CloudWatch Logs destination.
   *
   * @param logGroupName the log group
   */
  record CloudWatchLogs(String logGroupName) {
  }

  /**
   * A Firehose destination.
   *
   * @param deliveryStreamName the delivery stream
   */
  record Firehose(String deliveryStreamName) {
  }

  /**
   * CreateRoom.
   *
   * @param name the room name
   * @param maximumMessageRatePerSecond the message rate
   * @param maximumMessageLength the message length
   * @param messageReviewHandler the review handler
   * @param tags the tags
   * @param loggingConfigurationIdentifiers logging configuration ARNs
   */
  record CreateRoom(String name, Integer maximumMessageRatePerSecond,
      Integer maximumMessageLength, MessageReviewHandler messageReviewHandler,
      Map<String, String> tags, List<String> loggingConfigurationIdentifiers)
      implements IvsChatRequest<Room> {
    /**
     * Copies the collections.
     *
     * @param name name
     * @param maximumMessageRatePerSecond rate
     * @param maximumMessageLength length
     * @param messageReviewHandler handler
     * @param tags tags
     * @param loggingConfigurationIdentifiers logging configurations
     */
    public CreateRoom {
      tags = map(tags);
      loggingConfigurationIdentifiers = list(loggingConfigurationIdentifiers);
    }

    /**
     * A request with only a name.
     *
     * @param name the room name
     * @return the request
     */
    public static CreateRoom named(String name) {
      return new CreateRoom(name, null, null, null, null, null);
    }

    @Override
    public Operation operation() {
      return Operation.CREATE_ROOM;
    }
  }

  /**
   * GetRoom.
   *
   * @param identifier the room ARN
   */
  record GetRoom(String identifier) implements IvsChatRequest<Room> {
    @Override
    public Operation operation() {
      return Operation.GET_ROOM;
    }
  }

  /**
   * UpdateRoom: a partial update of the members that are set.
   *
   * @param identifier the room ARN
   * @param name the new name
   * @param maximumMessageRatePerSecond the new rate
   * @param maximumMessageLength the new length
   * @param messageReviewHandler the new handler ({@code uri} empty removes it)
   * @param loggingConfigurationIdentifiers the new list (empty clears it)
   */
  record UpdateRoom(String identifier, String name, Integer maximumMessageRatePerSecond,
      Integer maximumMessageLength, MessageReviewHandler messageReviewHandler,
      List<String> loggingConfigurationIdentifiers) implements IvsChatRequest<Room> {
    /**
     * Copies the collections.
     *
     * @param identifier identifier
     * @param name name
     * @param maximumMessageRatePerSecond rate
     * @param maximumMessageLength length
     * @param messageReviewHandler handler
     * @param loggingConfigurationIdentifiers logging configurations
     */
    public UpdateRoom {
      loggingConfigurationIdentifiers = list(loggingConfigurationIdentifiers);
    }

    @Override
    public Operation operation() {
      return Operation.UPDATE_ROOM;
    }
  }

  /**
   * DeleteRoom.
   *
   * @param identifier the room ARN
   */
  record DeleteRoom(String identifier) implements IvsChatRequest<Void> {
    @Override
    public Operation operation() {
      return Operation.DELETE_ROOM;
    }
  }

  /**
   * ListRooms.
   *
   * @param name exact name filter
   * @param nextToken the token of the previous page
   * @param maxResults page size
   * @param messageReviewHandlerUri handler filter
   * @param loggingConfigurationIdentifier logging configuration filter
   */
  record ListRooms(String name, String nextToken, Integer maxResults,
      String messageReviewHandlerUri, String loggingConfigurationIdentifier)
      implements IvsChatRequest<Page<Room>> {
    @Override
    public Operation operation() {
      return Operation.LIST_ROOMS;
    }
  }

  /**
   * CreateLoggingConfiguration.
   *
   * @param name the name
   * @param destinationConfiguration the destination
   * @param tags the tags
   */
  record CreateLoggingConfiguration(String name, DestinationConfiguration destinationConfiguration,
      Map<String, String> tags) implements IvsChatRequest<LoggingConfiguration> {
    /**
     * Copies the tags.
     *
     * @param name name
     * @param destinationConfiguration destination
     * @param tags tags
     */
    public CreateLoggingConfiguration {
      tags = map(tags);
    }

    @Override
    public Operation operation() {
      return Operation.CREATE_LOGGING_CONFIGURATION;
    }
  }

  /**
   * GetLoggingConfiguration.
   *
   * @param identifier the logging configuration ARN
   */
  record GetLoggingConfiguration(String identifier)
      implements IvsChatRequest<LoggingConfiguration> {
    @Override
    public Operation operation() {
      return Operation.GET_LOGGING_CONFIGURATION;
    }
  }

  /**
   * UpdateLoggingConfiguration: a partial update.
   *
   * @param identifier the logging configuration ARN
   * @param name the new name
   * @param destinationConfiguration the new destination
   */
  record UpdateLoggingConfiguration(String identifier, String name,
      DestinationConfiguration destinationConfiguration)
      implements IvsChatRequest<LoggingConfiguration> {
    @Override
    public Operation operation() {
      return Operation.UPDATE_LOGGING_CONFIGURATION;
    }
  }

  /**
   * DeleteLoggingConfiguration.
   *
   * @param identifier the logging configuration ARN
   */
  record DeleteLoggingConfiguration(String identifier) implements IvsChatRequest<Void> {
    @Override
    public Operation operation() {
      return Operation.DELETE_LOGGING_CONFIGURATION;
    }
  }

  /**
   * ListLoggingConfigurations.
   *
   * @param nextToken the token of the previous page
   * @param maxResults page size
   */
  record ListLoggingConfigurations(String nextToken, Integer maxResults)
      implements IvsChatRequest<Page<LoggingConfiguration>> {
    @Override
    public Operation operation() {
      return Operation.LIST_LOGGING_CONFIGURATIONS;
    }
  }

  /**
   * CreateChatToken.
   *
   * @param roomIdentifier the room ARN
   * @param userId the user
   * @param capabilities {@code SEND_MESSAGE}, {@code DISCONNECT_USER}, {@code DELETE_MESSAGE}
   * @param sessionDurationInMinutes the session length
   * @param attributes the user's attributes
   */
  record CreateChatToken(String roomIdentifier, String userId, List<String> capabilities,
      Integer sessionDurationInMinutes, Map<String, String> attributes)
      implements IvsChatRequest<ChatToken> {
    /**
     * Copies the collections.
     *
     * @param roomIdentifier room
     * @param userId user
     * @param capabilities capabilities
     * @param sessionDurationInMinutes session
     * @param attributes attributes
     */
    public CreateChatToken {
      capabilities = list(capabilities);
      attributes = map(attributes);
    }

    @Override
    public Operation operation() {
      return Operation.CREATE_CHAT_TOKEN;
    }
  }

  /**
   * SendEvent.
   *
   * @param roomIdentifier the room ARN
   * @param eventName the event name
   * @param attributes the attributes
   */
  record SendEvent(String roomIdentifier, String eventName, Map<String, String> attributes)
      implements IvsChatRequest<SentEvent> {
    /**
     * Copies the attributes.
     *
     * @param roomIdentifier room
     * @param eventName name
     * @param attributes attributes
     */
    public SendEvent {
      attributes = map(attributes);
    }

    @Override
    public Operation operation() {
      return Operation.SEND_EVENT;
    }
  }

  /**
   * DeleteMessage.
   *
   * @param roomIdentifier the room ARN
   * @param id the message id
   * @param reason why
   */
  record DeleteMessage(String roomIdentifier, String id, String reason)
      implements IvsChatRequest<SentEvent> {
    @Override
    public Operation operation() {
      return Operation.DELETE_MESSAGE;
    }
  }

  /**
   * DisconnectUser.
   *
   * @param roomIdentifier the room ARN
   * @param userId the user
   * @param reason why
   */
  record DisconnectUser(String roomIdentifier, String userId, String reason)
      implements IvsChatRequest<SentEvent> {
    @Override
    public Operation operation() {
      return Operation.DISCONNECT_USER;
    }
  }

  /**
   * TagResource.
   *
   * @param resourceArn a room or logging configuration ARN
   * @param tags the tags to add or replace
   */
  record TagResource(String resourceArn, Map<String, String> tags)
      implements IvsChatRequest<Void> {
    /**
     * Copies the tags.
     *
     * @param resourceArn resource
     * @param tags tags
     */
    public TagResource {
      tags = map(tags);
    }

    @Override
    public Operation operation() {
      return Operation.TAG_RESOURCE;
    }
  }

  /**
   * UntagResource.
   *
   * @param resourceArn a room or logging configuration ARN
   * @param tagKeys the keys to remove
   */
  record UntagResource(String resourceArn, List<String> tagKeys) implements IvsChatRequest<Void> {
    /**
     * Copies the keys.
     *
     * @param resourceArn resource
     * @param tagKeys keys
     */
    public UntagResource {
      tagKeys = list(tagKeys);
    }

    @Override
    public Operation operation() {
      return Operation.UNTAG_RESOURCE;
    }
  }

  /**
   * ListTagsForResource.
   *
   * @param resourceArn a room or logging configuration ARN
   */
  record ListTagsForResource(String resourceArn) implements IvsChatRequest<Map<String, String>> {
    @Override
    public Operation operation() {
      return Operation.LIST_TAGS_FOR_RESOURCE;
    }
  }

  /** An unmodifiable copy keeping null elements (so validation can report them); null stays null. */
  private static List<String> list(Collection<String> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** An unmodifiable copy in iteration order, keeping null keys and values; null stays null. */
  private static Map<String, String> map(Map<String, String> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
