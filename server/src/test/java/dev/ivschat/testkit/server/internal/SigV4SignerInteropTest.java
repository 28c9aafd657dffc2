package dev.ivschat.testkit.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.DefaultRequest;
import com.amazonaws.auth.AWS4Signer;
import com.amazonaws.auth.AWSCredentials;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.auth.BasicSessionCredentials;
import com.amazonaws.http.HttpMethodName;
import com.amazonaws.util.SdkHttpUtils;
import dev.ivschat.testkit.server.internal.SigV4.Accepted;
import dev.ivschat.testkit.server.internal.SigV4.Credential;
import dev.ivschat.testkit.server.internal.SigV4.Result;
import dev.ivschat.testkit.server.internal.SigV4.SignedRequest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/** Requests signed by the real SDK signers (v2 {@code AwsV4HttpSigner}, v1 {@code AWS4Signer}). */
class SigV4SignerInteropTest {

  static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
  static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  static final String SESSION_TOKEN = "FQoGZXIvYXdzEXAMPLE//////////wEaDFAKE+TOKEN==";
  static final Function<String, String> SECRETS = Map.of(ACCESS_KEY, SECRET_KEY)::get;
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  static final String ENCODED_ARN = "arn%3Aaws%3Aivschat%3Aus-east-1%3A123456789012%3Aroom%2FabcD";
  static final String CREATE_ROOM_BODY = "{\"name\":\"lobby\",\"maximumMessageLength\":500}";

  static Result verify(SignedRequest request) {
    return SigV4.verify(request, SECRETS, NOW, SigV4.DEFAULT_MAX_SKEW);
  }

  /** Signs like the v2 SDK: {@code AwsV4HttpSigner} over the request the client would send. */
  static final class V2 {
    private V2() {}

    static SdkHttpFullRequest.Builder request(SdkHttpMethod method, String encodedPath) {
      return SdkHttpFullRequest.builder()
          .method(method)
          .protocol("http")
          .host("localhost")
          .port(4566)
          .encodedPath(encodedPath);
    }

    static SignedRequest sign(SdkHttpFullRequest.Builder builder, String body) {
      return sign(builder, body, AwsCredentialsIdentity.create(ACCESS_KEY, SECRET_KEY), NOW);
    }

    static SignedRequest sign(
        SdkHttpFullRequest.Builder builder,
        String body,
        AwsCredentialsIdentity identity,
        Instant at) {
      return sign(builder, body, identity, at, true);
    }

