package dev.ivschat.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.AmazonServiceException;
import com.amazonaws.ClientConfiguration;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.AmazonivschatClientBuilder;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import dev.ivschat.testkit.Call;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.IvschatException;

/**
 * Strict SigV4 as the real clients meet it: the right secret passes, a wrong one or an unknown
 * key is refused with the code AWS uses, and a server whose wall clock is ahead makes the real
 * v1 and v2 clients correct their clock from the response's Date and retry, as against AWS.
 *
 * <p>Both SDKs keep the corrected offset JVM-wide ({@code SDKGlobalTime}, {@code SdkGlobalTime}),
 * so every client in the JVM signs with it afterwards; each test puts it back.
 */
class StrictSigV4Test {
  private static final String KEY = "AKIDSTRICT";
  private static final String SECRET = "s3cret";

  @AfterEach
  void forgetTheClientsClockCorrection() {
    com.amazonaws.SDKGlobalTime.setGlobalTimeOffset(0);
    software.amazon.awssdk.core.SdkGlobalTime.setGlobalTimeOffset(0);
  }

  @Test
  void a_request_signed_with_the_configured_secret_is_served() {
    try (IvsChatServer server = strict(b -> { });
        IvschatClient client = v2(server, KEY, SECRET, false)) {
      client.createRoom(r -> r.name("lobby"));

      assertThat(server.account(KEY).rooms()).hasSize(1);
    }
  }

  @Test
  void a_wrong_secret_is_refused_as_an_invalid_signature_and_changes_nothing() {
    try (IvsChatServer server = strict(b -> { });
        IvschatClient client = v2(server, KEY, "not-the-secret", false)) {
      IvschatException e = catchThrowableOfType(IvschatException.class,
          () -> client.createRoom(r -> r.name("lobby")));

      assertThat(e.statusCode()).isEqualTo(403);
      assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
      assertThat(e.awsErrorDetails().errorMessage())
          .startsWith("The request signature we calculated does not match");
      assertThat(server.account(KEY).calls()).isEmpty();
    }
  }

  @Test
  void an_unknown_access_key_is_refused_as_an_unrecognized_client() {
    try (IvsChatServer server = strict(b -> { });
        IvschatClient client = v2(server, "AKIDSTRANGER", SECRET, false)) {
      IvschatException e = catchThrowableOfType(IvschatException.class,
          () -> client.listRooms(r -> { }));

      assertThat(e.statusCode()).isEqualTo(403);
      assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
    }
  }

  @Test
  void the_v2_client_corrects_its_clock_from_the_date_header_when_the_server_is_ahead() {
    Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20));
    try (IvsChatServer server = strict(b -> b.wallClock(ahead));
        IvschatClient client = v2(server, KEY, SECRET, true)) {
      client.createRoom(r -> r.name("lobby"));

      assertThat(server.account(KEY).rooms()).hasSize(1);
      assertThat(server.account(KEY).calls()).extracting(Call::failed).containsExactly(false);
      assertThat(software.amazon.awssdk.core.SdkGlobalTime.getGlobalTimeOffset())
          .as("the client's correction, in seconds").isBetween(-1230, -1170);
    }
  }

  @Test
  void the_v1_client_corrects_its_clock_from_the_refusal_when_the_server_is_ahead() {
    Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20));
    try (IvsChatServer server = strict(b -> b.wallClock(ahead))) {
      Amazonivschat client = v1(server, KEY, SECRET);
      try {
        client.listRooms(new ListRoomsRequest());

        assertThat(server.account(KEY).calls()).hasSize(1);
        assertThat(com.amazonaws.SDKGlobalTime.getGlobalTimeOffset())
            .as("the client's correction, in seconds").isBetween(-1230, -1170);
      } finally {
        client.shutdown();
      }
    }
  }

  @Test
  void a_skewed_request_without_retries_gets_aws_signature_expired_message() {
    Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20));
    try (IvsChatServer server = strict(b -> b.wallClock(ahead))) {
      Amazonivschat client = AmazonivschatClientBuilder.standard()
          .withEndpointConfiguration(new EndpointConfiguration(server.endpoint().toString(),
              "us-east-1"))
          .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials(KEY, SECRET)))
          .withClientConfiguration(new ClientConfiguration().withMaxErrorRetry(0))
          .build();
      try {
        AmazonServiceException e = catchThrowableOfType(AmazonServiceException.class,
            () -> client.listRooms(new ListRoomsRequest()));

        assertThat(e.getErrorCode()).isEqualTo("InvalidSignatureException");
        assertThat(e.getStatusCode()).isEqualTo(403);
        assertThat(e.getErrorMessage()).startsWith("Signature expired: ").endsWith("- 5 min.)");
      } finally {
        client.shutdown();
      }
    }
  }

  private static IvsChatServer strict(Consumer<IvsChatServer.Builder> more) {
    IvsChatServer.Builder builder = IvsChatServer.builder().credentials(KEY, SECRET);
    more.accept(builder);
    return builder.start();
  }

  private static IvschatClient v2(IvsChatServer server, String key, String secret,
      boolean retries) {
    return IvschatClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(key, secret)))
        .httpClientBuilder(ApacheHttpClient.builder())
        .overrideConfiguration(o -> {
          if (!retries) {
            o.retryPolicy(RetryPolicy.none());
          }
        })
        .build();
  }

  private static Amazonivschat v1(IvsChatServer server, String key, String secret) {
    return AmazonivschatClientBuilder.standard()
        .withEndpointConfiguration(new EndpointConfiguration(server.endpoint().toString(),
            "us-east-1"))
        .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials(key, secret)))
        .build();
  }
}
