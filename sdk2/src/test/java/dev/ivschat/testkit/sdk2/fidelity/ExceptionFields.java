package dev.ivschat.testkit.sdk2.fidelity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.ivschat.model.ConflictException;
import software.amazon.awssdk.services.ivschat.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivschat.model.ResourceType;
import software.amazon.awssdk.services.ivschat.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.ivschat.model.ThrottlingException;
import software.amazon.awssdk.services.ivschat.model.ValidationException;

/**
 * Everything a caller can read from a v2 service exception, as one map, so a fake exception and a
 * real one can be compared field by field with every difference shown at once.
 */
final class ExceptionFields {
  private ExceptionFields() {
  }

  /**
   * The fields. The {@code Date} header is reduced to its presence (the real one is the wall
   * clock, the fake's its own clock); the reason phrase is left out when {@code withStatusText} is
   * false (the JDK server sends none for some statuses).
   */
  static Map<String, Object> of(AwsServiceException e, boolean withStatusText) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("class", e.getClass().getName());
    m.put("getMessage", e.getMessage());
    m.put("toString", e.toString());
    m.put("rawMessage", e.rawMessage());
    m.put("statusCode", e.statusCode());
    m.put("requestId", e.requestId());
    m.put("extendedRequestId", e.extendedRequestId());
    m.put("numAttempts", e.numAttempts());
    m.put("retryable", e.retryable());
    m.put("isThrottlingException", e.isThrottlingException());
    m.put("isClockSkewException", e.isClockSkewException());
    m.put("isRetryableException", e.isRetryableException());
    m.put("cause", e.getCause());
    m.put("suppressed", List.of(e.getSuppressed()));
    m.put("toBuilder.clockSkew", e.toBuilder().clockSkew());
    for (SdkField<?> f : e.sdkFields()) {
      m.put("member." + f.memberName(), f.getValueOrDefault(e));
    }
    typed(e, m);
    AwsErrorDetails d = e.awsErrorDetails();
    m.put("details.errorCode", d.errorCode());
    m.put("details.errorMessage", d.errorMessage());
    m.put("details.serviceName", d.serviceName());
    m.put("details.rawResponse", d.rawResponse() == null ? null : d.rawResponse().asUtf8String());
    SdkHttpResponse http = d.sdkHttpResponse();
    m.put("http.statusCode", http.statusCode());
    if (withStatusText) {
      m.put("http.statusText", http.statusText());
    }
    m.put("http.isSuccessful", http.isSuccessful());
    m.put("http.headers", headers(http));
    return m;
  }

  /** The modelled members through their typed accessors (enums as the SDK maps them). */
  private static void typed(AwsServiceException e, Map<String, Object> m) {
    if (e instanceof ValidationException v) {
      m.put("reason()", v.reason());
      m.put("reasonAsString()", v.reasonAsString());
      m.put("hasFieldList()", v.hasFieldList());
      m.put("fieldList()", v.fieldList());
    } else if (e instanceof ResourceNotFoundException r) {
      resource(m, r.resourceId(), r.resourceType(), r.resourceTypeAsString(), null);
    } else if (e instanceof ConflictException c) {
      resource(m, c.resourceId(), c.resourceType(), c.resourceTypeAsString(), null);
    } else if (e instanceof ServiceQuotaExceededException q) {
      resource(m, q.resourceId(), q.resourceType(), q.resourceTypeAsString(), q.limit());
    } else if (e instanceof ThrottlingException t) {
      resource(m, t.resourceId(), t.resourceType(), t.resourceTypeAsString(), t.limit());
    }
  }

  private static void resource(Map<String, Object> m, String id, ResourceType type,
      String typeAsString, Integer limit) {
    m.put("resourceId()", id);
    m.put("resourceType()", type);
    m.put("resourceTypeAsString()", typeAsString);
    m.put("limit()", limit);
  }

  /** The headers with lower-case names (HTTP names are case-insensitive), Date as a presence. */
  static Map<String, Object> headers(SdkHttpResponse http) {
    Map<String, Object> h = new TreeMap<>();
    http.headers().forEach((name, values) -> {
      String key = name.toLowerCase(Locale.ROOT);
      h.put(key, key.equals("date") ? "<present>" : values);
    });
    return h;
  }
}
