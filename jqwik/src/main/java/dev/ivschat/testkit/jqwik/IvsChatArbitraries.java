package dev.ivschat.testkit.jqwik;

import dev.ivschat.testkit.ChatRequest;
import dev.ivschat.testkit.IvsChatRequest;
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
import dev.ivschat.testkit.jqwik.internal.DefaultArnArbitrary;
import dev.ivschat.testkit.jqwik.internal.DefaultAttributeMapArbitrary;
import dev.ivschat.testkit.jqwik.internal.DefaultTagMapArbitrary;
import dev.ivschat.testkit.jqwik.internal.Destinations;
import dev.ivschat.testkit.jqwik.internal.Handlers;
import dev.ivschat.testkit.jqwik.internal.LoggingRequests;
import dev.ivschat.testkit.jqwik.internal.MessagingRequests;
import dev.ivschat.testkit.jqwik.internal.Model;
import dev.ivschat.testkit.jqwik.internal.RoomRequests;
import dev.ivschat.testkit.jqwik.internal.Values;
import java.util.List;
import net.jqwik.api.Arbitrary;

/**
 * Generators of IVS Chat input that the service (and the fake) accepts: names, ids, tags,
 * attributes, handlers, destinations, ARNs and whole requests as core's SDK-neutral
 * {@link IvsChatRequest} records. Their just-invalid counterparts, each wrong in exactly one named
 * member, are at {@link #invalid()}. Nothing here needs an AWS SDK; the same requests as SDK
 * objects come from {@link IvsChatV1Arbitraries} (SDK v1) and {@link IvsChatV2Arbitraries}
 * (SDK v2), which translate these records, so the three cannot drift apart.
 *
 * <p>Every generator respects the constraints the fake enforces, read from core's constraint table,
 * and has the constraints' boundaries as edge cases (shortest and longest names, range ends,
 * exactly 1024 bytes of attributes, 50 tags).
 *
 * <pre>{@code
 * @Property(tries = 200)
 * void every_generated_room_is_accepted(@ForAll("rooms") IvsChatRequest.CreateRoom request) {
 *   Outcome<Room> outcome = new IvsChat().call(request);
 *   assertThat(outcome.failed()).isFalse();
 * }
 *
 * @Provide
 * Arbitrary<IvsChatRequest.CreateRoom> rooms() {
 *   return IvsChatArbitraries.createRoomRequests();
 * }
 * }</pre>
 *
 * <p>Requests on a room take its ARN; the room must exist in the fake for the call to succeed.
 * Absent members are null, as in a request that does not set them.
 */
public final class IvsChatArbitraries {
  private IvsChatArbitraries() {
  }

  /**
   * The just-invalid generators: values and requests wrong in exactly one member.
   *
   * @return the invalid generators
   */
  public static InvalidIvsChatArbitraries invalid() {
    return InvalidIvsChatArbitraries.INSTANCE;
  }

  /**
   * Room names: 0 to 128 characters of {@code [a-zA-Z0-9-_]}.
   *
   * @return the names
   */
  public static ConstrainedStringArbitrary roomNames() {
    return Values.roomNames();
  }

  /**
   * Logging-configuration names: 0 to 128 characters of {@code [a-zA-Z0-9-_]}.
   *
   * @return the names
   */
  public static ConstrainedStringArbitrary loggingConfigurationNames() {
    return Values.loggingConfigurationNames();
  }

  /**
   * Event names: 1 to 100 characters of any text.
   *
   * @return the names
   */
  public static ConstrainedStringArbitrary eventNames() {
    return Values.text(Model.EVENT_NAME);
  }

  /**
   * Chat user ids: 1 to 128 characters of any text (lengths in code points, as the service counts).
   *
   * @return the ids
   */
  public static ConstrainedStringArbitrary userIds() {
    return Values.text(Model.USER_ID);
  }

  /**
   * Reasons of a deletion or disconnection: 1 to 256 characters.
   *
   * @return the reasons
   */
  public static ConstrainedStringArbitrary reasons() {
    return Values.text(Model.REASON);
  }

  /**
   * Ids of chat messages, as DeleteMessage takes them: 12 characters of {@code [a-zA-Z0-9]}.
   *
   * @return the ids
   */
  public static Arbitrary<String> messageIds() {
    return Values.messageIds();
  }

