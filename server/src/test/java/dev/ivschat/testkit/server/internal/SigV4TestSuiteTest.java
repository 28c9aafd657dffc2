package dev.ivschat.testkit.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.server.internal.SigV4.Accepted;
import dev.ivschat.testkit.server.internal.SigV4.Credential;
import dev.ivschat.testkit.server.internal.SigV4.Rejected;
import dev.ivschat.testkit.server.internal.SigV4.SignedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official AWS SigV4 test suite (Apache-2.0, copied from boto/botocore {@code
 * tests/unit/auth/aws4_testsuite/}) as an oracle: the GET/POST vectors that apply to non-S3
 * services. The suite signs for service {@code service}, hence the internal service parameter.
 */
class SigV4TestSuiteTest {

  private static final Function<String, String> SECRETS =
      Map.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")::get;
  private static final Instant SIGNED_AT = Instant.parse("2015-08-30T12:36:00Z");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "get-vanilla",
        "get-vanilla-query",
        "get-vanilla-query-order-key",
        "get-vanilla-query-order-key-case",
        "get-vanilla-query-order-value",
        "get-vanilla-query-order-encoded",
        "get-vanilla-query-unreserved",
        "get-vanilla-empty-query-key",
        "get-unreserved",
        "get-header-key-duplicate",
        "get-header-value-order",
        "get-header-value-trim",
        "post-header-key-case",
        "post-header-key-sort",
        "post-header-value-case",
        "post-vanilla",
        "post-vanilla-query",
        "post-vanilla-empty-query-value",
        "post-x-www-form-urlencoded",
        "post-x-www-form-urlencoded-parameters",
        "post-sts-header-before"
      })
  void computes_the_suites_canonical_request_and_accepts_its_signature(String vector) {
    SignedRequest request = parse(resource(vector, "sreq"));

    assertThat(SigV4.canonicalRequest(request, "service")).isEqualTo(resource(vector, "creq"));
    assertThat(SigV4.verify(request, "service", SECRETS, SIGNED_AT, SigV4.DEFAULT_MAX_SKEW))
        .isEqualTo(new Accepted(new Credential("AKIDEXAMPLE", "20150830", "us-east-1", "service")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"get-vanilla", "post-vanilla"})
  void rejects_the_suites_requests_for_service_ivschat(String vector) {
    SignedRequest request = parse(resource(vector, "sreq"));

    assertThat(SigV4.verify(request, SECRETS, SIGNED_AT, SigV4.DEFAULT_MAX_SKEW))
        .isEqualTo(
            new Rejected(
                "InvalidSignatureException",
                403,
                "Credential should be scoped to correct service: 'ivschat'. "));
  }

  private static String resource(String vector, String extension) {
    String name = "/sigv4/" + vector + "/" + vector + "." + extension;
    try (InputStream in = SigV4TestSuiteTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A raw HTTP/1.1 request as the suite writes it: request line, {@code Name:value} lines, body.
   */
  private static SignedRequest parse(String raw) {
    int blank = raw.indexOf("\n\n");
    String head = blank < 0 ? raw : raw.substring(0, blank);
    byte[] body =
        blank < 0 ? new byte[0] : raw.substring(blank + 2).getBytes(StandardCharsets.UTF_8);
    String[] lines = head.split("\n");
    String[] requestLine = lines[0].split(" ");
    String target = requestLine[1];
    int q = target.indexOf('?');
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers
          .computeIfAbsent(lines[i].substring(0, colon), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1));
    }
    return new SignedRequest(
        requestLine[0],
        q < 0 ? target : target.substring(0, q),
        q < 0 ? null : target.substring(q + 1),
        headers,
        body);
  }
}
