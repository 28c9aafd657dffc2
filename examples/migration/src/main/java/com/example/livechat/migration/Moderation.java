package com.example.livechat.migration;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.DeleteMessageRequest;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import java.util.Map;

/**
 * The part of the application not migrated yet, still on the AWS SDK v1: moderation and
 * announcements in the rooms that {@link Rooms} opens through the v2 client.
 */
public final class Moderation {
  /** The event name of announcements. */
  public static final String ANNOUNCEMENT = "app:announcement";
  /** Longest moderation reason the service takes. */
  public static final int MAX_REASON_LENGTH = 256;

  private final Amazonivschat ivschat;
  private final Retry retry;

  /**
   * Moderation on a v1 client.
   *
   * @param ivschat the client
   * @param retry how throttled calls are retried
   */
  public Moderation(Amazonivschat ivschat, Retry retry) {
    this.ivschat = ivschat;
    this.retry = retry;
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

  /** The service takes reasons of 1 to 256 characters: blank means none, longer is cut. */
  private static String blankToNull(String reason) {
    if (reason == null || reason.isBlank()) {
      return null;
    }
    return reason.codePointCount(0, reason.length()) <= MAX_REASON_LENGTH ? reason
        : reason.substring(0, reason.offsetByCodePoints(0, MAX_REASON_LENGTH));
  }
}
