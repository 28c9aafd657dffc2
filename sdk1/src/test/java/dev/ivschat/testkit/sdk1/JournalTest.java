package dev.ivschat.testkit.sdk1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.CreateRoomResult;
import com.amazonaws.services.ivschat.model.DeleteRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteRoomResult;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import com.amazonaws.services.ivschat.model.ListTagsForResourceRequest;
import com.amazonaws.services.ivschat.model.ResourceNotFoundException;
import com.amazonaws.services.ivschat.model.ValidationException;
import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Page;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.ServiceError;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The call journal and the response metadata the SDK client caches. */
class JournalTest {
  private static final Instant START = Instant.parse("2024-05-01T12:00:00Z");

  private final FakeAmazonivschat fake = FakeAmazonivschat.builder().clockStart(START).build();
  private final Amazonivschat ivschat = fake;

  @Test
  void a_successful_call_is_journaled_with_a_copy_of_its_request_its_result_time_and_request_id() {
    fake.clock().advance(Duration.ofSeconds(3));
    CreateRoomRequest request = new CreateRoomRequest().withName("lobby");

    CreateRoomResult result = ivschat.createRoom(request);

    assertThat(fake.calls()).singleElement().satisfies(call -> {
      assertThat(call.sequence()).isEqualTo(1);
      assertThat(call.operation()).isEqualTo(Operation.CREATE_ROOM);
      assertThat(call.request()).isEqualTo(IvsChatRequest.CreateRoom.named("lobby"));
      assertThat(call.request(CreateRoomRequest.class)).isEqualTo(request).isNotSameAs(request);
      assertThat(call.sdkRequest()).get().isEqualTo(request).isNotSameAs(request);
      assertThat(call.result()).isInstanceOfSatisfying(Room.class,
          room -> assertThat(room.arn()).isEqualTo(result.getArn()));
      assertThat(call.error()).isNull();
      assertThat(call.failed()).isFalse();
      assertThat(call.time()).isEqualTo(START.plusSeconds(3));
      assertThat(call.requestId()).isEqualTo(result.getSdkResponseMetadata().getRequestId())
          .isEqualTo(ivschat.getCachedResponseMetadata(request).getRequestId());
    });
  }

  @Test
  void readers_of_the_journal_cannot_change_it_and_its_copies_do_not_pin_the_callers_request() {
    CreateRoomRequest request = new CreateRoomRequest().withName("lobby");
    fake.faults().on(Operation.CREATE_ROOM).when(CreateRoomRequest.class, r -> {
      r.setName("rewritten-by-a-predicate");
      return false;
    }).fail(ServiceError.internalServer());
    ivschat.createRoom(request);

    fake.calls().get(0).request(CreateRoomRequest.class).setName("changed-by-a-reader");
    request.setName("changed-by-the-caller");

    CreateRoomRequest kept = fake.calls().get(0).request(CreateRoomRequest.class);
    assertThat(kept.getName()).isEqualTo("lobby");
    assertThat(kept.getCloneSource()).isNull();
    assertThat(fake.calls().get(0).request()).isEqualTo(IvsChatRequest.CreateRoom.named("lobby"));
  }

  @Test
  void the_journal_keeps_the_newest_calls_up_to_its_limit_and_indexes_them_by_operation() {
    FakeAmazonivschat small = FakeAmazonivschat.builder().journalLimit(3).build();
    String room = small.createRoom(new CreateRoomRequest()).getArn();
    for (int i = 0; i < 3; i++) {
      small.getRoom(new GetRoomRequest().withIdentifier(room));
    }
    small.createRoom(new CreateRoomRequest());

    assertThat(small.calls()).extracting(Call::sequence).containsExactly(3L, 4L, 5L);
    assertThat(small.calls(Operation.CREATE_ROOM)).extracting(Call::sequence)
        .containsExactly(5L);
    assertThat(small.calls(Operation.GET_ROOM)).extracting(Call::sequence)
        .containsExactly(3L, 4L);
    assertThat(small.lastCalls(2)).extracting(Call::sequence).containsExactly(4L, 5L);
  }

  @Test
  void without_sdk_request_copies_the_journal_keeps_only_the_neutral_request() {
    FakeAmazonivschat lean = FakeAmazonivschat.builder().journalSdkRequests(false).build();
    lean.createRoom(new CreateRoomRequest().withName("lobby"));

    Call call = lean.calls().get(0);
    assertThat(call.sdkRequest()).isEmpty();
    assertThat(call.request(IvsChatRequest.CreateRoom.class).name()).isEqualTo("lobby");
    assertThatThrownBy(() -> call.request(CreateRoomRequest.class))
        .isInstanceOf(ClassCastException.class);
  }

