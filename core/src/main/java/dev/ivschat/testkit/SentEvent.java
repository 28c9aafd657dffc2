package dev.ivschat.testkit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An event that reached a room: one sent with {@code SendEvent}, or the {@code aws:DELETE_MESSAGE}
 * and {@code aws:DISCONNECT_USER} events that {@code DeleteMessage} and {@code DisconnectUser} send.
 *
 * @param roomArn the room it was sent to
 * @param id the event's 12-character id (what the operation returned, where it returns one)
 * @param eventName the event name
 * @param attributes the event's attributes, in the order they were given
 * @param sendTime when it was sent, on the fake's clock
 * @param requestId the request id of the call that sent it
 */
public record SentEvent(
    String roomArn,
    String id,
    String eventName,
    Map<String, String> attributes,
    Instant sendTime,
    String requestId) {

  /** The name of the event {@code DeleteMessage} sends. */
  public static final String DELETE_MESSAGE = "aws:DELETE_MESSAGE";
  /** The name of the event {@code DisconnectUser} sends. */
  public static final String DISCONNECT_USER = "aws:DISCONNECT_USER";

  /**
   * Checks and copies the components.
   *
   * @param roomArn room
   * @param id id
   * @param eventName name
   * @param attributes attributes
   * @param sendTime time
   * @param requestId request id
   */
  public SentEvent {
    Objects.requireNonNull(roomArn, "roomArn");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(eventName, "eventName");
    attributes = Snapshots.ordered(attributes);
    Objects.requireNonNull(sendTime, "sendTime");
    Objects.requireNonNull(requestId, "requestId");
  }

  /**
   * One attribute of the event.
   *
   * @param key the attribute key
   * @return its value, or null when the event has no such attribute
   */
  public String attribute(String key) {
    return attributes.get(key);
  }
}
