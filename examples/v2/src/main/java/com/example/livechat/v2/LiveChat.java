package com.example.livechat.v2;

import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenRequest;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenResponse;
import software.amazon.awssdk.services.ivschat.model.CreateRoomRequest;
import software.amazon.awssdk.services.ivschat.model.DeleteMessageRequest;
import software.amazon.awssdk.services.ivschat.model.DisconnectUserRequest;
import software.amazon.awssdk.services.ivschat.model.RoomSummary;
import software.amazon.awssdk.services.ivschat.model.SendEventRequest;

/**
 * The chat side of a live-streaming product: a room per stream, tokens per role, moderation,
 * announcements and clean-up of ended streams, on Amazon IVS Chat through the AWS SDK for Java v2.
 */
public final class LiveChat {
  /** Tag that marks the rooms this application owns. */
  public static final String APP_TAG = "app";
  /** Value of {@link #APP_TAG}. */
  public static final String APP_NAME = "livechat";
  /** Tag holding the stream id of a room. */
  public static final String STREAM_TAG = "stream-id";
  /** Tag holding the channel of a room. */
  public static final String CHANNEL_TAG = "channel";
  /** The event name of announcements. */
  public static final String ANNOUNCEMENT = "app:announcement";
  /** Messages per second in a stream's room. */
  public static final int MESSAGE_RATE = 20;
  /** Longest message in a stream's room. */
  public static final int MESSAGE_LENGTH = 300;
  /** Longest moderation reason the service takes. */
  public static final int MAX_REASON_LENGTH = 256;
  /** Rooms asked for per ListRooms page (the service's maximum). */
  public static final int PAGE_SIZE = 50;

  private final IvschatClient ivschat;
  private final Retry retry;

  /**
   * The application on an IVS Chat client.
   *
   * @param ivschat the client
   * @param retry how throttled calls are retried
   */
  public LiveChat(IvschatClient ivschat, Retry retry) {
    this.ivschat = ivschat;
    this.retry = retry;
  }

  /**
   * Opens the chat room of a stream.
   *
   * @param stream the stream
   * @return the room ARN
   */
  public String openRoom(Stream stream) {
    CreateRoomRequest request = CreateRoomRequest.builder()
        .name(RoomNames.fromTitle(stream.title()))
        .maximumMessageRatePerSecond(MESSAGE_RATE)
        .maximumMessageLength(MESSAGE_LENGTH)
        .tags(Map.of(APP_TAG, APP_NAME, STREAM_TAG, stream.id(), CHANNEL_TAG, stream.channel()))
        .build();
    return retry.call(() -> ivschat.createRoom(request)).arn();
  }

  /**
   * Issues a chat token for a user in a role.
   *
   * @param roomArn the room
   * @param userId the user
   * @param role the role
   * @param displayName shown next to the user's messages
   * @return the token and its expiry times
   */
  public CreateChatTokenResponse join(String roomArn, String userId, Role role,
      String displayName) {
    CreateChatTokenRequest request = CreateChatTokenRequest.builder()
        .roomIdentifier(roomArn)
        .userId(userId)
        .capabilities(role.capabilities())
        .sessionDurationInMinutes(role.sessionMinutes())
        .attributes(Map.of("displayName", displayName, "role", role.name()))
        .build();
    return retry.call(() -> ivschat.createChatToken(request));
  }

  /**
   * Sends an announcement to everyone in the room.
   *
   * @param roomArn the room
   * @param text the text
   * @return the event id
   */
  public String announce(String roomArn, String text) {
    SendEventRequest request = SendEventRequest.builder().roomIdentifier(roomArn)
        .eventName(ANNOUNCEMENT).attributes(Map.of("text", text)).build();
    return retry.call(() -> ivschat.sendEvent(request)).id();
  }

  /**
   * Removes a message from everyone's view.
   *
   * @param roomArn the room
   * @param messageId the message's 12-character id
   * @param reason why, shown to the room; null or blank for none, cut to 256 characters
   */
  public void removeMessage(String roomArn, String messageId, String reason) {
    DeleteMessageRequest request = DeleteMessageRequest.builder().roomIdentifier(roomArn)
        .id(messageId).reason(blankToNull(reason)).build();
    retry.call(() -> ivschat.deleteMessage(request));
  }

  /**
   * Disconnects every connection of a user from the room.
   *
   * @param roomArn the room
   * @param userId the user
   * @param reason why; null or blank for none, cut to 256 characters
   */
  public void kick(String roomArn, String userId, String reason) {
    DisconnectUserRequest request = DisconnectUserRequest.builder().roomIdentifier(roomArn)
        .userId(userId).reason(blankToNull(reason)).build();
    retry.call(() -> ivschat.disconnectUser(request));
  }

  /**
   * Deletes the rooms of this application whose stream is no longer live, paging through all
   * rooms with the SDK's paginator. A throttled page starts the listing again: it only reads.
   *
   * @param liveStreamIds the streams still live
   * @return the ARNs of the deleted rooms
   */
  public List<String> closeEndedStreams(Set<String> liveStreamIds) {
    List<String> ended = retry.call(() -> ivschat.listRoomsPaginator(r -> r.maxResults(PAGE_SIZE))
        .stream()
        .flatMap(page -> page.rooms().stream())
        .filter(room -> isOurs(room) && !liveStreamIds.contains(room.tags().get(STREAM_TAG)))
        .map(RoomSummary::arn)
        .toList());
    for (String arn : ended) {
      retry.call(() -> ivschat.deleteRoom(r -> r.identifier(arn)));
    }
    return ended;
  }

  private static boolean isOurs(RoomSummary room) {
    return APP_NAME.equals(room.tags().get(APP_TAG));
  }

  /** The service takes reasons of 1 to 256 characters: blank means none, longer is cut. */
  private static String blankToNull(String reason) {
    if (reason == null || reason.isBlank()) {
      return null;
    }
    return reason.codePointCount(0, reason.length()) <= MAX_REASON_LENGTH ? reason
        : reason.substring(0, reason.offsetByCodePoints(0, MAX_REASON_LENGTH));
  }
}
