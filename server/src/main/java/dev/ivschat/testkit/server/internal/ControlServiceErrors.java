package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.ServiceError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a fault's {@code "error"}: a wire code ({@code "ThrottlingException"}), or an object
 * {@code {"code": ..., "message"?, "resourceId"?, "resourceType"?, "limit"?}}, built with the
 * {@link ServiceError} factory of that code so status and members are the service's.
 */
final class ControlServiceErrors {
  private static final List<String> CODES = List.of(ServiceError.VALIDATION,
      ServiceError.RESOURCE_NOT_FOUND, ServiceError.CONFLICT, ServiceError.SERVICE_QUOTA_EXCEEDED,
      ServiceError.THROTTLING, ServiceError.ACCESS_DENIED, ServiceError.PENDING_VERIFICATION,
      ServiceError.INTERNAL_SERVER);
  private static final String PLACEHOLDER_ID = "scripted";

  private ControlServiceErrors() {
  }

  static ServiceError read(Object spec) throws ControlException {
    if (spec instanceof String code) {
      return build(code, new ControlBody(Map.of()));
    }
    if (spec instanceof Map<?, ?> map) {
      Map<String, Object> members = new LinkedHashMap<>();
      map.forEach((k, v) -> members.put((String) k, v));
      ControlBody error = new ControlBody(members)
          .allow("code", "message", "resourceId", "resourceType", "limit");
      String code = error.string("code");
      if (code == null) {
        throw ControlException.badRequest("Bad error: the member code is missing (expected one"
            + " of " + String.join(", ", CODES) + ")");
      }
      return build(code, error);
    }
    throw ControlException.badField("error", spec,
        "a wire error code such as \"ThrottlingException\", or an object with a code");
  }

  private static ServiceError build(String code, ControlBody e) throws ControlException {
    String message = e.string("message");
    String id = e.string("resourceId") == null ? PLACEHOLDER_ID : e.string("resourceId");
    String type = e.string("resourceType") == null ? ServiceError.ROOM : e.string("resourceType");
    Integer limit = e.integer("limit", 0);
    ServiceError error = switch (code) {
      case ServiceError.VALIDATION -> ServiceError.validationOther(
          message == null ? "The request is not valid (scripted fault)" : message);
      case ServiceError.RESOURCE_NOT_FOUND -> ServiceError.notFound(id, type);
      case ServiceError.CONFLICT -> ServiceError.conflict(id, type,
          message == null ? "The resource is in use (scripted fault)" : message);
      case ServiceError.SERVICE_QUOTA_EXCEEDED -> ServiceError.quotaExceeded(id, type,
          limit == null ? 50 : limit,
          message == null ? "A service quota is exceeded (scripted fault)" : message);
      case ServiceError.THROTTLING -> ServiceError.throttling(id, type,
          limit == null ? 1 : limit);
      case ServiceError.ACCESS_DENIED -> message == null ? ServiceError.accessDenied()
          : ServiceError.accessDenied(message);
      case ServiceError.PENDING_VERIFICATION -> ServiceError.pendingVerification();
      case ServiceError.INTERNAL_SERVER -> message == null ? ServiceError.internalServer()
          : ServiceError.internalServer(message);
      default -> throw ControlException.badField("error code", code,
          "one of " + String.join(", ", CODES));
    };
    if (message != null && !message.equals(error.message())) {
      error = new ServiceError(error.code(), error.statusCode(), error.serverFault(), message,
          error.reason(), error.fields(), error.resourceId(), error.resourceType(),
          error.limit());
    }
    return error;
  }
}
