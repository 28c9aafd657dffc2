package dev.ivschat.testkit.server.internal;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request as received, independent of the HTTP library.
 *
 * @param method the method, upper case
 * @param rawPath the path exactly as received, undecoded
 * @param rawQuery the query after {@code ?}, undecoded, or null
 * @param headers lower-case names to their values in order
 * @param body the body bytes (empty for none)
 */
public record WireRequest(String method, String rawPath, String rawQuery,
    Map<String, List<String>> headers, byte[] body) {

  /**
   * The first value of a header.
   *
   * @param name the lower-case name
   * @return the value, or null
   */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  SigV4.SignedRequest signed() {
    return new SigV4.SignedRequest(method, rawPath, rawQuery, headers, body);
  }
}
