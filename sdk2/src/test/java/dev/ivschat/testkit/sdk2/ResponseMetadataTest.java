package dev.ivschat.testkit.sdk2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.ivschat.model.CreateRoomResponse;
import software.amazon.awssdk.services.ivschat.model.ResourceNotFoundException;

/** What responses and exceptions carry besides their members. */
class ResponseMetadataTest {
  private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");
  private final FakeIvschatClient fake = FakeIvschatClient.builder().clockStart(START).build();

  @Test
  void a_response_carries_status_headers_and_the_calls_request_id() {
    CreateRoomResponse room = fake.createRoom(r -> r.name("lobby"));

    SdkHttpResponse http = room.sdkHttpResponse();
    String requestId = fake.lastCalls(1).get(0).requestId();
    assertThat(http.statusCode()).isEqualTo(200);
    assertThat(http.statusText()).contains("OK");
    assertThat(http.firstMatchingHeader("x-amzn-RequestId")).contains(requestId);
    assertThat(http.firstMatchingHeader("content-type")).contains("application/json");
    assertThat(http.firstMatchingHeader("Date")).contains("Sat, 01 Mar 2025 10:00:00 GMT");
    assertThat(room.responseMetadata().requestId()).isEqualTo(requestId)
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  }

  @Test
  void each_call_has_its_own_request_id() {
    String first = fake.createRoom(r -> { }).responseMetadata().requestId();
    String second = fake.createRoom(r -> { }).responseMetadata().requestId();

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void the_deletes_answer_204_without_a_content_type() {
    String arn = fake.createRoom(r -> { }).arn();

    SdkHttpResponse http = fake.deleteRoom(r -> r.identifier(arn)).sdkHttpResponse();

    assertThat(http.statusCode()).isEqualTo(204);
    assertThat(http.statusText()).contains("No Content");
    assertThat(http.firstMatchingHeader("Content-Type")).isEmpty();
  }

  @Test
  void an_exception_carries_the_error_response() {
    ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
        () -> fake.getRoom(r -> r.identifier(
            "arn:aws:ivschat:us-east-1:123456789012:room/g1H2I3j4k5L6")));

    SdkHttpResponse http = e.awsErrorDetails().sdkHttpResponse();
    assertThat(http.statusCode()).isEqualTo(404);
    assertThat(http.firstMatchingHeader("x-amzn-ErrorType")).contains("ResourceNotFoundException");
    assertThat(http.firstMatchingHeader("x-amzn-RequestId")).contains(e.requestId());
    assertThat(e.awsErrorDetails().serviceName()).isEqualTo("Ivschat");
    assertThat(e.awsErrorDetails().rawResponse().asUtf8String())
        .startsWith("{\"__type\":\"ResourceNotFoundException\",\"message\":");
    assertThat(e.getMessage()).isEqualTo(e.awsErrorDetails().errorMessage()
        + " (Service: Ivschat, Status Code: 404, Request ID: " + e.requestId()
        + ") (SDK Attempt Count: 1)");
  }

  @Test
  void responses_are_immutable_snapshots() {
    CreateRoomResponse room = fake.createRoom(r -> r.tags(Map.of("k", "v")));
    fake.tagResource(r -> r.resourceArn(room.arn()).tags(Map.of("k", "changed")));

    assertThat(room.tags()).containsExactly(Map.entry("k", "v"));
    assertThatThrownBy(() -> room.tags().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
