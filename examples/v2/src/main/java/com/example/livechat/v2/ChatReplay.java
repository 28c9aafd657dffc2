package com.example.livechat.v2;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The chat of an ended stream, replayed from the room's chat logs: the messages in the order the
 * service received them, without those a moderator deleted.
 */
public final class ChatReplay {
  private final ChatLogSource logs;

  /**
   * A replay reading the given logs.
   *
   * @param logs where the room's log records come from
   */
  public ChatReplay(ChatLogSource logs) {
    this.logs = Objects.requireNonNull(logs, "logs");
  }

  /**
   * One message of the replay.
   *
   * @param messageId the message's id
   * @param sendTime when the service received it
   * @param userId the sender
   * @param displayName the sender's display name from their token, or the user id
   * @param content the content as viewers saw it
   */
  public record Line(String messageId, Instant sendTime, String userId, String displayName,
      String content) {
  }

  /**
   * Replays a room's chat.
   *
   * @param roomArn the room
   * @return its messages, oldest first, deleted ones left out
   */
  public List<Line> replay(String roomArn) {
    List<Map<String, Object>> records = logs.records(roomArn).stream()
        .sorted(Comparator.comparing(r -> Instant.parse((String) r.get("event_timestamp"))))
        .toList();
    Set<String> deleted = new HashSet<>();
    for (Map<String, Object> record : records) {
      Map<?, ?> payload = (Map<?, ?>) record.get("payload");
      if ("EVENT".equals(record.get("type"))
          && "aws:DELETE_MESSAGE".equals(payload.get("EventName"))) {
        deleted.add((String) ((Map<?, ?>) payload.get("Attributes")).get("MessageID"));
      }
    }
    return records.stream().filter(r -> "MESSAGE".equals(r.get("type")))
        .map(r -> (Map<?, ?>) r.get("payload"))
        .filter(p -> !deleted.contains(p.get("Id")))
        .map(ChatReplay::line)
        .toList();
  }

  private static Line line(Map<?, ?> message) {
    Map<?, ?> sender = (Map<?, ?>) message.get("Sender");
    String userId = (String) sender.get("UserId");
    Map<?, ?> attributes = (Map<?, ?>) sender.get("Attributes");
    Object displayName = attributes == null ? null : attributes.get("displayName");
    return new Line((String) message.get("Id"), Instant.parse((String) message.get("SendTime")),
        userId, displayName == null ? userId : (String) displayName,
        (String) message.get("Content"));
  }
}
