package com.example.livechat;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.ChatTokenCapability;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateChatTokenResult;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteMessageRequest;
import com.amazonaws.services.ivschat.model.DeleteRoomRequest;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import com.amazonaws.services.ivschat.model.ListRoomsResult;
import com.amazonaws.services.ivschat.model.RoomSummary;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The chat side of a live-streaming product: a room per stream, tokens per role, moderation,
 * announcements and clean-up of ended streams, on Amazon IVS Chat.
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

  private final Amazonivschat ivschat;
  private final Retry retry;

  /**
   * The application on an IVS Chat client.
   *
   * @param ivschat the client
   * @param retry how throttled calls are retried
   */
  public LiveChat(Amazonivschat ivschat, Retry retry) {
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
    CreateRoomRequest request = new CreateRoomRequest()
        .withName(RoomNames.fromTitle(stream.title()))
        .withMaximumMessageRatePerSecond(MESSAGE_RATE)
        .withMaximumMessageLength(MESSAGE_LENGTH)
        .withTags(Map.of(APP_TAG, APP_NAME, STREAM_TAG, stream.id(), CHANNEL_TAG, stream.channel()));
    return retry.call(() -> ivschat.createRoom(request)).getArn();
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
  public CreateChatTokenResult join(String roomArn, String userId, Role role, String displayName) {
    CreateChatTokenRequest request = new CreateChatTokenRequest()
        .withRoomIdentifier(roomArn)
        .withUserId(userId)
        .withCapabilities(role.capabilities().toArray(new ChatTokenCapability[0]))
        .withSessionDurationInMinutes(role.sessionMinutes())
        .withAttributes(Map.of("displayName", displayName, "role", role.name()));
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
    SendEventRequest request = new SendEventRequest().withRoomIdentifier(roomArn)
        .withEventName(ANNOUNCEMENT).withAttributes(Map.of("text", text));
    return retry.call(() -> ivschat.sendEvent(request)).getId();
  }

  /**
   * Removes a message from everyone's view.
   *
   * @param roomArn the room
   * @param messageId the message's 12-character id
   * @param reason why, shown to the room; null or blank for none, cut to 256 characters
   */
  public void removeMessage(String roomArn, String messageId, String reason) {
    DeleteMessageRequest request = new DeleteMessageRequest().withRoomIdentifier(roomArn)
        .withId(messageId).withReason(blankToNull(reason));
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
    DisconnectUserRequest request = new DisconnectUserRequest().withRoomIdentifier(roomArn)
        .withUserId(userId).withReason(blankToNull(reason));
    retry.call(() -> ivschat.disconnectUser(request));
  }

  /**
   * Deletes the rooms of this application whose stream is no longer live, paging through all
   * rooms.
   *
   * @param liveStreamIds the streams still live
   * @return the ARNs of the deleted rooms
   */
  public List<String> closeEndedStreams(Set<String> liveStreamIds) {
    List<String> ended = new ArrayList<>();
    String token = null;
    do {
      ListRoomsRequest request = new ListRoomsRequest().withMaxResults(50).withNextToken(token);
      ListRoomsResult page = retry.call(() -> ivschat.listRooms(request));
      for (RoomSummary room : page.getRooms()) {
        Map<String, String> tags = room.getTags();
        if (tags != null && APP_NAME.equals(tags.get(APP_TAG))
            && !liveStreamIds.contains(tags.get(STREAM_TAG))) {
          ended.add(room.getArn());
        }
      }
      token = page.getNextToken();
    } while (token != null);
    for (String arn : ended) {
      retry.call(() -> ivschat.deleteRoom(new DeleteRoomRequest().withIdentifier(arn)));
    }
    return ended;
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
