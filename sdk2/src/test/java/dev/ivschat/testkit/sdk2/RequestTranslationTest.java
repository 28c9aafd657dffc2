package dev.ivschat.testkit.sdk2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.ServiceError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.model.CreateRoomRequest;
import software.amazon.awssdk.services.ivschat.model.IvschatException;
import software.amazon.awssdk.services.ivschat.model.UpdateRoomRequest;

/** How v2 requests reach the engine: unset members, copies, and what the journal keeps. */
class RequestTranslationTest {
  private final FakeIvschatClient fake = new FakeIvschatClient();

  private Call lastCall() {
    return fake.lastCalls(1).get(0);
  }

  @Test
  void unset_lists_and_maps_reach_the_engine_as_null() {
    fake.createRoom(r -> { });

    IvsChatRequest.CreateRoom in = lastCall().request(IvsChatRequest.CreateRoom.class);
    assertThat(in).isEqualTo(new IvsChatRequest.CreateRoom(null, null, null, null, null, null));
  }

  @Test
  void set_members_reach_the_engine_as_given_with_enums_as_strings() {
    fake.createRoom(r -> r.name("lobby").maximumMessageRatePerSecond(5)
        .messageReviewHandler(h -> h.uri("").fallbackResult("DENY"))
        .tags(Map.of("k", "v")).loggingConfigurationIdentifiers(List.of()));

    assertThat(lastCall().request(IvsChatRequest.CreateRoom.class)).isEqualTo(
        new IvsChatRequest.CreateRoom("lobby", 5, null,
            new IvsChatRequest.MessageReviewHandler("", "DENY"), Map.of("k", "v"), List.of()));
  }

  @Test
  void an_empty_list_is_not_an_unset_one() {
    String arn = fake.createRoom(r -> { }).arn();

    fake.updateRoom(r -> r.identifier(arn).loggingConfigurationIdentifiers(List.of()));
    fake.updateRoom(r -> r.identifier(arn));

    List<Call> updates = fake.calls(Operation.UPDATE_ROOM);
    assertThat(updates.get(0).request(IvsChatRequest.UpdateRoom.class)
        .loggingConfigurationIdentifiers()).isEmpty();
    assertThat(updates.get(1).request(IvsChatRequest.UpdateRoom.class)
        .loggingConfigurationIdentifiers()).isNull();
  }

  @Test
  void null_elements_of_a_body_list_reach_validation() {
    catchAny(() -> fake.createRoom(r -> r.loggingConfigurationIdentifiers(
        Arrays.asList("a", null))));

    assertThat(lastCall().request(IvsChatRequest.CreateRoom.class)
        .loggingConfigurationIdentifiers()).containsExactly("a", null);
    assertThat(lastCall().error()).isNotNull();
  }

  @Test
  void the_journal_keeps_the_v2_request_itself() {
    CreateRoomRequest request = CreateRoomRequest.builder().name("lobby").build();

    fake.createRoom(request);

    assertThat(lastCall().sdkRequest()).containsSame(request);
    assertThat(lastCall().request(CreateRoomRequest.class)).isSameAs(request);
  }

  @Test
  void what_the_caller_changes_after_the_call_changes_nothing_in_the_fake() {
    Map<String, String> tags = new HashMap<>(Map.of("team", "a"));
    List<String> none = new ArrayList<>();
    CreateRoomRequest request = CreateRoomRequest.builder().tags(tags)
        .loggingConfigurationIdentifiers(none).build();
    String arn = fake.createRoom(request).arn();

    tags.put("team", "b");
    none.add("arn:aws:ivschat:us-east-1:123456789012:logging-configuration/ABcdef34ghIJ");

    assertThat(fake.room(arn).orElseThrow().tags()).containsExactly(Map.entry("team", "a"));
    assertThat(fake.room(arn).orElseThrow().loggingConfigurationIdentifiers()).isEmpty();
    assertThat(lastCall().request(CreateRoomRequest.class).tags())
        .containsExactly(Map.entry("team", "a"));
  }

  @Test
  void fault_predicates_see_the_v2_request_class() {
    fake.faults().on(Operation.UPDATE_ROOM)
        .when(UpdateRoomRequest.class, r -> "forbidden".equals(r.name()))
        .fail(ServiceError.accessDenied());
    String arn = fake.createRoom(r -> { }).arn();

    fake.updateRoom(r -> r.identifier(arn).name("allowed"));
    catchAny(() -> fake.updateRoom(r -> r.identifier(arn).name("forbidden")));

    assertThat(lastCall().error().code()).isEqualTo(ServiceError.ACCESS_DENIED);
  }

  private static void catchAny(Runnable call) {
    try {
      call.run();
    } catch (IvschatException expected) {
      // the call is journaled either way
    }
  }
}
