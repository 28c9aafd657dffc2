package com.example.livechat.v2;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenRequest;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenResponse;
import software.amazon.awssdk.services.ivschat.model.CreateLoggingConfigurationRequest;
import software.amazon.awssdk.services.ivschat.model.CreateRoomRequest;
import software.amazon.awssdk.services.ivschat.model.DeleteMessageRequest;
import software.amazon.awssdk.services.ivschat.model.DisconnectUserRequest;
import software.amazon.awssdk.services.ivschat.model.FallbackResult;
import software.amazon.awssdk.services.ivschat.model.MessageReviewHandler;
import software.amazon.awssdk.services.ivschat.model.RoomSummary;
import software.amazon.awssdk.services.ivschat.model.SendEventRequest;
import software.amazon.awssdk.services.ivschat.model.UpdateRoomRequest;

/**
 * The chat side of a live-streaming product: a room per stream, tokens per role, moderation,
 * announcements and clean-up of ended streams, on Amazon IVS Chat through the AWS SDK for Java v2.
 * And what viewers see: banned words masked by a message review handler ({@link BannedWords}), bans
 * (the service has no ban list, so the application keeps one and refuses banned users tokens),
 * and chat logs to S3 for the replay ({@link ChatReplay}).
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
  /** Banned user ids by room ARN; a real deployment keeps them in its database. */
  private final Map<String, Set<String>> bans = new ConcurrentHashMap<>();

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
   * @throws UserBannedException when the user is banned from the room
   */
  public CreateChatTokenResponse join(String roomArn, String userId, Role role,
      String displayName) {
    if (isBanned(roomArn, userId)) {
      throw new UserBannedException(roomArn, userId);
    }
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
   * Bans a user from the room: they get no more tokens for it, and every connection they have is
   * closed with the reason. The ban is recorded before the disconnect, so no token is issued in
   * between; a token issued before the ban still connects until it expires (one minute).
   *
   * @param roomArn the room
   * @param userId the user
   * @param reason why, shown to the room; null or blank for none, cut to 256 characters
   */
  public void ban(String roomArn, String userId, String reason) {
    bans.computeIfAbsent(roomArn, r -> ConcurrentHashMap.newKeySet()).add(userId);
    kick(roomArn, userId, reason);
  }

  /**
   * Whether a user is banned from a room.
   *
   * @param roomArn the room
   * @param userId the user
   * @return true after {@link #ban}
   */
  public boolean isBanned(String roomArn, String userId) {
    return bans.getOrDefault(roomArn, Set.of()).contains(userId);
  }

  /**
   * Has every message of the room reviewed by a Lambda (e.g. one wrapping {@link BannedWords})
   * before anyone sees it. When the Lambda fails the message is refused (fallback DENY), so a
   * banned word never slips through.
   *
   * @param roomArn the room
   * @param lambdaArn the review Lambda's function ARN
   */
  public void reviewMessagesWith(String roomArn, String lambdaArn) {
    UpdateRoomRequest request = UpdateRoomRequest.builder().identifier(roomArn)
        .messageReviewHandler(MessageReviewHandler.builder().uri(lambdaArn)
            .fallbackResult(FallbackResult.DENY).build())
        .build();
    retry.call(() -> ivschat.updateRoom(request));
  }

  /**
   * Logs the room's chat to an S3 bucket, for the replay: creates a logging configuration for the
   * bucket and makes it the room's one logging configuration.
   *
   * @param roomArn the room
   * @param bucketName the bucket
   * @return the logging configuration's ARN
   */
  public String logChatTo(String roomArn, String bucketName) {
    CreateLoggingConfigurationRequest create = CreateLoggingConfigurationRequest.builder()
        .name("chat-log-" + roomArn.substring(roomArn.lastIndexOf('/') + 1))
        .destinationConfiguration(d -> d.s3(s3 -> s3.bucketName(bucketName)))
        .tags(Map.of(APP_TAG, APP_NAME))
        .build();
    String logging = retry.call(() -> ivschat.createLoggingConfiguration(create)).arn();
    UpdateRoomRequest attach = UpdateRoomRequest.builder().identifier(roomArn)
        .loggingConfigurationIdentifiers(logging).build();
    retry.call(() -> ivschat.updateRoom(attach));
    return logging;
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