  @Test
  void a_failed_call_is_journaled_with_its_error_and_no_result() {
    GetRoomRequest request =
        new GetRoomRequest().withIdentifier(Requests.ROOM_ARN_PREFIX + "g1H2I3j4k5L6");

    ResourceNotFoundException e =
        catchThrowableOfType(ResourceNotFoundException.class, () -> ivschat.getRoom(request));

    assertThat(fake.calls()).singleElement().satisfies(call -> {
      assertThat(call.failed()).isTrue();
      assertThat(call.result()).isNull();
      assertThat(call.failure()).get().satisfies(error -> {
        assertThat(error.code()).isEqualTo("ResourceNotFoundException");
        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(error.resourceId()).isEqualTo("g1H2I3j4k5L6");
      });
      assertThat(call.requestId()).isEqualTo(e.getRequestId());
    });
  }

  @Test
  void a_call_rejected_by_validation_is_journaled_too() {
    catchThrowableOfType(ValidationException.class,
        () -> ivschat.createRoom(new CreateRoomRequest().withName("bad name")));

    assertThat(fake.calls(Operation.CREATE_ROOM)).singleElement().satisfies(call ->
        assertThat(call.error().fields()).extracting(ServiceError.Field::name)
            .containsExactly("name"));
  }

  @Test
  void results_of_each_kind_of_operation_are_journaled_in_sdk_neutral_form() {
    String room = ivschat.createRoom(new CreateRoomRequest().withTags(Map.of("k", "v")))
        .getArn();
    ivschat.listRooms(new ListRoomsRequest());
    ivschat.listTagsForResource(new ListTagsForResourceRequest().withResourceArn(room));
    DeleteRoomResult deleted = ivschat.deleteRoom(new DeleteRoomRequest().withIdentifier(room));

    assertThat(deleted).isNotNull();
    assertThat(fake.calls(Operation.LIST_ROOMS).get(0).result()).isInstanceOfSatisfying(
        Page.class, page -> assertThat(page.items()).hasSize(1));
    assertThat(fake.calls(Operation.LIST_TAGS_FOR_RESOURCE).get(0).result())
        .isEqualTo(Map.of("k", "v"));
    assertThat(fake.calls(Operation.DELETE_ROOM).get(0).result()).isNull();
  }

  @Test
  void the_journal_keeps_calls_in_order_and_filters_by_operation() {
    String room = ivschat.createRoom(new CreateRoomRequest()).getArn();
    ivschat.getRoom(new GetRoomRequest().withIdentifier(room));
    ivschat.createRoom(new CreateRoomRequest());

    assertThat(fake.calls()).extracting(Call::operation).containsExactly(Operation.CREATE_ROOM,
        Operation.GET_ROOM, Operation.CREATE_ROOM);
    assertThat(fake.calls()).extracting(Call::sequence).containsExactly(1L, 2L, 3L);
    assertThat(fake.calls(Operation.CREATE_ROOM)).hasSize(2);
    assertThat(fake.calls(Operation.SEND_EVENT)).isEmpty();
  }

  @Test
  void results_carry_the_http_status_and_request_id_header_the_sdk_reads_from_the_response() {
    CreateRoomResult created = ivschat.createRoom(new CreateRoomRequest());
    DeleteRoomResult deleted =
        ivschat.deleteRoom(new DeleteRoomRequest().withIdentifier(created.getArn()));

    assertThat(created.getSdkHttpMetadata().getHttpStatusCode()).isEqualTo(200);
    assertThat(created.getSdkHttpMetadata().getHttpHeaders())
        .containsEntry("x-amzn-RequestId", created.getSdkResponseMetadata().getRequestId())
        .containsEntry("Content-Type", "application/json");
    assertThat(deleted.getSdkHttpMetadata().getHttpStatusCode()).isEqualTo(204);
    assertThat(deleted.getSdkHttpMetadata().getHttpHeaders())
        .containsEntry("x-amzn-RequestId", deleted.getSdkResponseMetadata().getRequestId())
        .doesNotContainKey("Content-Type");
  }

  @Test
  void cached_response_metadata_belongs_to_the_request_object_and_is_null_for_unknown_ones() {
    GetRoomRequest unknown = new GetRoomRequest();
    CreateRoomRequest first = new CreateRoomRequest();
    CreateRoomRequest second = new CreateRoomRequest();
    ivschat.createRoom(first);
    ivschat.createRoom(second);

    assertThat(ivschat.getCachedResponseMetadata(unknown)).isNull();
    assertThat(ivschat.getCachedResponseMetadata(first).getRequestId())
        .isNotEqualTo(ivschat.getCachedResponseMetadata(second).getRequestId())
        .isEqualTo(fake.calls().get(0).requestId());
  }
}
