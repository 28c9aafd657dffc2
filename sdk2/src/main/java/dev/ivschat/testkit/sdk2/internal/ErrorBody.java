package dev.ivschat.testkit.sdk2.internal;

import dev.ivschat.testkit.ServiceError;

/**
 * The JSON body of the service's error response for a {@link ServiceError}, as the restJson1
 * protocol sends it: {@code __type}, {@code message} and the error's modelled members. The real
 * client keeps it as {@code awsErrorDetails().rawResponse()}.
 */
public final class ErrorBody {
  private ErrorBody() {
  }

  /**
   * The body.
   *
   * @param e the error
   * @return the JSON text
   */
  public static String json(ServiceError e) {
    StringBuilder b = new StringBuilder("{");
    member(b, "__type", e.code());
    member(b, "message", e.message());
    if (e.reason() != null) {
      member(b, "reason", e.reason());
    }
    if (!e.fields().isEmpty()) {
      b.append(",\"fieldList\":[");
      for (int i = 0; i < e.fields().size(); i++) {
        ServiceError.Field f = e.fields().get(i);
        b.append(i == 0 ? "{" : ",{");
        string(b, "name").append(':');
        string(b, f.name()).append(',');
        string(b, "message").append(':');
        string(b, f.message()).append('}');
      }
      b.append(']');
    }
    if (e.resourceId() != null) {
      member(b, "resourceId", e.resourceId());
    }
    if (e.resourceType() != null) {
      member(b, "resourceType", e.resourceType());
    }
    if (e.limit() != null) {
      b.append(",\"limit\":").append(e.limit());
    }
    return b.append('}').toString();
  }

  private static void member(StringBuilder b, String name, String value) {
    if (b.length() > 1) {
      b.append(',');
    }
    string(b, name).append(':');
    string(b, value);
  }

  private static StringBuilder string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"');
  }
}
