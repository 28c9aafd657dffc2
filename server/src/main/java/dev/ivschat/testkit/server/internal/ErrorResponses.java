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
    if (error.reason() != null) {
      body.put("reason", error.reason());
    }
    if (!error.fields().isEmpty()) {
      List<Object> fields = new ArrayList<>();
      for (ServiceError.Field f : error.fields()) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", f.name());
        field.put("message", f.message());
        fields.add(field);
      }
      body.put("fieldList", fields);
    }
    if (error.resourceId() != null) {
      body.put("resourceId", error.resourceId());
    }
    if (error.resourceType() != null) {
      body.put("resourceType", error.resourceType());
    }
    if (error.limit() != null) {
      body.put("limit", error.limit());
    }
    WireResponse response = WireResponse.json(error.statusCode(), body, requestId);
    response.headers().put("x-amzn-ErrorType", error.code());
    return response;
  }

  /** An error that is not one of the model's (authentication, unknown operation). */
  static ServiceError plain(String code, int status, String message) {
    return new ServiceError(code, status, status >= 500, message, null, List.of(), null, null,
        null);
  }
}
