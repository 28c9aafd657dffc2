package dev.ivschat.testkit.jqwik;

import static dev.ivschat.testkit.jqwik.Fixtures.ROOM_ARN;
import static dev.ivschat.testkit.jqwik.Fixtures.accepted;
import static dev.ivschat.testkit.jqwik.Fixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.IvsChatRequest.CreateChatToken;
import dev.ivschat.testkit.IvsChatRequest.CreateRoom;
import dev.ivschat.testkit.IvsChatRequest.MessageReviewHandler;
import dev.ivschat.testkit.IvsChatRequest.SendEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.Shrinkable;

/** The boundaries of every constraint are edge cases, and the fake agrees on which side they lie. */
class EdgeCasesTest {
  private static final InvalidIvsChatArbitraries INVALID = IvsChatArbitraries.invalid();

  @Example
  void room_names_of_the_shortest_and_longest_length() {
    assertThat(edges(IvsChatArbitraries.roomNames())).extracting(String::length).contains(0, 128);
    assertThat(edges(INVALID.roomNames())).extracting(bad -> bad.value().length()).contains(129);
  }

  @Example
  void user_ids_counted_in_code_points() {
    String emojis = edges(IvsChatArbitraries.userIds()).stream()
        .filter(s -> s.length() == 256).findFirst().orElseThrow();
    assertThat(emojis.codePointCount(0, emojis.length())).isEqualTo(128);
    accepted(new CreateChatToken(ROOM_ARN, emojis, null, null, null));
    assertThat(edges(INVALID.userIds())).extracting(Invalid::value).contains(null, "", "a"
        .repeat(129));
  }

  @Example
  void event_names_reasons_and_message_ids_at_their_bounds() {
    assertThat(edges(IvsChatArbitraries.eventNames())).extracting(String::length).contains(1, 100);
    assertThat(edges(IvsChatArbitraries.reasons())).extracting(String::length).contains(1, 256);
    assertThat(edges(IvsChatArbitraries.messageIds())).extracting(String::length).containsOnly(12);
    assertThat(edges(INVALID.messageIds())).extracting(bad -> bad.value() == null ? -1
        : bad.value().length()).contains(-1, 11, 13);
  }

  @Example
  void fifty_tags_of_the_longest_keys_and_values_are_accepted_and_51_are_not() {
    Map<String, String> fifty = edges(IvsChatArbitraries.tagMaps()).stream()
        .filter(m -> m.size() == 50).findFirst().orElseThrow();
    assertThat(fifty.keySet()).allSatisfy(k -> assertThat(k).hasSize(128));
    assertThat(fifty.values()).allSatisfy(v -> assertThat(v).hasSize(256));
    assertThat(accepted(new CreateRoom(null, null, null, null, fifty, null)).tags()).hasSize(50);

    Invalid<Map<String, String>> fiftyOne = edges(INVALID.tagMaps()).stream()
        .filter(bad -> bad.value().size() == 51).findFirst().orElseThrow();
    assertThat(fiftyOne.violation()).isEqualTo("has 51 tags, more than the maximum of 50");
    assertRejected(fiftyOne, new CreateRoom(null, null, null, null, fiftyOne.value(), null));
  }

  @Example
  void attributes_of_exactly_1024_bytes_are_accepted_and_1025_are_not() {
    Map<String, String> full = edges(IvsChatArbitraries.attributeMaps()).stream()
        .filter(m -> bytes(m) == 1024).findFirst().orElseThrow();
    accepted(new SendEvent(ROOM_ARN, "app:full", full));

    Invalid<Map<String, String>> over = edges(INVALID.attributeMaps()).stream()
        .filter(bad -> bytes(bad.value()) == 1025).findFirst().orElseThrow();
    assertRejected(over, new SendEvent(ROOM_ARN, "app:over", over.value()));
  }

  @Example
  void range_ends_and_defaults() {
    assertThat(edges(IvsChatArbitraries.sessionDurations())).contains(1, 60, 180);
    assertThat(edges(IvsChatArbitraries.maximumMessageRates())).contains(1, 10, 100);
    assertThat(edges(IvsChatArbitraries.maximumMessageLengths())).contains(1, 500);
    assertThat(edges(INVALID.sessionDurations())).extracting(Invalid::value).contains(0, 181);
    assertThat(edges(INVALID.maximumMessageRates())).extracting(Invalid::value).contains(0, 101);
    assertThat(edges(INVALID.maximumMessageLengths())).extracting(Invalid::value)
        .contains(0, 501);
  }

  @Example
  void no_capability_and_all_of_them() {
    assertThat(edges(IvsChatArbitraries.capabilities())).contains(List.of(),
        List.of("SEND_MESSAGE", "DISCONNECT_USER", "DELETE_MESSAGE"));
  }

  @Example
  void arns_of_the_longest_length_pass_validation() {
    String room = edges(IvsChatArbitraries.roomArns()).stream()
        .filter(arn -> arn.length() == 128).findFirst().orElseThrow();
    assertThat(room).startsWith("arn:aws:ivschat:us-east-1:123456789012:room/");
    String lambda = edges(IvsChatArbitraries.lambdaArns()).stream()
        .filter(arn -> arn.length() == 170).findFirst().orElseThrow();
    assertThat(accepted(new CreateRoom(null, null, null, new MessageReviewHandler(lambda, null),
        null, null)).messageReviewHandler().orElseThrow().uri()).isEqualTo(lambda);
    assertThat(edges(INVALID.roomArns())).extracting(Invalid::value)
        .contains(null, "", "arn:aws:ivschat:us-east-1:123456789012:room/" + "a".repeat(85));
  }

  @Example
  void every_invalid_request_member_has_edge_cases_early() {
    List<String> fields = edges(INVALID.createRoomRequests()).stream().map(Invalid::field)
        .distinct().toList();
    assertThat(fields).contains("name", "maximumMessageRatePerSecond", "maximumMessageLength",
        "tags", "loggingConfigurationIdentifiers");
  }

  static <T> List<T> edges(Arbitrary<T> arbitrary) {
    return StreamSupport.stream(arbitrary.edgeCases().spliterator(), false)
        .map(Shrinkable::value).toList();
  }

  private static int bytes(Map<String, String> map) {
    return map.entrySet().stream().mapToInt(e -> e.getKey().getBytes(StandardCharsets.UTF_8).length
        + e.getValue().getBytes(StandardCharsets.UTF_8).length).sum();
  }
}
