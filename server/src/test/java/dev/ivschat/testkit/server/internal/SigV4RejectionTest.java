package dev.ivschat.testkit.server.internal;

import static dev.ivschat.testkit.server.internal.SigV4SignerInteropTest.ACCESS_KEY;
import static dev.ivschat.testkit.server.internal.SigV4SignerInteropTest.CREATE_ROOM_BODY;
import static dev.ivschat.testkit.server.internal.SigV4SignerInteropTest.ENCODED_ARN;
import static dev.ivschat.testkit.server.internal.SigV4SignerInteropTest.NOW;
import static dev.ivschat.testkit.server.internal.SigV4SignerInteropTest.SECRETS;
import static dev.ivschat.testkit.server.internal.SigV4SignerInteropTest.SECRET_KEY;
import static dev.ivschat.testkit.server.internal.SigV4SignerInteropTest.verify;
import static dev.ivschat.testkit.server.internal.SigV4SignerInteropTest.withHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.http.HttpMethodName;
import dev.ivschat.testkit.server.internal.SigV4.Accepted;
import dev.ivschat.testkit.server.internal.SigV4.Rejected;
import dev.ivschat.testkit.server.internal.SigV4.Result;
import dev.ivschat.testkit.server.internal.SigV4.SignedRequest;
import dev.ivschat.testkit.server.internal.SigV4SignerInteropTest.V1;
import dev.ivschat.testkit.server.internal.SigV4SignerInteropTest.V2;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Requests a real client would not send, and what AWS answers to each. */
class SigV4RejectionTest {

  private static final String MISMATCH =
      "The request signature we calculated does not match the signature you provided. Check your"
          + " AWS Secret Access Key and signing method. Consult the service documentation for"
          + " details.";

  private static SignedRequest v2CreateRoom() {
    return V2.sign(V2.request(SdkHttpMethod.POST, "/CreateRoom"), CREATE_ROOM_BODY);
  }

  private static SignedRequest v1CreateRoom() {
    return V1.sign(V1.request(HttpMethodName.POST, "/CreateRoom"), CREATE_ROOM_BODY);
  }

  private static String authorization(SignedRequest request) {
    return request.headers().get("authorization").get(0);
  }

  private static SignedRequest withAuthorization(SignedRequest request, String authorization) {
    return withHeader(request, "authorization", authorization);
  }

  private static SignedRequest with(
      SignedRequest request, String method, String path, String query, byte[] body) {
    return new SignedRequest(method, path, query, request.headers(), body);
  }

  private static Rejected rejected(Result result) {
    assertThat(result).isInstanceOf(Rejected.class);
    return (Rejected) result;
  }

  @Nested
  class MissingOrMalformedHeader {

