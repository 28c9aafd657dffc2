package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.ServiceError;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.nio.ByteBuffer;

/**
 * Finds the operation a request names, by the model's {@code http} traits, on the raw path: a
 * {@code POST /<Operation>}, or {@code /tags/{resourceArn}} with the ARN percent-encoded as one
 * segment and decoded exactly once here.
 */
final class Routes {
  private static final String TAGS = "/tags/";

  private Routes() {
  }

  /**
   * The operation and its URI label.
   *
   * @param operation the operation
   * @param label the decoded {@code resourceArn} label, or null
   */
  record Route(Operation operation, String label) {
  }

  static Route route(String method, String rawPath) throws RefusedException {
    if (rawPath.startsWith(TAGS)) {
      String rawLabel = rawPath.substring(TAGS.length());
      Operation operation = switch (method) {
        case "GET" -> Operation.LIST_TAGS_FOR_RESOURCE;
        case "POST" -> Operation.TAG_RESOURCE;
        case "DELETE" -> Operation.UNTAG_RESOURCE;
        default -> null;
      };
      if (operation == null || rawLabel.isEmpty() || rawLabel.indexOf('/') >= 0) {
        throw unknown(method, rawPath);
      }
      return new Route(operation, percentDecode(rawLabel, false));
    }
    if ("POST".equals(method)) {
      for (Operation operation : Operation.values()) {
        if (operation.requestUri().equals(rawPath)) {
          return new Route(operation, null);
        }
      }
    }
    throw unknown(method, rawPath);
  }

  private static RefusedException unknown(String method, String rawPath) {
    return new RefusedException(new ServiceError(ServiceError.VALIDATION, 400, false,
        "Unknown operation: " + method + " " + rawPath, "UNKNOWN_OPERATION", List.of(), null, null,
        null));
  }

  /**
   * The repeated query parameter's values, form-decoded ({@code +} is a space, as the v1 client
   * writes it).
   */
  static List<String> queryValues(String rawQuery, String name) throws RefusedException {
    List<String> values = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return values;
    }
    for (String pair : rawQuery.split("&", -1)) {
      int eq = pair.indexOf('=');
      String key = percentDecode(eq < 0 ? pair : pair.substring(0, eq), true);
      if (key.equals(name)) {
        values.add(eq < 0 ? "" : percentDecode(pair.substring(eq + 1), true));
      }
    }
    return values;
  }

  /** Decodes {@code %XX} escapes (and {@code +} in a query) as UTF-8; bad escapes are refused. */
  static String percentDecode(String raw, boolean plusIsSpace) throws RefusedException {
    if (raw.chars().allMatch(c -> c != '%' && c != '+' && c < 0x80)) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int lo = hi < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
        if (lo < 0) {
          throw badEncoding(raw);
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else if (c < 0x100) {
        bytes.write(c); // the HTTP layer reads the request line as ISO-8859-1 bytes
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
      }
    }
    String text = WireText.strictUtf8(ByteBuffer.wrap(bytes.toByteArray()));
    if (text == null) {
      throw badEncoding(raw);
    }
    return text;
  }

  private static RefusedException badEncoding(String raw) {
    return new RefusedException(ServiceError.validationOther(
        "The request URI is not valid percent-encoded UTF-8: " + raw));
  }

}