    static SignedRequest sign(
        SdkHttpFullRequest.Builder builder,
        String body,
        AwsCredentialsIdentity identity,
        Instant at,
        boolean payloadSigning) {
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      if (body != null) {
        builder.putHeader("Content-Type", "application/json");
        builder.putHeader("Content-Length", String.valueOf(bytes.length));
      }
      SdkHttpRequest request = builder.build();
      SdkHttpRequest signed =
          AwsV4HttpSigner.create()
              .sign(
                  r ->
                      r.identity(identity)
                          .request(request)
                          .payload(body == null ? null : ContentStreamProvider.fromUtf8String(body))
                          .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "ivschat")
                          .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                          .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC))
                          .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, payloadSigning))
              .request();
      return new SignedRequest(
          signed.method().name(),
          signed.encodedPath(),
          signed.encodedQueryParameters().orElse(null),
          signed.headers(),
          bytes);
    }
  }

  /** Signs like the v1 SDK: {@code AWS4Signer} over a {@code DefaultRequest}. */
  static final class V1 {
    private V1() {}

    static DefaultRequest<Void> request(HttpMethodName method, String encodedPath) {
      DefaultRequest<Void> request = new DefaultRequest<>("ivschat");
      request.setHttpMethod(method);
      request.setEndpoint(URI.create("http://localhost:4566"));
      request.setResourcePath(encodedPath);
      return request;
    }

    static SignedRequest sign(DefaultRequest<Void> request, String body) {
      return sign(request, body, new BasicAWSCredentials(ACCESS_KEY, SECRET_KEY), NOW);
    }

    static SignedRequest sign(
        DefaultRequest<Void> request, String body, AWSCredentials credentials, Instant at) {
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      request.setContent(new ByteArrayInputStream(bytes));
      if (body != null) {
        request.addHeader("Content-Type", "application/json");
      }
      request.addHeader("Content-Length", String.valueOf(bytes.length));
      AWS4Signer signer = new AWS4Signer();
      signer.setServiceName("ivschat");
      signer.setRegionName("us-east-1");
      signer.setOverrideDate(Date.from(at));
      signer.sign(request, credentials);
      Map<String, List<String>> headers = new LinkedHashMap<>();
      request.getHeaders().forEach((name, value) -> headers.put(name, List.of(value)));
      // The wire query as v1's HTTP layer writes it: form-encoded, so a space is '+'.
      String query =
          request.getParameters().isEmpty() ? null : SdkHttpUtils.encodeParameters(request);
      return new SignedRequest(
          request.getHttpMethod().name(), request.getResourcePath(), query, headers, bytes);
    }
  }

  @Nested
  class JavaSdkV2 {

    @Test
    void accepts_post_create_room_with_json_body() {
      SignedRequest request =
          V2.sign(V2.request(SdkHttpMethod.POST, "/CreateRoom"), CREATE_ROOM_BODY);

      assertThat(verify(request))
          .isEqualTo(new Accepted(new Credential(ACCESS_KEY, "20260301", "us-east-1", "ivschat")));
    }

    @Test
    void signs_the_payload_hash_in_x_amz_content_sha256_over_http() {
      SignedRequest request =
          V2.sign(V2.request(SdkHttpMethod.POST, "/CreateRoom"), CREATE_ROOM_BODY);

      assertThat(request.headers().get("x-amz-content-sha256"))
          .containsExactly(
              SigV4Canonical.hex(
                  SigV4Canonical.sha256(CREATE_ROOM_BODY.getBytes(StandardCharsets.UTF_8))));
      assertThat(verify(request)).isInstanceOf(Accepted.class);
    }

    @Test
    void accepts_unsigned_payload_when_payload_signing_is_off_over_https() {
      SignedRequest request =
          V2.sign(
              V2.request(SdkHttpMethod.POST, "/CreateRoom").protocol("https").port(443),
              CREATE_ROOM_BODY,
              AwsCredentialsIdentity.create(ACCESS_KEY, SECRET_KEY),
              NOW,
              false);

      assertThat(request.headers().get("x-amz-content-sha256")).containsExactly("UNSIGNED-PAYLOAD");
      assertThat(verify(request)).isInstanceOf(Accepted.class);
    }

    @Test
    void accepts_get_tags_with_percent_encoded_arn_in_path() {
      SignedRequest request = V2.sign(V2.request(SdkHttpMethod.GET, "/tags/" + ENCODED_ARN), null);

      assertThat(request.rawPath()).isEqualTo("/tags/" + ENCODED_ARN);
      assertThat(verify(request)).isInstanceOf(Accepted.class);
    }

    @Test
    void accepts_delete_tags_with_repeated_query_keys_and_percent_20_space() {
      SignedRequest request =
          V2.sign(
              V2.request(SdkHttpMethod.DELETE, "/tags/" + ENCODED_ARN)
                  .putRawQueryParameter("tagKeys", List.of("a", "k 1")),
              null);

      assertThat(request.rawQuery()).isEqualTo("tagKeys=a&tagKeys=k%201");
      assertThat(verify(request)).isInstanceOf(Accepted.class);
    }

    @Test
    void accepts_signed_header_values_with_extra_spaces() {
      SignedRequest request =
          V2.sign(
              V2.request(SdkHttpMethod.POST, "/CreateRoom")
                  .putHeader("X-Custom", "  a   b \t c  ")
                  .putHeader("X-Multi", List.of(" one ", "two  three")),
              CREATE_ROOM_BODY);

      assertThat(verify(request)).isInstanceOf(Accepted.class);
      assertThat(verify(withHeader(request, "x-custom", "a   b \t c")))
          .as("the HTTP layer may strip the surrounding whitespace")
          .isInstanceOf(Accepted.class);
    }

    @Test
    void accepts_a_session_token_whatever_its_value() {
      SignedRequest request =
          V2.sign(
              V2.request(SdkHttpMethod.POST, "/CreateRoom"),
              CREATE_ROOM_BODY,
              AwsSessionCredentialsIdentity.create(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN),
              NOW);

      assertThat(request.headers().get("x-amz-security-token")).containsExactly(SESSION_TOKEN);
      assertThat(verify(request)).isInstanceOf(Accepted.class);
    }
  }

  @Nested
  class JavaSdkV1 {

    @Test
    void accepts_post_create_room_with_json_body() {
      SignedRequest request =
          V1.sign(V1.request(HttpMethodName.POST, "/CreateRoom"), CREATE_ROOM_BODY);

      assertThat(request.headers()).doesNotContainKey("x-amz-content-sha256");
      assertThat(verify(request))
          .isEqualTo(new Accepted(new Credential(ACCESS_KEY, "20260301", "us-east-1", "ivschat")));
    }

    @Test
    void accepts_get_tags_with_percent_encoded_arn_in_path() {
      SignedRequest request = V1.sign(V1.request(HttpMethodName.GET, "/tags/" + ENCODED_ARN), null);

      assertThat(verify(request)).isInstanceOf(Accepted.class);
    }

    @Test
    void accepts_delete_tags_with_plus_for_space_in_query() {
      DefaultRequest<Void> delete = V1.request(HttpMethodName.DELETE, "/tags/" + ENCODED_ARN);
      delete.addParameter("tagKeys", "a");
      delete.addParameter("tagKeys", "k 1");
      SignedRequest request = V1.sign(delete, null);

      assertThat(request.rawQuery()).isEqualTo("tagKeys=a&tagKeys=k+1");
      assertThat(verify(request)).isInstanceOf(Accepted.class);
    }

    @Test
    void accepts_signed_header_values_with_extra_spaces() {
      DefaultRequest<Void> create = V1.request(HttpMethodName.POST, "/CreateRoom");
      create.addHeader("X-Custom", "  a   b \t c  ");
      SignedRequest request = V1.sign(create, CREATE_ROOM_BODY);

      assertThat(verify(request)).isInstanceOf(Accepted.class);
      assertThat(verify(withHeader(request, "x-custom", "a   b \t c")))
          .isInstanceOf(Accepted.class);
    }

    @Test
    void accepts_a_session_token_whatever_its_value() {
      SignedRequest request =
          V1.sign(
              V1.request(HttpMethodName.POST, "/CreateRoom"),
              CREATE_ROOM_BODY,
              new BasicSessionCredentials(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN),
              NOW);

      assertThat(request.headers().get("x-amz-security-token")).containsExactly(SESSION_TOKEN);
      assertThat(verify(request)).isInstanceOf(Accepted.class);
    }
  }

  @Test
  void lenient_identify_tells_who_signed_without_a_secret() {
    SignedRequest request =
        V2.sign(V2.request(SdkHttpMethod.POST, "/CreateRoom"), CREATE_ROOM_BODY);

    assertThat(SigV4.identify(request))
        .isEqualTo(new Accepted(new Credential(ACCESS_KEY, "20260301", "us-east-1", "ivschat")));
  }

  @Test
  void accepts_a_request_signed_within_the_window_either_way() {
    Duration almost = SigV4.DEFAULT_MAX_SKEW.minusSeconds(1);
    SignedRequest late =
        V1.sign(
            V1.request(HttpMethodName.POST, "/CreateRoom"),
            CREATE_ROOM_BODY,
            new BasicAWSCredentials(ACCESS_KEY, SECRET_KEY),
            NOW.minus(almost));
    SignedRequest early =
        V2.sign(
            V2.request(SdkHttpMethod.POST, "/CreateRoom"),
            CREATE_ROOM_BODY,
            AwsCredentialsIdentity.create(ACCESS_KEY, SECRET_KEY),
            NOW.plus(SigV4.DEFAULT_MAX_SKEW));

    assertThat(verify(late)).isInstanceOf(Accepted.class);
    assertThat(verify(early)).as("the window's edge is inside").isInstanceOf(Accepted.class);
  }

  /** The request with one header's values replaced, as an HTTP layer might deliver it. */
  static SignedRequest withHeader(SignedRequest request, String name, String... values) {
    Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
    if (values.length == 0) {
      headers.remove(name);
    } else {
      headers.put(name, new ArrayList<>(List.of(values)));
    }
    return new SignedRequest(
        request.method(), request.rawPath(), request.rawQuery(), headers, request.body());
  }
}
