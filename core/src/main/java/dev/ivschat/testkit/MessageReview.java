package dev.ivschat.testkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One review of a message by a room's message review handler, as the control surface records it:
 * what the handler was asked, what it answered, and what the fake did.
 *
 * @param request the payload the handler was given
 * @param response what it returned, or null when it threw, was not registered or the review
 *     never ran to an answer
 * @param outcome what the fake did
 * @param detail why a fallback applied (the exception, the invalid answer), else {@code ""}
 */
public record MessageReview(Request request, Response response, Outcome outcome, String detail) {
  /** What the fake did with a reviewed message. */
  public enum Outcome {
    /** ALLOW, delivered as sent. */
    ALLOWED,
    /** ALLOW with other content or attributes, delivered as returned. */
    REWRITTEN,
    /** DENY: nothing delivered, ERROR 406 to the sender. */
    DENIED,
    /** The handler failed and the room's fallback ALLOW delivered the original. */
    FALLBACK_ALLOWED,
    /** The handler failed and the room's fallback DENY applied. */
    FALLBACK_DENIED,
    /** The sender's connection or the room was gone when the answer came; nothing delivered. */
    DROPPED
  }

  /**
   * Checks the components.
   *
   * @param request request
   * @param response response
   * @param outcome outcome
   * @param detail detail
   */
  public MessageReview {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * The sender as the review handler sees it.
   *
   * @param userId the token's user id
   * @param attributes the token's attributes
   * @param ip the client's address (the fake has none and gives {@code 127.0.0.1})
   */
  public record Sender(String userId, Map<String, String> attributes, String ip) {
    /**
     * Checks and copies the components.
     *
     * @param userId user id
     * @param attributes attributes
     * @param ip address
     */
    public Sender {
      Objects.requireNonNull(userId, "userId");
      attributes = Snapshots.ordered(attributes);
      Objects.requireNonNull(ip, "ip");
    }
  }

  /**
   * The review request payload (the Lambda's event).
   *
   * @param content the content as sent
   * @param messageId the id the message will be delivered with
   * @param roomArn the room
   * @param attributes the attributes as sent
   * @param sender the sender
   */
  public record Request(String content, String messageId, String roomArn,
      Map<String, String> attributes, Sender sender) {
    /**
     * Checks and copies the components.
     *
     * @param content content
     * @param messageId message id
     * @param roomArn room
     * @param attributes attributes
     * @param sender sender
     */
    public Request {
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(messageId, "messageId");
      Objects.requireNonNull(roomArn, "roomArn");
      attributes = Snapshots.ordered(attributes);
      Objects.requireNonNull(sender, "sender");
    }

    /**
     * The payload as the Lambda receives it as JSON: {@code Content}, {@code MessageId},
     * {@code RoomArn}, {@code Attributes}, {@code Sender{UserId, Attributes, Ip}}.
     *
     * @return an unmodifiable map
     */
    public Map<String, Object> toWire() {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("UserId", sender.userId());
      s.put("Attributes", sender.attributes());
      s.put("Ip", sender.ip());
      Map<String, Object> wire = new LinkedHashMap<>();
      wire.put("Content", content);
      wire.put("MessageId", messageId);
      wire.put("RoomArn", roomArn);
      wire.put("Attributes", attributes);
      wire.put("Sender", Collections.unmodifiableMap(s));
      return Collections.unmodifiableMap(wire);
    }
  }

  /**
   * What a review handler answers.
   *
   * @param reviewResult {@code "ALLOW"} or {@code "DENY"}; anything else is an invalid answer
   * @param content the content to deliver on ALLOW (at least 1 and at most the room's
   *     maximumMessageLength code points)
   * @param attributes the attributes to deliver on ALLOW (within the attribute size quota), or
   *     null for none
   */
  public record Response(String reviewResult, String content, Map<String, String> attributes) {
    /**
     * Copies the attributes.
     *
     * @param reviewResult result
     * @param content content
     * @param attributes attributes
     */
    public Response {
      attributes = attributes == null ? null
          : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /**
     * ALLOW, delivering the message as it was sent.
     *
     * @param request the request being answered
     * @return the answer
     */
    public static Response allow(Request request) {
      return new Response("ALLOW", request.content(), request.attributes());
    }

    /**
     * ALLOW with other content and attributes.
     *
     * @param content the content to deliver
     * @param attributes the attributes to deliver
     * @return the answer
     */
    public static Response allow(String content, Map<String, String> attributes) {
      return new Response("ALLOW", content, attributes);
    }

    /**
     * DENY.
     *
     * @return the answer
     */
    public static Response deny() {
      return new Response("DENY", null, null);
    }
  }
}
