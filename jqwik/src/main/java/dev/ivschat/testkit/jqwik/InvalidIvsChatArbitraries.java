package dev.ivschat.testkit.jqwik;

import dev.ivschat.testkit.ChatRequest;
import dev.ivschat.testkit.IvsChatRequest.CreateChatToken;
import dev.ivschat.testkit.IvsChatRequest.CreateLoggingConfiguration;
import dev.ivschat.testkit.IvsChatRequest.CreateRoom;
import dev.ivschat.testkit.IvsChatRequest.DeleteMessage;
import dev.ivschat.testkit.IvsChatRequest.DestinationConfiguration;
import dev.ivschat.testkit.IvsChatRequest.DisconnectUser;
import dev.ivschat.testkit.IvsChatRequest.MessageReviewHandler;
import dev.ivschat.testkit.IvsChatRequest.SendEvent;
import dev.ivschat.testkit.IvsChatRequest.UpdateRoom;
import dev.ivschat.testkit.Quotas;
import dev.ivschat.testkit.jqwik.internal.Capabilities;
import dev.ivschat.testkit.jqwik.internal.ChatRequests;
import dev.ivschat.testkit.jqwik.internal.Destinations;
import dev.ivschat.testkit.jqwik.internal.Handlers;
import dev.ivschat.testkit.jqwik.internal.InvalidArns;
import dev.ivschat.testkit.jqwik.internal.InvalidMaps;
import dev.ivschat.testkit.jqwik.internal.LoggingRequests;
import dev.ivschat.testkit.jqwik.internal.MessagingRequests;
import dev.ivschat.testkit.jqwik.internal.Model;
import dev.ivschat.testkit.jqwik.internal.RoomRequests;
import dev.ivschat.testkit.jqwik.internal.Values;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;

/**
 * Just-invalid input: each value breaks exactly one constraint of one member, and says which
 * member ({@link Invalid#field()}, as the fake names it in a {@code ValidationException}'s field
 * list and in {@code ServiceError.fields()}) and how ({@link Invalid#violation()}). Get it from
 * {@link IvsChatArbitraries#invalid()}; the same requests as SDK objects come from
 * {@link IvsChatV1Arbitraries#invalid()} and {@link IvsChatV2Arbitraries#invalid()}.
 *
 * <pre>{@code
 * Arbitrary<Invalid<IvsChatRequest.CreateRoom>> bad =
 *     IvsChatArbitraries.invalid().createRoomRequests();
 * }</pre>
 *
 * <p>The ways to be wrong sit just past the boundaries (one character too long, one below the
 * range, 1025 bytes), and further out; a pattern is broken by one character it does not allow;
 * a required member is missing. A value on its own (a name, a map) is reported on the member that
 * usually carries it, named on each method; use {@link Invalid#withField(String)} to carry it
 * elsewhere.
 */
public final class InvalidIvsChatArbitraries {
  static final InvalidIvsChatArbitraries INSTANCE = new InvalidIvsChatArbitraries();

  private InvalidIvsChatArbitraries() {
  }

  /**
   * Room names too long or with a character outside {@code [a-zA-Z0-9-_]}.
   *
   * @return reported on {@code name}
   */
  public Arbitrary<Invalid<String>> roomNames() {
    return Values.invalidRoomNames();
  }

  /**
   * Logging-configuration names too long or with a character outside {@code [a-zA-Z0-9-_]}.
   *
   * @return reported on {@code name}
   */
  public Arbitrary<Invalid<String>> loggingConfigurationNames() {
    return Values.invalidLoggingConfigurationNames();
  }

  /**
   * Event names empty, too long or missing.
   *
   * @return reported on {@code eventName}
   */
  public Arbitrary<Invalid<String>> eventNames() {
    return Values.invalidText("eventName", Model.EVENT_NAME, true);
  }

  /**
   * User ids empty, too long or missing.
   *
   * @return reported on {@code userId}
   */
  public Arbitrary<Invalid<String>> userIds() {
    return Values.invalidText("userId", Model.USER_ID, true);
  }

  /**
   * Reasons empty or too long.
   *
   * @return reported on {@code reason}
   */
  public Arbitrary<Invalid<String>> reasons() {
    return Values.invalidText("reason", Model.REASON, false);
  }

  /**
   * Message ids of the wrong length, with a character outside {@code [a-zA-Z0-9]}, or missing.
   *
   * @return reported on {@code id}
   */
  public Arbitrary<Invalid<String>> messageIds() {
    return Values.invalidMessageIds();
  }

  /**
   * Tag keys that are empty, longer than 128 characters, or start with the reserved {@code aws:}
   * (in any case).
   *
   * @return reported on {@code tags}, the member whose keys they would be
   */
  public Arbitrary<Invalid<String>> tagKeys() {
    return InvalidMaps.tagKeys();
  }

