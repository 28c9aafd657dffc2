package dev.ivschat.testkit.sdk2.fidelity;

import static dev.ivschat.testkit.sdk2.fidelity.WireErrors.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.services.ivschat.IvschatAsyncClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.DeleteRoomResponse;
import software.amazon.awssdk.services.ivschat.model.GetRoomResponse;

/**
 * Holds the fake's successful responses to the real client's: what a response carries besides
 * its members ({@code sdkHttpResponse()}, {@code responseMetadata()}), and the members themselves
 * for a room the service describes in JSON.
 */
class RealClientSuccessFidelityTest {
  private static RealService service;
  private static IvschatClient realSync;
  private static IvschatAsyncClient realAsync;

  private final FakeIvschatClient fake = new FakeIvschatClient();
  private String arn;

  @BeforeAll
  static void start() {
    service = RealService.start();
    realSync = service.newSyncClient();
    realAsync = service.newAsyncClient();
  }

  @AfterAll
  static void stop() {
    realSync.close();
    realAsync.close();
    service.close();
  }

  private String createRoom() {
    arn = fake.createRoom(r -> r.name("lobby").maximumMessageLength(200)
        .tags(Map.of("team", "chat", "env", "test"))
        .messageReviewHandler(h -> h.uri(
            "arn:aws:lambda:us-east-1:123456789012:function:review").fallbackResult("DENY")))
        .arn();
    return arn;
  }

  @Test
  void a_200_response_carries_what_the_real_client_sets() {
    GetRoomResponse fromFake = fake.getRoom(r -> r.identifier(createRoom()));
    String requestId = fromFake.responseMetadata().requestId();

    service.answerSuccess(200, requestId, json(fake.room(arn).orElseThrow()));
    GetRoomResponse fromReal = realSync.getRoom(r -> r.identifier(arn));

    assertSameHttp(fromFake, fromReal, Set.of("content-length"));
    assertThat(fromFake.responseMetadata().requestId()).isEqualTo(requestId)
        .isEqualTo(fromReal.responseMetadata().requestId());
    assertThat(fromFake.equalsBySdkFields(fromReal)).as("%s%nvs%n%s", fromFake, fromReal)
        .isTrue();
  }

  @Test
  void a_204_response_carries_what_the_real_client_sets() {
    DeleteRoomResponse fromFake = fake.deleteRoom(r -> r.identifier(createRoom()));
    String requestId = fromFake.responseMetadata().requestId();

    service.answerSuccess(204, requestId, "");
    DeleteRoomResponse fromReal = realSync.deleteRoom(r -> r.identifier(arn));

    assertSameHttp(fromFake, fromReal, Set.of());
    assertThat(fromFake.sdkHttpResponse().statusCode()).isEqualTo(204);
    assertThat(fromFake.responseMetadata().requestId())
        .isEqualTo(fromReal.responseMetadata().requestId());
  }

  @Test
  void the_async_clients_responses_carry_the_same() {
    GetRoomResponse fromFake = fake.async().getRoom(r -> r.identifier(createRoom())).join();
    String requestId = fromFake.responseMetadata().requestId();

    service.answerSuccess(200, requestId, json(fake.room(arn).orElseThrow()));
    GetRoomResponse fromReal = realAsync.getRoom(r -> r.identifier(arn)).join();

    assertSameHttp(fromFake, fromReal, Set.of("content-length"));
    assertThat(fromFake.responseMetadata().requestId())
        .isEqualTo(fromReal.responseMetadata().requestId());
    assertThat(fromFake.equalsBySdkFields(fromReal)).isTrue();
  }

  /**
   * Same status, reason phrase and headers (Date by presence); the real one may have the given
   * headers more (the fake writes no body, so it sends no Content-Length). The response metadata
   * holds the same keys, in the same relation.
   */
  private static void assertSameHttp(AwsResponse fromFake, AwsResponse fromReal,
      Set<String> onlyReal) {
    assertThat(fromFake.sdkHttpResponse().statusCode())
        .isEqualTo(fromReal.sdkHttpResponse().statusCode());
    assertThat(fromFake.sdkHttpResponse().statusText())
        .isEqualTo(fromReal.sdkHttpResponse().statusText());
    assertThat(fromFake.sdkHttpResponse().isSuccessful()).isTrue();
    Map<String, Object> realHeaders = new HashMap<>(ExceptionFields.headers(
        fromReal.sdkHttpResponse()));
    assertThat(realHeaders.keySet()).containsAll(onlyReal);
    realHeaders.keySet().removeAll(onlyReal);
    assertThat(ExceptionFields.headers(fromFake.sdkHttpResponse())).isEqualTo(realHeaders);
    Set<String> realKeys = metadataKeys(fromReal);
    realKeys.removeAll(onlyReal);
    assertThat(metadataKeys(fromFake)).isEqualTo(realKeys);
  }

  /** The keys of the response metadata, lower-cased (only its toString shows them). */
  private static Set<String> metadataKeys(AwsResponse response) {
    String s = response.responseMetadata().toString();
    String inner = s.substring(s.indexOf('[') + 1, s.lastIndexOf(']'));
    return Arrays.stream(inner.split(", ")).map(k -> k.toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The service's JSON for a room (CONTROL-PLANE.md §1, GetRoom), written from the snapshot. */
  private static String json(Room r) {
    DateTimeFormatter time = DateTimeFormatter.ISO_INSTANT;
    String tags = r.tags().entrySet().stream()
        .map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
        .collect(Collectors.joining(",", "{", "}"));
    String handler = r.messageReviewHandler()
        .map(h -> ",\"messageReviewHandler\":{\"uri\":" + quote(h.uri())
            + ",\"fallbackResult\":" + quote(h.fallbackResult()) + "}")
        .orElse("");
    List<String> logging = r.loggingConfigurationIdentifiers();
    return "{\"arn\":" + quote(r.arn()) + ",\"id\":" + quote(r.id()) + ",\"name\":"
        + quote(r.name()) + ",\"createTime\":" + quote(time.format(r.createTime()))
        + ",\"updateTime\":" + quote(time.format(r.updateTime()))
        + ",\"maximumMessageRatePerSecond\":" + r.maximumMessageRatePerSecond()
        + ",\"maximumMessageLength\":" + r.maximumMessageLength() + handler + ",\"tags\":" + tags
        + ",\"loggingConfigurationIdentifiers\":" + logging.stream().map(WireErrors::quote)
            .collect(Collectors.joining(",", "[", "]")) + "}";
  }
}
