package dev.ivschat.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request a client sends on a {@link ChatConnection}: one of the Messaging API's publish
 * actions. Every member may be null, as a raw wire client may leave anything out; the fake checks
 * the request and answers a bad one with an ERROR frame, never an exception.
 */
public sealed interface ChatRequest {
  /**
   * The client's request id, echoed on the frames that answer it.
   *
   * @return the request id, or null when the client sent none
   */
  String requestId();

  /**
   * {@code SEND_MESSAGE}: needs the {@code SEND_MESSAGE} capability.
   *
   * @param requestId the client's request id, or null
   * @param content the message text (required)
   * @param attributes the message's attributes, or null
   */
  record SendMessage(String requestId, String content, Map<String, String> attributes)
      implements ChatRequest {
    /**
     * Copies the attributes, keeping nulls so that the fake can reject them.
     *
     * @param requestId request id
     * @param content content
     * @param attributes attributes
     */
    public SendMessage {
      attributes = copy(attributes);
    }
  }

  /**
   * {@code DELETE_MESSAGE}: needs the {@code DELETE_MESSAGE} capability.
   *
   * @param requestId the client's request id, or null
   * @param id the id of the message to delete (required)
   * @param reason why, or null
   */
  record DeleteMessage(String requestId, String id, String reason) implements ChatRequest {
  }

  /**
   * {@code DISCONNECT_USER}: needs the {@code DISCONNECT_USER} capability.
   *
   * @param requestId the client's request id, or null
   * @param userId the user whose connections to close (required)
   * @param reason why, or null
   */
  record DisconnectUser(String requestId, String userId, String reason) implements ChatRequest {
  }

  /**
   * A frame a wire adapter could not read as a request (bad JSON, an unknown {@code Action}); it
   * is always answered with ERROR 400.
   *
   * @param requestId the request id, if the adapter could read one, or null
   * @param problem what was wrong, used as the error message
   */
  record Unreadable(String requestId, String problem) implements ChatRequest {
  }

  private static Map<String, String> copy(Map<String, String> map) {
    return map == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