  /**
   * Tag keys: 1 to 128 characters, never with the reserved prefix {@code aws:}.
   *
   * @return the keys
   */
  public static ConstrainedStringArbitrary tagKeys() {
    return DefaultTagMapArbitrary.keys();
  }

  /**
   * Tag values: 0 to 256 characters.
   *
   * @return the values
   */
  public static ConstrainedStringArbitrary tagValues() {
    return DefaultTagMapArbitrary.values();
  }

  /**
   * Tag maps: 0 to 50 tags of valid keys and values.
   *
   * @return the maps
   */
  public static TagMapArbitrary tagMaps() {
    return new DefaultTagMapArbitrary();
  }

  /**
   * Attribute maps of CreateChatToken and SendEvent, at most 1024 UTF-8 bytes of keys and values
   * together.
   *
   * @return the maps
   */
  public static AttributeMapArbitrary attributeMaps() {
    return new DefaultAttributeMapArbitrary();
  }

  /**
   * Chat-token capabilities: distinct values of {@code SEND_MESSAGE}, {@code DISCONNECT_USER} and
   * {@code DELETE_MESSAGE}, from none to all three.
   *
   * @return the lists
   */
  public static Arbitrary<List<String>> capabilities() {
    return Capabilities.valid();
  }

  /**
   * Session durations: 1 to 180 minutes.
   *
   * @return the durations
   */
  public static Arbitrary<Integer> sessionDurations() {
    return MessagingRequests.sessionDurations();
  }

  /**
   * A room's maximum message rate: 1 to 100 per second.
   *
   * @return the rates
   */
  public static Arbitrary<Integer> maximumMessageRates() {
    return RoomRequests.rates();
  }

  /**
   * A room's maximum message length: 1 to 500 characters.
   *
   * @return the lengths
   */
  public static Arbitrary<Integer> maximumMessageLengths() {
    return RoomRequests.lengths();
  }

  /**
   * Message review handlers: a Lambda function ARN (sometimes the empty uri, which means no
   * handler) and {@code ALLOW}, {@code DENY} or no fallback result.
   *
   * @return the handlers
   */
  public static Arbitrary<MessageReviewHandler> messageReviewHandlers() {
    return Handlers.valid();
  }

  /**
   * Logging destinations: exactly one of an S3 bucket, a CloudWatch Logs group or a Firehose
   * stream.
   *
   * @return the destinations
   */
  public static Arbitrary<DestinationConfiguration> loggingDestinations() {
    return Destinations.valid();
  }

  /**
   * Room ARNs, in random regions and accounts unless fixed.
   *
   * @return the ARNs
   */
  public static ArnArbitrary roomArns() {
    return DefaultArnArbitrary.rooms();
  }

  /**
   * Logging-configuration ARNs, in random regions and accounts unless fixed.
   *
   * @return the ARNs
   */
  public static ArnArbitrary loggingConfigurationArns() {
    return DefaultArnArbitrary.loggingConfigurations();
  }

  /**
   * Lambda function ARNs, as a message review handler's uri.
   *
   * @return the ARNs
   */
  public static ArnArbitrary lambdaArns() {
    return DefaultArnArbitrary.lambdaFunctions();
  }

  /**
   * CreateRoom requests; each member may be absent. They attach no logging configurations.
   *
   * @return the requests
   */
  public static Arbitrary<CreateRoom> createRoomRequests() {
    return RoomRequests.create();
  }

  /**
   * UpdateRoom requests of one room; each optional member may be absent.
   *
   * @param roomArn the room's ARN
   * @return the requests
   * @throws IllegalArgumentException when {@code roomArn} is not a valid room ARN
   */
  public static Arbitrary<UpdateRoom> updateRoomRequests(String roomArn) {
    return RoomRequests.update(roomArn);
  }

  /**
   * CreateChatToken requests for one room, with or without capabilities, session duration and
   * attributes.
   *
   * @param roomArn the room's ARN
   * @return the requests
   * @throws IllegalArgumentException when {@code roomArn} is not a valid room ARN
   */
  public static Arbitrary<CreateChatToken> createChatTokenRequests(String roomArn) {
    return MessagingRequests.createChatToken(roomArn);
  }

