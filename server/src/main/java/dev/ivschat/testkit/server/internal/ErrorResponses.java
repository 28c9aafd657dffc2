package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.ServiceError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The restJson1 error response every real client parses: the error's status, the header
 * {@code x-amzn-ErrorType} with the bare shape name, and a JSON body with {@code __type},
 * {@code message} and the error's typed members, never a {@code code} field.
 */
final class ErrorResponses {
  private ErrorResponses() {
  }

  static WireResponse of(ServiceError error, String requestId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("__type", error.code());
    body.put("message", error.message());
    body.putAll(typedMembers(error));
    WireResponse response = WireResponse.json(error.statusCode(), body, requestId);
    response.headers().put("x-amzn-ErrorType", error.code());
    return response;
  }

  /**
   * The error's modeled members as its shape names them ({@code reason}, {@code fieldList},
   * {@code resourceId}, {@code resourceType}, {@code limit}), the unset ones left out.
   */
  static Map<String, Object> typedMembers(ServiceError error) {
    List<Object> fields = new ArrayList<>();
    for (ServiceError.Field f : error.fields()) {
      fields.add(WireText.members("name", f.name(), "message", f.message()));
    }
    return WireText.members("reason", error.reason(),
        "fieldList", fields.isEmpty() ? null : fields,
        "resourceId", error.resourceId(), "resourceType", error.resourceType(),
        "limit", error.limit());
  }

  /** An error that is not one of the model's (authentication, unknown operation). */
  static ServiceError plain(String code, int status, String message) {
    return new ServiceError(code, status, status >= 500, message, null, List.of(), null, null,
        null);
  }
}
