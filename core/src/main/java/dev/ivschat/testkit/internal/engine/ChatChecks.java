package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.Room;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The checks of the Messaging API's request members; each returns the problem, or null. */
final class ChatChecks {
  private ChatChecks() {
  }

  /**
   * A {@code Reason}: absent, or within the model's {@code Reason} shape (1 to 256 code points, as
   * the control plane counts).
   */
  static String reason(String reason) {
    return reason != null && Violations.stringProblem(reason, Shapes.REASON) != null
        ? "Reason must be 1 to 256 characters" : null;
  }

  /** A {@code UserId}: present and within the model's {@code UserID} shape (1 to 128 code points). */
  static String userId(String userId) {
    if (userId == null) {
      return "UserId is required";
    }
    return Violations.stringProblem(userId, Shapes.USER_ID) != null
        ? "UserId must be 1 to 128 characters" : null;
  }

  /** Attributes: absent, or strings to strings within the size quota (UTF-8 bytes). */
  static String attributes(int maxBytes, Map<String, String> attributes) {
    if (attributes == null) {
      return null;
    }
    long bytes = 0;
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        return "Attributes must map strings to strings";
      }
      bytes += e.getKey().getBytes(StandardCharsets.UTF_8).length
          + e.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    return bytes > maxBytes ? "Attributes exceed the maximum size of " + maxBytes + " bytes"
        : null;
  }

  /** Content: present, 1 to the room's current maximum length in code points. */
  static String content(String content, Room room) {
    if (content == null) {
      return "Content is required";
    }
    int length = content.codePointCount(0, content.length());
    if (length == 0) {
      return "Content must not be empty";
    }
    return length > room.maximumMessageLength() ? "Message exceeds maximum length" : null;
  }
}