  /**
   * SendEvent requests to one room, with or without attributes.
   *
   * @param roomArn the room's ARN
   * @return the requests
   * @throws IllegalArgumentException when {@code roomArn} is not a valid room ARN
   */
  public static Arbitrary<SendEvent> sendEventRequests(String roomArn) {
    return MessagingRequests.sendEvent(roomArn);
  }

  /**
   * DeleteMessage requests in one room, with or without a reason.
   *
   * @param roomArn the room's ARN
   * @return the requests
   * @throws IllegalArgumentException when {@code roomArn} is not a valid room ARN
   */
  public static Arbitrary<DeleteMessage> deleteMessageRequests(String roomArn) {
    return MessagingRequests.deleteMessage(roomArn);
  }

  /**
   * DisconnectUser requests in one room, with or without a reason.
   *
   * @param roomArn the room's ARN
   * @return the requests
   * @throws IllegalArgumentException when {@code roomArn} is not a valid room ARN
   */
  public static Arbitrary<DisconnectUser> disconnectUserRequests(String roomArn) {
    return MessagingRequests.disconnectUser(roomArn);
  }

  /**
   * CreateLoggingConfiguration requests, with or without name and tags.
   *
   * @return the requests
   */
  public static Arbitrary<CreateLoggingConfiguration> createLoggingConfigurationRequests() {
    return LoggingRequests.create();
  }

  /**
   * Chat message contents for a room: 1 to {@code maximumMessageLength} code points (what the
   * service counts), mostly ordinary text with combining marks and characters outside the Basic
   * Multilingual Plane (emoji, mathematical letters, CJK extension B) mixed in. The edge cases are
   * one character, one emoji, one lone combining mark, exactly {@code maximumMessageLength}
   * letters, emoji (twice as many {@code char}s) and letter-plus-accent pairs, and a family emoji
   * joined by zero-width joiners.
   *
   * <pre>{@code
   * Arbitrary<String> contents = IvsChatArbitraries.messageContents(room.maximumMessageLength());
   * }</pre>
   *
   * @param maximumMessageLength the room's maximum message length, 1 to 500
   * @return the contents
   * @throws IllegalArgumentException when the length is out of the service's range
   */
  public static Arbitrary<String> messageContents(int maximumMessageLength) {
    return ChatRequests.contents(maximumMessageLength);
  }

  /**
   * {@code SEND_MESSAGE} requests a connection of a room may send: a request id or none, a
   * content from {@link #messageContents(int)}, and attributes within the default quota
   * ({@link Quotas#DEFAULT_MAX_ATTRIBUTE_BYTES} UTF-8 bytes) or none.
   *
   * @param maximumMessageLength the room's maximum message length, 1 to 500
   * @return the requests
   * @throws IllegalArgumentException when the length is out of the service's range
   */
  public static Arbitrary<ChatRequest.SendMessage> chatSendMessages(int maximumMessageLength) {
    return chatSendMessages(maximumMessageLength, Quotas.DEFAULT_MAX_ATTRIBUTE_BYTES);
  }

  /**
   * {@code SEND_MESSAGE} requests for a fake with another attribute quota.
   *
   * @param maximumMessageLength the room's maximum message length, 1 to 500
   * @param maxAttributeBytes the fake's {@code Quotas.maxAttributeBytes}, at least 1
   * @return the requests
   * @throws IllegalArgumentException when an argument is out of range
   */
  public static Arbitrary<ChatRequest.SendMessage> chatSendMessages(int maximumMessageLength,
      int maxAttributeBytes) {
    return ChatRequests.sendMessages(maximumMessageLength, maxAttributeBytes);
  }

  /**
   * {@code DELETE_MESSAGE} requests: a request id or none, a message id of 12 characters
   * {@code [a-zA-Z0-9]}, and a reason of 1 to 256 characters or none.
   *
   * @return the requests
   */
  public static Arbitrary<ChatRequest.DeleteMessage> chatDeleteMessages() {
    return ChatRequests.deleteMessages();
  }

  /**
   * {@code DISCONNECT_USER} requests: a request id or none, a user id of 1 to 128 characters, and
   * a reason of 1 to 256 characters or none.
   *
   * @return the requests
   */
  public static Arbitrary<ChatRequest.DisconnectUser> chatDisconnectUsers() {
    return ChatRequests.disconnectUsers();
  }
}
