package dev.ivschat.testkit.server.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A control request refused before it changed anything: 400 for a bad request, 404 for an
 * unknown resource or path, 405 for a method the resource does not take. Answered as
 * {@code {"message": "..."}}.
 */
final class ControlException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final List<String> allowed;

  private ControlException(int status, String message, List<String> allowed) {
    super(message, null, false, false);
    this.status = status;
    this.allowed = allowed;
  }

  /** A bad request: the message names the bad field and its value. */
  static ControlException badRequest(String message) {
    return new ControlException(400, message, List.of());
  }

  /** A bad value of one field. */
  static ControlException badField(String field, Object value, String expected) {
    return badRequest("Bad " + field + ": " + Json.text(value) + " (expected " + expected + ")");
  }

  /** An unknown resource or path. */
  static ControlException notFound(String message) {
    return new ControlException(404, message, List.of());
  }

  /** A method the resource does not take. */
  static ControlException methodNotAllowed(String method, String path, List<String> allowed) {
    return new ControlException(405, "The control API resource " + path + " takes "
        + String.join(", ", allowed) + ", not " + method, List.copyOf(allowed));
  }

  int status() {
    return status;
  }

  WireResponse response() {
    WireResponse response = WireResponse.json(status, Map.of("message", getMessage()), null);
    if (!allowed.isEmpty()) {
      Map<String, String> headers = new LinkedHashMap<>(response.headers());
      headers.put("Allow", String.join(", ", allowed));
      return new WireResponse(status, headers, response.body());
    }
    return response;
  }
}