  /**
   * Tag values longer than 256 characters.
   *
   * @return reported on {@code tags}, the member whose values they would be
   */
  public Arbitrary<Invalid<String>> tagValues() {
    return InvalidMaps.tagValues();
  }

  /**
   * Tag maps with more than 50 tags, or one bad entry: an empty or too long key, a too long value,
   * a key with the reserved {@code aws:} prefix.
   *
   * @return reported on {@code tags}
   */
  public Arbitrary<Invalid<Map<String, String>>> tagMaps() {
    return InvalidMaps.tags();
  }

  /**
   * Attribute maps of more than 1024 UTF-8 bytes (from 1025 on).
   *
   * @return reported on {@code attributes}
   */
  public Arbitrary<Invalid<Map<String, String>>> attributeMaps() {
    return InvalidMaps.attributes(Model.MAX_ATTRIBUTE_BYTES);
  }

  /**
   * Attribute maps over another limit, for a fake with other quotas.
   *
   * @param maxBytes the limit, at least 1
   * @return reported on {@code attributes}
   */
  public Arbitrary<Invalid<Map<String, String>>> attributeMaps(int maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1, but was " + maxBytes);
    }
    return InvalidMaps.attributes(maxBytes);
  }

  /**
   * Capability lists with one value that is not a capability.
   *
   * @return reported on {@code capabilities}
   */
  public Arbitrary<Invalid<List<String>>> capabilities() {
    return Capabilities.invalid();
  }

  /**
   * Session durations below 1 or above 180 minutes.
   *
   * @return reported on {@code sessionDurationInMinutes}
   */
  public Arbitrary<Invalid<Integer>> sessionDurations() {
    return MessagingRequests.invalidSessionDurations();
  }

  /**
   * Message rates below 1 or above 100.
   *
   * @return reported on {@code maximumMessageRatePerSecond}
   */
  public Arbitrary<Invalid<Integer>> maximumMessageRates() {
    return RoomRequests.invalidRates();
  }

  /**
   * Message lengths below 1 or above 500.
   *
   * @return reported on {@code maximumMessageLength}
   */
  public Arbitrary<Invalid<Integer>> maximumMessageLengths() {
    return RoomRequests.invalidLengths();
  }

  /**
   * Handlers whose uri is too long or not a Lambda function ARN, or whose fallback result is not
   * {@code ALLOW} or {@code DENY}.
   *
   * @return reported on {@code messageReviewHandler.uri} or
   *     {@code messageReviewHandler.fallbackResult}
   */
  public Arbitrary<Invalid<MessageReviewHandler>> messageReviewHandlers() {
    return Handlers.invalid();
  }

  /**
   * Destinations that set none or several of s3, cloudWatchLogs and firehose, or one with a name
   * that is missing, too short, too long or has a character its pattern does not allow.
   *
   * @return reported on {@code destinationConfiguration} or the bad name, e.g.
   *     {@code destinationConfiguration.s3.bucketName}
   */
  public Arbitrary<Invalid<DestinationConfiguration>> loggingDestinations() {
    return Destinations.invalid();
  }

  /**
   * Message review handler uris that are longer than 170 characters or not a Lambda function ARN.
   *
   * @return reported on {@code messageReviewHandler.uri}
   */
  public Arbitrary<Invalid<String>> lambdaArns() {
    return Handlers.invalidUris();
  }

  /**
   * Room identifiers that are not room ARNs: missing, empty, too long, a bare id, a
   * logging-configuration ARN, another partition, a bad character.
   *
   * @return reported on {@code roomIdentifier} (UpdateRoom calls it {@code identifier})
   */
  public Arbitrary<Invalid<String>> roomArns() {
    return InvalidArns.rooms("roomIdentifier");
  }

  /**
   * Logging-configuration identifiers that are not logging-configuration ARNs.
   *
   * @return reported on {@code identifier}
   */
  public Arbitrary<Invalid<String>> loggingConfigurationArns() {
    return InvalidArns.loggingConfigurations("identifier", true);
  }

  /**
   * CreateRoom requests wrong in one member: {@code name}, {@code maximumMessageRatePerSecond},
   * {@code maximumMessageLength}, {@code messageReviewHandler.*}, {@code tags} or
   * {@code loggingConfigurationIdentifiers}.
   *
   * @return the requests
   */
  public Arbitrary<Invalid<CreateRoom>> createRoomRequests() {
    return RoomRequests.invalidCreate();
  }

  /**
   * UpdateRoom requests wrong in one member: {@code identifier}, {@code name},
   * {@code maximumMessageRatePerSecond}, {@code maximumMessageLength},
   * {@code messageReviewHandler.*} or {@code loggingConfigurationIdentifiers}.
   *
   * @param roomArn the room the valid members refer to
   * @return the requests
   */
  public Arbitrary<Invalid<UpdateRoom>> updateRoomRequests(String roomArn) {
    return RoomRequests.invalidUpdate(roomArn);
  }

  /**
   * CreateChatToken requests wrong in one member: {@code roomIdentifier}, {@code userId},
   * {@code capabilities}, {@code sessionDurationInMinutes} or {@code attributes}.
   *
   * @param roomArn the room the valid members refer to
   * @return the requests
   */
  public Arbitrary<Invalid<CreateChatToken>> createChatTokenRequests(String roomArn) {
    return MessagingRequests.invalidCreateChatToken(roomArn);
  }

  /**
   * SendEvent requests wrong in one member: {@code roomIdentifier}, {@code eventName} or
   * {@code attributes}.
   *
   * @param roomArn the room the valid members refer to
   * @return the requests
   */
  public Arbitrary<Invalid<SendEvent>> sendEventRequests(String roomArn) {
    return MessagingRequests.invalidSendEvent(roomArn);
  }

  /**
   * DeleteMessage requests wrong in one member: {@code roomIdentifier}, {@code id} or
   * {@code reason}.
   *
   * @param roomArn the room the valid members refer to
   * @return the requests
   */
  public Arbitrary<Invalid<DeleteMessage>> deleteMessageRequests(String roomArn) {
    return MessagingRequests.invalidDeleteMessage(roomArn);
  }

  /**
   * DisconnectUser requests wrong in one member: {@code roomIdentifier}, {@code userId} or
   * {@code reason}.
   *
   * @param roomArn the room the valid members refer to
   * @return the requests
   */
  public Arbitrary<Invalid<DisconnectUser>> disconnectUserRequests(String roomArn) {
    return MessagingRequests.invalidDisconnectUser(roomArn);
  }

  /**
   * CreateLoggingConfiguration requests wrong in one member: {@code name},
   * {@code destinationConfiguration} (missing, none or several set), a destination's name, or
   * {@code tags}.
   *
   * @return the requests
   */
  public Arbitrary<Invalid<CreateLoggingConfiguration>>
      createLoggingConfigurationRequests() {
    return LoggingRequests.invalidCreate();
  }

  /**
   * Chat message contents a room refuses: missing, empty, or longer than
   * {@code maximumMessageLength} code points (just over, in letters or in emoji, and further).
   *
   * @param maximumMessageLength the room's maximum message length, 1 to 500
   * @return reported on {@code Content}
   * @throws IllegalArgumentException when the length is out of the service's range
   */
  public Arbitrary<Invalid<String>> messageContents(int maximumMessageLength) {
    return ChatRequests.invalidContents(maximumMessageLength);
  }

  /**
   * {@code SEND_MESSAGE} requests wrong in one member: {@code Content} (ERROR 400) or
   * {@code Attributes} (over the default quota: ERROR 413; a null value: ERROR 400).
   *
   * @param maximumMessageLength the room's maximum message length, 1 to 500
   * @return the requests, each with the ERROR the fake answers
   * @throws IllegalArgumentException when the length is out of the service's range
   */
  public Arbitrary<InvalidChatRequest<ChatRequest.SendMessage>> chatSendMessages(
      int maximumMessageLength) {
    return chatSendMessages(maximumMessageLength, Quotas.DEFAULT_MAX_ATTRIBUTE_BYTES);
  }

  /**
   * {@code SEND_MESSAGE} requests wrong in one member, for a fake with another attribute quota.
   *
   * @param maximumMessageLength the room's maximum message length, 1 to 500
   * @param maxAttributeBytes the fake's {@code Quotas.maxAttributeBytes}, at least 1
   * @return the requests, each with the ERROR the fake answers
   * @throws IllegalArgumentException when an argument is out of range
   */
  public Arbitrary<InvalidChatRequest<ChatRequest.SendMessage>> chatSendMessages(
      int maximumMessageLength, int maxAttributeBytes) {
    if (maxAttributeBytes < 1) {
      throw new IllegalArgumentException(
          "maxAttributeBytes must be at least 1, but was " + maxAttributeBytes);
    }
    return ChatRequests.invalidSendMessages(maximumMessageLength, maxAttributeBytes);
  }

  /**
   * {@code DELETE_MESSAGE} requests wrong in one member: {@code Id} (missing, wrong length, a
   * character outside {@code [a-zA-Z0-9]}) or {@code Reason} (empty or too long); ERROR 400.
   *
   * @return the requests, each with the ERROR the fake answers
   */
  public Arbitrary<InvalidChatRequest<ChatRequest.DeleteMessage>> chatDeleteMessages() {
    return ChatRequests.invalidDeleteMessages();
  }

  /**
   * {@code DISCONNECT_USER} requests wrong in one member: {@code UserId} (missing, empty, too
   * long) or {@code Reason} (empty or too long); ERROR 400.
   *
   * @return the requests, each with the ERROR the fake answers
   */
  public Arbitrary<InvalidChatRequest<ChatRequest.DisconnectUser>> chatDisconnectUsers() {
    return ChatRequests.invalidDisconnectUsers();
  }
}
