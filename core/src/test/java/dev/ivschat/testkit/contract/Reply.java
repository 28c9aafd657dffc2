package dev.ivschat.testkit.contract;

import dev.ivschat.testkit.ServiceError;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a call through a {@link ContractTarget} ended, in the neutral vocabulary: the output members
 * or the service error, with the request id and, where the target can see it, the HTTP status.
 *
 * @param operation the operation called
 * @param output the output members (empty when the operation has no output); null when it failed
 * @param error the service error read back from the target's answer; null when it succeeded
 * @param requestId the request id the answer carried
 * @param exceptionType the simple name of the exception the target's client threw (e.g. {@code
 *     PendingVerificationException}), or null where there is no exception (engine, raw HTTP)
 * @param httpStatus the HTTP status of the answer, or null when the target cannot see it
 */
public record Reply(String operation, Map<String, Object> output, ServiceError error,
    String requestId, String exceptionType, Integer httpStatus) {

  /** Copies the output. */
  public Reply {
    Objects.requireNonNull(operation, "operation");
    if ((output == null) == (error == null)) {
      throw new IllegalArgumentException("A reply has either output or an error");
    }
    if (output != null) {
      output = Collections.unmodifiableMap(new LinkedHashMap<>(output));
    }
  }

  /** A successful reply. */
  public static Reply success(String operation, Map<String, Object> output, String requestId,
      Integer httpStatus) {
    return new Reply(operation, output, null, requestId, null, httpStatus);
  }

  /** A failed reply; its HTTP status is the error's. */
  public static Reply failure(String operation, ServiceError error, String requestId,
      String exceptionType) {
    return new Reply(operation, null, error, requestId, exceptionType, error.statusCode());
  }

  public boolean failed() {
    return error != null;
  }

  /** An output member, or null when it is absent. */
  public Object get(String member) {
    requireOutput();
    return output.get(member);
  }

  public String string(String member) {
    return (String) get(member);
  }

  public Integer integer(String member) {
    return (Integer) get(member);
  }

  public Instant instant(String member) {
    return (Instant) get(member);
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> map(String member) {
    return (Map<String, Object>) get(member);
  }

  @SuppressWarnings("unchecked")
  public List<Object> list(String member) {
    return (List<Object>) get(member);
  }

  /** A list member whose elements are structures. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> structures(String member) {
    return (List<Map<String, Object>>) get(member);
  }

  private void requireOutput() {
    if (output == null) {
      throw new AssertionError(operation + " failed with " + error + " (request " + requestId
          + "), so it has no output");
    }
  }

  @Override
  public String toString() {
    return operation + (failed() ? " failed: " + error : " -> " + output) + " [" + requestId
        + (httpStatus == null ? "" : ", HTTP " + httpStatus) + "]";
  }
}
