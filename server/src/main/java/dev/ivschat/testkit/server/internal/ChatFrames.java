package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.ChatRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a chat WebSocket text frame into a {@link ChatRequest}: a JSON object with {@code Action}
 * and that action's PascalCase members. Anything else becomes {@link ChatRequest.Unreadable},
 * which the engine answers with ERROR 400 on the same connection.
 *
 * <p>Member names are matched as the PascalCase name first, then ignoring case ({@code action},
 * {@code content}): a public raw client sends lower-case keys to the real service and appears to
 * work, which suggests Go-style case-insensitive decoding (MESSAGING.md section 2). Values, such as
 * the {@code Action} names, are matched exactly.
 */
final class ChatFrames {
  private ChatFrames() {
  }

  static ChatRequest read(String text) {
    Object value;
    try {
      value = Json.parse(text.getBytes(StandardCharsets.UTF_8));
    } catch (Json.MalformedException e) {
      return new ChatRequest.Unreadable(null, e.getMessage());
    }
    if (!(value instanceof Map<?, ?> frame)) {
      return new ChatRequest.Unreadable(null, "A request must be a JSON object");
    }
    Object requestIdValue = member(frame, "RequestId");
    String requestId = requestIdValue instanceof String s ? s : null;
    if (requestIdValue != null && requestId == null) {
      return new ChatRequest.Unreadable(null, "RequestId must be a string");
    }
    Object action = member(frame, "Action");
    if (!(action instanceof String)) {
      return new ChatRequest.Unreadable(requestId, "Action must be a string");
    }
    try {
      return switch ((String) action) {
        case "SEND_MESSAGE" -> new ChatRequest.SendMessage(requestId,
            string(frame, "Content"), attributes(frame));
        case "DELETE_MESSAGE" -> new ChatRequest.DeleteMessage(requestId, string(frame, "Id"),
            string(frame, "Reason"));
        case "DISCONNECT_USER" -> new ChatRequest.DisconnectUser(requestId,
            string(frame, "UserId"), string(frame, "Reason"));
        default -> new ChatRequest.Unreadable(requestId, "Unknown Action: " + action);
      };
    } catch (IllegalArgumentException e) {
      return new ChatRequest.Unreadable(requestId, e.getMessage());
    }
  }

  /** The member of that name, else the first whose name matches it ignoring case, else null. */
  private static Object member(Map<?, ?> frame, String name) {
    if (frame.containsKey(name)) {
      return frame.get(name);
    }
    for (Map.Entry<?, ?> e : frame.entrySet()) {
      if (name.equalsIgnoreCase((String) e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String string(Map<?, ?> frame, String member) {
    Object value = member(frame, member);
    if (value != null && !(value instanceof String)) {
      throw new IllegalArgumentException(member + " must be a string");
    }
    return (String) value;
  }

  private static Map<String, String> attributes(Map<?, ?> frame) {
    Object value = member(frame, "Attributes");
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("Attributes must be an object of strings");
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (e.getValue() != null && !(e.getValue() instanceof String)) {
        throw new IllegalArgumentException("Attributes must be an object of strings");
      }
      attributes.put((String) e.getKey(), (String) e.getValue());
    }
    return attributes;
  }
}