    @Test
    void missing_authorization_is_missing_authentication_token_403_in_both_modes() {
      SignedRequest request = withHeader(v2CreateRoom(), "authorization");
      Rejected expected =
          new Rejected("MissingAuthenticationTokenException", 403, "Missing Authentication Token");

      assertThat(SigV4.identify(request)).isEqualTo(expected);
      assertThat(verify(request)).isEqualTo(expected);
      assertThat(verify(withAuthorization(request, "   "))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Credential", "SignedHeaders", "Signature"})
    void a_missing_part_is_incomplete_signature_400_naming_the_part(String part) {
      SignedRequest signed = v2CreateRoom();
      String without =
          authorization(signed).replaceAll(",?\\s*" + part + "=[^,]*", "").replace("256,", "256 ");
      SignedRequest request = withAuthorization(signed, without);

      for (Result result : List.of(SigV4.identify(request), verify(request))) {
        Rejected rejected = rejected(result);
        assertThat(rejected.code()).isEqualTo("IncompleteSignatureException");
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.message())
            .isEqualTo(
                "Authorization header requires '" + part + "' parameter. Authorization=" + without);
      }
    }

    @Test
    void an_algorithm_alone_names_every_missing_part() {
      SignedRequest request =
          withHeader(withAuthorization(v2CreateRoom(), "AWS4-HMAC-SHA256"), "x-amz-date");

      assertThat(SigV4.identify(request))
          .isEqualTo(
              new Rejected(
                  "IncompleteSignatureException",
                  400,
                  "Authorization header requires 'Credential' parameter. Authorization header"
                      + " requires 'Signature' parameter. Authorization header requires"
                      + " 'SignedHeaders' parameter. Authorization header requires existence of"
                      + " either a 'X-Amz-Date' or a 'Date' header."
                      + " Authorization=AWS4-HMAC-SHA256"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWS4-HMAC-SHA512", "AWS4-ECDSA-P256-SHA256", "Bearer", "AWS"})
    void another_algorithm_is_incomplete_signature_400(String algorithm) {
      SignedRequest signed = v2CreateRoom();
      SignedRequest request =
          withAuthorization(signed, authorization(signed).replace("AWS4-HMAC-SHA256", algorithm));

      assertThat(SigV4.identify(request))
          .isEqualTo(
              new Rejected(
                  "IncompleteSignatureException",
                  400,
                  "Unsupported AWS 'algorithm': '" + algorithm + "'."));
    }

    @Test
    void a_space_inside_the_credential_is_not_a_key_value_pair() {
      SignedRequest signed = v2CreateRoom();
      String broken = authorization(signed).replace(ACCESS_KEY + "/", ACCESS_KEY + " /");

      Rejected rejected = rejected(SigV4.identify(withAuthorization(signed, broken)));

      assertThat(rejected.code()).isEqualTo("IncompleteSignatureException");
      assertThat(rejected.status()).isEqualTo(400);
      assertThat(rejected.message())
          .startsWith("'/20260301/us-east-1/ivschat/aws4_request' not a valid key=value pair")
          .endsWith("in Authorization header: '" + broken + "'.");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "AKID/20260301/us-east-1/ivschat",
          "AKID/20260301/us-east-1/ivschat/aws4_request/extra",
          "/20260301/us-east-1/ivschat/aws4_request",
          "AKID/2026-03-01/us-east-1/ivschat/aws4_request",
          "AKID/20261301/us-east-1/ivschat/aws4_request",
          "AKID//us-east-1/ivschat/aws4_request"
        })
    void a_malformed_scope_is_incomplete_signature_400(String credential) {
      SignedRequest signed = v2CreateRoom();
      String broken =
          authorization(signed).replaceFirst("Credential=[^,]*", "Credential=" + credential);

      Rejected rejected = rejected(SigV4.identify(withAuthorization(signed, broken)));

      assertThat(rejected.code()).isEqualTo("IncompleteSignatureException");
      assertThat(rejected.status()).isEqualTo(400);
      assertThat(rejected.message()).contains("'" + credential + "' is mal-formed");
    }

    @Test
    void a_scope_for_another_service_is_invalid_signature_403() {
      SignedRequest signed = v2CreateRoom();
      SignedRequest request =
          withAuthorization(signed, authorization(signed).replace("/ivschat/", "/ivs/"));

      Rejected expected =
          new Rejected(
              "InvalidSignatureException",
              403,
              "Credential should be scoped to correct service: 'ivschat'. ");
      assertThat(SigV4.identify(request)).isEqualTo(expected);
      assertThat(verify(request)).isEqualTo(expected);
    }

    @Test
    void a_scope_without_the_aws4_request_terminator_is_invalid_signature_403() {
      SignedRequest signed = v2CreateRoom();
      SignedRequest request =
          withAuthorization(
              signed, authorization(signed).replace("/aws4_request", "/aws5_request"));

      assertThat(SigV4.identify(request))
          .isEqualTo(
              new Rejected(
                  "InvalidSignatureException",
                  403,
                  "Credential should be scoped with a valid terminator: 'aws4_request', not"
                      + " 'aws5_request'."));
    }

    @Test
    void a_missing_x_amz_date_is_incomplete_signature_400() {
      SignedRequest request = withHeader(v1CreateRoom(), "x-amz-date");

      Rejected rejected = rejected(verify(request));

      assertThat(rejected.code()).isEqualTo("IncompleteSignatureException");
      assertThat(rejected.message())
          .startsWith(
              "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date'"
                  + " header. Authorization=AWS4-HMAC-SHA256 Credential=");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "2026-03-01T12:00:00Z",
          "20260301T120000",
          "20260230T120000Z",
          "Sun, 01 Mar 2026"
        })
    void a_bad_x_amz_date_is_incomplete_signature_400(String date) {
      SignedRequest request = withHeader(v1CreateRoom(), "x-amz-date", date);

      assertThat(SigV4.identify(request))
          .isEqualTo(
              new Rejected(
                  "IncompleteSignatureException",
                  400,
                  "Date must be in ISO-8601 'basic format'. Got '"
                      + date
                      + "'. See http://en.wikipedia.org/wiki/ISO_8601"));
    }

    @Test
    void two_authorization_headers_are_incomplete_signature_400() {
      SignedRequest signed = v2CreateRoom();
      SignedRequest request =
          withHeader(signed, "authorization", authorization(signed), authorization(signed));

      assertThat(rejected(verify(request)).code()).isEqualTo("IncompleteSignatureException");
    }
  }

  @Nested
  class TamperedRequest {

    @Test
    void an_altered_body_is_a_signature_mismatch_with_or_without_x_amz_content_sha256() {
      byte[] altered = CREATE_ROOM_BODY.replace("lobby", "lobbx").getBytes(StandardCharsets.UTF_8);
      for (SignedRequest signed : List.of(v2CreateRoom(), v1CreateRoom())) {
        SignedRequest request =
            with(signed, signed.method(), signed.rawPath(), signed.rawQuery(), altered);

        Rejected rejected = rejected(verify(request));

        assertThat(rejected.code()).isEqualTo("InvalidSignatureException");
        assertThat(rejected.status()).isEqualTo(403);
        assertThat(rejected.message()).startsWith(MISMATCH);
        assertThat(SigV4.identify(request)).as("lenient mode").isInstanceOf(Accepted.class);
      }
    }

    @Test
    void the_mismatch_message_shows_the_canonical_request_and_string_to_sign_like_aws() {
      SignedRequest signed = v1CreateRoom();
      SignedRequest request = with(signed, "POST", "/CreateChatToken", null, signed.body());

      String message = rejected(verify(request)).message();

      assertThat(message)
          .startsWith(
              MISMATCH
                  + "\n\n"
                  + "The Canonical String for this request should have been\n"
                  + "'POST\n"
                  + "/CreateChatToken\n\n")
          .contains(
              "'\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20260301T120000Z\n"
                  + "20260301/us-east-1/ivschat/aws4_request\n")
          .endsWith("'\n");
    }

    @Test
    void an_altered_path_is_a_signature_mismatch() {
      SignedRequest signed = V2.sign(V2.request(SdkHttpMethod.GET, "/tags/" + ENCODED_ARN), null);

      assertThat(
              rejected(
                      verify(
                          with(
                              signed,
                              "GET",
                              signed.rawPath().replace("abcD", "abcE"),
                              null,
                              signed.body())))
                  .message())
          .startsWith(MISMATCH);
      assertThat(
              rejected(
                      verify(
                          with(
                              signed,
                              "GET",
                              signed.rawPath().replace("%2F", "/"),
                              null,
                              signed.body())))
                  .message())
          .as("a decoded slash is another path")
          .startsWith(MISMATCH);
    }

    @Test
    void an_altered_method_or_query_is_a_signature_mismatch() {
      SignedRequest signed =
          V2.sign(
              V2.request(SdkHttpMethod.DELETE, "/tags/" + ENCODED_ARN)
                  .putRawQueryParameter("tagKeys", List.of("a", "k 1")),
              null);

      for (String query :
          Arrays.asList("tagKeys=a", "tagKeys=a&tagKeys=k%202", "tagKeys=k%201", null)) {
        assertThat(verify(with(signed, "DELETE", signed.rawPath(), query, signed.body())))
            .as(String.valueOf(query))
            .isInstanceOf(Rejected.class);
      }
      assertThat(verify(with(signed, "GET", signed.rawPath(), signed.rawQuery(), signed.body())))
          .isInstanceOf(Rejected.class);
      assertThat(
              verify(
                  with(
                      signed,
                      "DELETE",
                      signed.rawPath(),
                      "tagKeys=k%201&tagKeys=a",
                      signed.body())))
          .as("the order of the query does not matter")
          .isInstanceOf(Accepted.class);
    }

    @Test
    void an_altered_signed_header_is_a_signature_mismatch() {
      SignedRequest signed = v1CreateRoom();

      assertThat(rejected(verify(withHeader(signed, "host", "localhost:4567"))).message())
          .startsWith(MISMATCH);
      assertThat(rejected(verify(withHeader(signed, "content-type", "text/plain"))).message())
          .startsWith(MISMATCH);
      assertThat(rejected(verify(withHeader(signed, "host"))).message())
          .as("a signed header that is missing")
          .startsWith(MISMATCH);
    }

    @Test
    void an_unsigned_extra_header_still_passes() {
      SignedRequest signed = v2CreateRoom();

      assertThat(verify(withHeader(signed, "x-amzn-trace-id", "Root=1-abc")))
          .isInstanceOf(Accepted.class);
      assertThat(verify(withHeader(signed, "user-agent", "something else")))
          .isInstanceOf(Accepted.class);
    }

    @Test
    void header_names_in_any_case_are_looked_up_case_insensitively() {
      SignedRequest signed = v1CreateRoom();
      Map<String, List<String>> upper = new HashMap<>();
      signed.headers().forEach((name, values) -> upper.put(name.toUpperCase(), values));

      assertThat(verify(new SignedRequest("POST", "/CreateRoom", null, upper, signed.body())))
          .isInstanceOf(Accepted.class);
    }

    @Test
    void a_streaming_payload_is_refused_with_400() {
      SignedRequest request =
          withHeader(v2CreateRoom(), "x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD");

      Rejected rejected = rejected(verify(request));

      assertThat(rejected.code()).isEqualTo("IncompleteSignatureException");
      assertThat(rejected.status()).isEqualTo(400);
    }
  }

  @Nested
  class Credentials {

    @Test
    void a_wrong_secret_is_a_signature_mismatch() {
      SignedRequest request =
          V2.sign(
              V2.request(SdkHttpMethod.POST, "/CreateRoom"),
              CREATE_ROOM_BODY,
              AwsCredentialsIdentity.create(ACCESS_KEY, SECRET_KEY + "x"),
              NOW);

      Rejected rejected = rejected(verify(request));

      assertThat(rejected.code()).isEqualTo("InvalidSignatureException");
      assertThat(rejected.status()).isEqualTo(403);
      assertThat(rejected.message()).startsWith(MISMATCH);
    }

    @Test
    void an_unknown_access_key_is_unrecognized_client_403() {
      SignedRequest request =
          V1.sign(
              V1.request(HttpMethodName.POST, "/CreateRoom"),
              CREATE_ROOM_BODY,
              new BasicAWSCredentials("AKIAUNKNOWN", SECRET_KEY),
              NOW);

      assertThat(verify(request))
          .isEqualTo(
              new Rejected(
                  "UnrecognizedClientException",
                  403,
                  "The security token included in the request is invalid."));
      assertThat(SigV4.identify(request)).as("lenient mode").isInstanceOf(Accepted.class);
    }

    @Test
    void a_secret_lookup_that_throws_counts_as_an_unknown_key() {
      Function<String, String> throwing =
          key -> {
            throw new IllegalStateException("boom");
          };

      assertThat(rejected(SigV4.verify(v1CreateRoom(), throwing, NOW, null)).code())
          .isEqualTo("UnrecognizedClientException");
      assertThat(rejected(SigV4.verify(v1CreateRoom(), null, NOW, null)).code())
          .isEqualTo("UnrecognizedClientException");
    }

    @Test
    void a_credential_scope_date_other_than_x_amz_date_is_invalid_signature_403() {
      SignedRequest signed = v1CreateRoom();
      SignedRequest request =
          withAuthorization(signed, authorization(signed).replace("/20260301/", "/20260228/"));

      assertThat(verify(request))
          .isEqualTo(
              new Rejected(
                  "InvalidSignatureException",
                  403,
                  "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date"
                      + " from HTTP: '20260228' != '20260301', from '20260301T120000Z'."));
    }
  }

  @Nested
  class ClockSkew {

    private SignedRequest signedAt(Instant at) {
      return V1.sign(
          V1.request(HttpMethodName.POST, "/CreateRoom"),
          CREATE_ROOM_BODY,
          new BasicAWSCredentials(ACCESS_KEY, SECRET_KEY),
          at);
    }

    @Test
    void a_request_older_than_the_window_is_signature_expired_403() {
      SignedRequest request = signedAt(NOW.minus(Duration.ofMinutes(5)).minusSeconds(1));

      assertThat(verify(request))
          .isEqualTo(
              new Rejected(
                  "InvalidSignatureException",
                  403,
                  "Signature expired: 20260301T115459Z is now earlier than 20260301T115500Z"
                      + " (20260301T120000Z - 5 min.)"));
      assertThat(SigV4.identify(request)).as("lenient mode").isInstanceOf(Accepted.class);
    }

    @Test
    void a_request_later_than_the_window_is_signature_not_yet_current_403() {
      SignedRequest request = signedAt(NOW.plus(Duration.ofHours(1)));

      assertThat(verify(request))
          .isEqualTo(
              new Rejected(
                  "InvalidSignatureException",
                  403,
                  "Signature not yet current: 20260301T130000Z is still later than 20260301T120500Z"
                      + " (20260301T120000Z + 5 min.)"));
    }

    @Test
    void the_window_is_a_parameter_and_the_message_names_it() {
      SignedRequest request = signedAt(NOW.minus(Duration.ofMinutes(2)));

      assertThat(SigV4.verify(request, SECRETS, NOW, Duration.ofMinutes(5)))
          .isInstanceOf(Accepted.class);
      assertThat(rejected(SigV4.verify(request, SECRETS, NOW, Duration.ofMinutes(1))).message())
          .isEqualTo(
              "Signature expired: 20260301T115800Z is now earlier than 20260301T115900Z"
                  + " (20260301T120000Z - 1 min.)");
      assertThat(rejected(SigV4.verify(request, SECRETS, NOW, Duration.ofSeconds(90))).message())
          .endsWith("(20260301T120000Z - 90 sec.)");
    }

    @Test
    void a_request_inside_the_window_either_way_is_accepted() {
      assertThat(verify(signedAt(NOW.minus(Duration.ofMinutes(5))))).isInstanceOf(Accepted.class);
      assertThat(verify(signedAt(NOW.plus(Duration.ofSeconds(299))))).isInstanceOf(Accepted.class);
    }

    @Test
    void skew_is_checked_before_the_signature() {
      SignedRequest stale = signedAt(NOW.minus(Duration.ofHours(2)));
      SignedRequest tampered =
          with(stale, "POST", "/CreateRoom", null, "{}".getBytes(StandardCharsets.UTF_8));

      assertThat(rejected(verify(tampered)).message()).startsWith("Signature expired: ");
    }
  }

  @Nested
  class NeverThrows {

    @Test
    void on_null_and_empty_pieces() {
      Map<String, List<String>> withNulls = new HashMap<>();
      withNulls.put(null, List.of("x"));
      withNulls.put("authorization", null);
      withNulls.put("x-amz-date", Arrays.asList((String) null));

      assertThatCode(
              () -> {
                SigV4.identify(null);
                SigV4.verify(null, null, null, null);
                SigV4.verify(new SignedRequest(null, null, null, null, null), SECRETS, null, null);
                SigV4.verify(
                    new SignedRequest("GET", "", "", withNulls, new byte[0]), SECRETS, NOW, null);
              })
          .doesNotThrowAnyException();
      assertThat(SigV4.identify(null)).isInstanceOf(Rejected.class);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "AWS4-HMAC-SHA256 Credential=",
          "AWS4-HMAC-SHA256 Credential=////, SignedHeaders=;;;, Signature=",
          "AWS4-HMAC-SHA256"
              + " Credential=AKIAIOSFODNN7EXAMPLE/20260301/us-east-1/ivschat/aws4_request,"
              + " SignedHeaders=host, Signature=not-hex-at-all",
          "AWS4-HMAC-SHA256"
              + " Credential=AKIAIOSFODNN7EXAMPLE/20260301/us-east-1/ivschat/aws4_request,"
              + "SignedHeaders=host;nope;;x-amz-date,Signature=zz",
          "AWS4-HMAC-SHA256\t\tCredential ="
              + " AKIAIOSFODNN7EXAMPLE/20260301/us-east-1/ivschat/aws4_request",
          ",,,",
          "=",
          "AWS4-HMAC-SHA256 ==,==,==",
          "AWS4-HMAC-SHA256 Credential=\uD800/20260301/\u0000/ivschat/aws4_request,"
              + " SignedHeaders=h, Signature=x"
        })
    void on_garbage_authorization_headers(String authorization) {
      SignedRequest request =
          new SignedRequest(
              "GET",
              "/tags/%ZZ%",
              "a=%&b=%G1&=&&c",
              Map.of(
                  "authorization",
                  List.of(authorization),
                  "x-amz-date",
                  List.of("20260301T120000Z"),
                  "host",
                  List.of("localhost")),
              null);

      assertThat(SigV4.identify(request)).isNotNull();
      Result result = SigV4.verify(request, SECRETS, NOW, Duration.ofSeconds(Long.MAX_VALUE));
      assertThat(result).isInstanceOf(Rejected.class);
    }
  }
}
