package dev.ivschat.testkit.sdk2.fidelity;

import dev.ivschat.testkit.ServiceError;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The service's error response for a {@link ServiceError}, written from the wire specification
 * (CONTROL-PLANE.md §3, WIRE.md §2.2) independently of the fake: status, {@code x-amzn-ErrorType}
 * with the bare shape name, {@code x-amzn-RequestId}, {@code Content-Type: application/json} and
 * a body with {@code __type}, {@code message} and the modelled members.
 */
final class WireErrors {
  private WireErrors() {
  }

  static void answer(RealService service, ServiceError e, String requestId) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("x-amzn-ErrorType", e.code());
    headers.put("x-amzn-RequestId", requestId);
    headers.put("Content-Type", "application/json");
    service.answer(e.statusCode(), headers, body(e));
  }

  static String body(ServiceError e) {
    StringBuilder b = new StringBuilder();
    b.append("{\"__type\":").append(quote(e.code()));
    b.append(",\"message\":").append(quote(e.message()));
    if (e.reason() != null) {
      b.append(",\"reason\":").append(quote(e.reason()));
    }
    if (!e.fields().isEmpty()) {
      b.append(",\"fieldList\":").append(e.fields().stream()
          .map(f -> "{\"name\":" + quote(f.name()) + ",\"message\":" + quote(f.message()) + "}")
          .collect(Collectors.joining(",", "[", "]")));
    }
    if (e.resourceId() != null) {
      b.append(",\"resourceId\":").append(quote(e.resourceId()));
    }
    if (e.resourceType() != null) {
      b.append(",\"resourceType\":").append(quote(e.resourceType()));
    }
    if (e.limit() != null) {
      b.append(",\"limit\":").append(e.limit());
    }
    return b.append('}').toString();
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        b.append('\\').appendCodePoint(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.append('"').toString();
  }
}
