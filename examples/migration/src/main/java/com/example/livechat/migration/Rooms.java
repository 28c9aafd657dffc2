package com.example.livechat.migration;

import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenResponse;
import software.amazon.awssdk.services.ivschat.model.RoomSummary;

/**
 * The migrated part of the application, on the AWS SDK v2: a room per stream with tags and
 * limits, tokens per role, and clean-up of ended streams.
 */
public final class Rooms {
  /** Tag that marks the rooms this application owns. */
  public static final String APP_TAG = "app";
  /** Value of {@link #APP_TAG}. */
  public static final String APP_NAME = "livechat";
  /** Tag holding the stream id of a room. */
  public static final String STREAM_TAG = "stream-id";
  /** Tag holding the channel of a room. */
  public static final String CHANNEL_TAG = "channel";
  /** Messages per second in a stream's room. */
  public static final int MESSAGE_RATE = 20;
  /** Longest message in a stream's room. */
  public static final int MESSAGE_LENGTH = 300;

  private final IvschatClient ivschat;
  private final Retry retry;

  /**
   * The rooms of the application on a v2 client.
   *
   * @param ivschat the client
   * @param retry how throttled calls are retried
   */
  public Rooms(IvschatClient ivschat, Retry retry) {
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
    return retry.call(() -> ivschat.createRoom(r -> r
        .name(RoomNames.fromTitle(stream.title()))
        .maximumMessageRatePerSecond(MESSAGE_RATE)
        .maximumMessageLength(MESSAGE_LENGTH)
        .tags(Map.of(APP_TAG, APP_NAME, STREAM_TAG, stream.id(), CHANNEL_TAG, stream.channel()))))
        .arn();
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
    return retry.call(() -> ivschat.createChatToken(r -> r
        .roomIdentifier(roomArn)
        .userId(userId)
        .capabilities(role.capabilities())
        .sessionDurationInMinutes(role.sessionMinutes())
        .attributes(Map.of("displayName", displayName, "role", role.name()))));
  }

  /**
   * Deletes the rooms of this application whose stream is no longer live, paging through all
   * rooms with the SDK's paginator.
   *
   * @param liveStreamIds the streams still live
   * @return the ARNs of the deleted rooms
   */
  public List<String> closeEndedStreams(Set<String> liveStreamIds) {
    List<String> ended = retry.call(() -> ivschat.listRoomsPaginator(r -> r.maxResults(50))
        .stream()
        .flatMap(page -> page.rooms().stream())
        .filter(room -> APP_NAME.equals(room.tags().get(APP_TAG))
            && !liveStreamIds.contains(room.tags().get(STREAM_TAG)))
        .map(RoomSummary::arn)
        .toList());
    for (String arn : ended) {
      retry.call(() -> ivschat.deleteRoom(r -> r.identifier(arn)));
    }
    return ended;
  }
}
