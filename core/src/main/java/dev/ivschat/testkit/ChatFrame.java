package dev.ivschat.testkit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A frame the fake sends to a {@link ChatConnection}: a {@link Message}, an {@link Event} or an
 * {@link Error}, with exactly the fields of the Messaging API's subscribe payloads.
 * {@link #toWire()} gives the JSON object in the wire's member names, for a WebSocket adapter.
 */
public sealed interface ChatFrame {
  /**
   * The frame's id: 12 characters {@code [A-Za-z0-9]}, unique across every frame the fake makes.
   *
   * @return the id
   */
  String id();

  /**
   * The request id the frame answers: the requester's own on the requester's copy, {@code ""}
   * when there is none (see the README for what other connections see).
   *
   * @return the request id, never null
   */
  String requestId();

  /**
   * The wire {@code Type}: {@code MESSAGE}, {@code EVENT} or {@code ERROR}.
   *
   * @return the type
   */
  String type();

  /**
   * The frame as the wire's JSON object: member names as on the wire ({@code Type}, {@code Id},
   * {@code RequestId}, …), strings, maps, null and (for {@code ErrorCode}) an {@link Integer}.
   *
   * @return an unmodifiable map, in the wire's member order
   */
  Map<String, Object> toWire();

  /**
   * Renders a send time as RFC 3339 in UTC with at least milliseconds and a {@code Z}, e.g.
   * {@code 2026-01-01T00:00:00.000Z}.
   *
   * @param time the time
   * @return the text
   */
  static String rfc3339(Instant time) {
    String text = DateTimeFormatter.ISO_INSTANT.format(time);
    return text.indexOf('.') < 0 ? text.substring(0, text.length() - 1) + ".000Z" : text;
  }

  /**
   * The user who sent a message, from the sender's token.
   *
   * @param userId the token's user id
   * @param attributes the token's attributes
   */
  record Sender(String userId, Map<String, String> attributes) {
    /**
     * Checks and copies the components.
     *
     * @param userId user id
     * @param attributes attributes
     */
    public Sender {
      Objects.requireNonNull(userId, "userId");
      attributes = Snapshots.ordered(attributes);
    }

    Map<String, Object> toWire() {
      Map<String, Object> wire = new LinkedHashMap<>();
      wire.put("UserId", userId);
      wire.put("Attributes", attributes.isEmpty() ? null : attributes);
      return Collections.unmodifiableMap(wire);
    }
  }

  /**
   * A {@code MESSAGE}.
   *
   * @param id the message id (the one its review saw, and the one to delete it by)
   * @param requestId the sender's request id on the sender's copy, else see the README
   * @param content the content as delivered (a review handler may have rewritten it)
   * @param attributes the attributes as delivered; empty renders as {@code null} on the wire
   * @param sendTime when the fake received it
   * @param sender the sender, from its token
   */
  record Message(String id, String requestId, String content, Map<String, String> attributes,
      Instant sendTime, Sender sender) implements ChatFrame {
    /**
     * Checks and copies the components.
     *
     * @param id id
     * @param requestId request id
     * @param content content
     * @param attributes attributes
     * @param sendTime send time
     * @param sender sender
     */
    public Message {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(content, "content");
      attributes = Snapshots.ordered(attributes);
      Objects.requireNonNull(sendTime, "sendTime");
      Objects.requireNonNull(sender, "sender");
    }

    @Override
    public String type() {
      return "MESSAGE";
    }

    /**
     * The send time as the wire shows it.
     *
     * @return RFC 3339 text
     */
    public String sendTimeText() {
      return ChatFrame.rfc3339(sendTime);
    }

    @Override
    public Map<String, Object> toWire() {
      Map<String, Object> wire = new LinkedHashMap<>();
      wire.put("Type", type());
      wire.put("Id", id);
      wire.put("RequestId", requestId);
      wire.put("Content", content);
      wire.put("Attributes", attributes.isEmpty() ? null : attributes);
      wire.put("SendTime", sendTimeText());
      wire.put("Sender", sender.toWire());
      return Collections.unmodifiableMap(wire);
    }

    /**
     * The same message with another request id (the copy another connection receives).
     *
     * @param otherRequestId the request id
     * @return the copy
     */
    public Message withRequestId(String otherRequestId) {
      return new Message(id, otherRequestId, content, attributes, sendTime, sender);
    }
  }

  /**
   * An {@code EVENT}: from {@code SendEvent}, or the system events {@code aws:DELETE_MESSAGE} and
   * {@code aws:DISCONNECT_USER}.
   *
   * @param id the event id (what {@code SendEvent} and {@code DeleteMessage} return)
   * @param requestId the requester's request id on the requester's copy, else {@code ""}
   * @param eventName the event name
   * @param attributes the attributes; empty renders as {@code null} on the wire
   * @param sendTime when it was sent
   */
  record Event(String id, String requestId, String eventName, Map<String, String> attributes,
      Instant sendTime) implements ChatFrame {
    /**
     * Checks and copies the components.
     *
     * @param id id
     * @param requestId request id
     * @param eventName name
     * @param attributes attributes
     * @param sendTime send time
     */
    public Event {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(eventName, "eventName");
      attributes = Snapshots.ordered(attributes);
      Objects.requireNonNull(sendTime, "sendTime");
    }

    @Override
    public String type() {
      return "EVENT";
    }

    /**
     * The send time as the wire shows it.
     *
     * @return RFC 3339 text
     */
    public String sendTimeText() {
      return ChatFrame.rfc3339(sendTime);
    }

    @Override
    public Map<String, Object> toWire() {
      Map<String, Object> wire = new LinkedHashMap<>();
      wire.put("Type", type());
      wire.put("Id", id);
      wire.put("RequestId", requestId);
      wire.put("EventName", eventName);
      wire.put("Attributes", attributes.isEmpty() ? null : attributes);
      wire.put("SendTime", sendTimeText());
      return Collections.unmodifiableMap(wire);
    }

    /**
     * The same event with another request id.
     *
     * @param otherRequestId the request id
     * @return the copy
     */
    public Event withRequestId(String otherRequestId) {
      return new Event(id, otherRequestId, eventName, attributes, sendTime);
    }
  }

  /**
   * An {@code ERROR}, sent only to the connection whose request failed (or whose session ended).
   *
   * @param id a fresh id
   * @param requestId the failed request's id, or {@code ""}
   * @param errorCode the code: 400, 401, 403, 406, 413, 429 …
   * @param errorMessage the message
   */
  record Error(String id, String requestId, int errorCode, String errorMessage)
      implements ChatFrame {
    /**
     * Checks the components.
     *
     * @param id id
     * @param requestId request id
     * @param errorCode code
     * @param errorMessage message
     */
    public Error {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(errorMessage, "errorMessage");
    }

    @Override
    public String type() {
      return "ERROR";
    }

    @Override
    public Map<String, Object> toWire() {
      Map<String, Object> wire = new LinkedHashMap<>();
      wire.put("Type", type());
      wire.put("Id", id);
      wire.put("RequestId", requestId);
      wire.put("ErrorCode", errorCode);
      wire.put("ErrorMessage", errorMessage);
      return Collections.unmodifiableMap(wire);
    }
  }
}
