package dev.ivschat.testkit.server.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP response to send, independent of the HTTP library.
 *
 * @param status the status code
 * @param headers header names to values (the server adds {@code Date} and
 *     {@code Content-Length})
 * @param body the body (empty for none)
 */
public record WireResponse(int status, Map<String, String> headers, byte[] body) {

  static WireResponse json(int status, Object value, String requestId) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    if (requestId != null) {
      headers.put("x-amzn-RequestId", requestId);
    }
    return new WireResponse(status, headers, Json.write(value));
  }

  static WireResponse empty(int status, String requestId) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (requestId != null) {
      headers.put("x-amzn-RequestId", requestId);
    }
    return new WireResponse(status, headers, new byte[0]);
  }

  static WireResponse text(int status, String text) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "text/plain; charset=utf-8");
    return new WireResponse(status, headers, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The body as UTF-8 text, for messages and tests. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
