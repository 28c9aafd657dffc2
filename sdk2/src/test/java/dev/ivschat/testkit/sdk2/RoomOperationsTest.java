package dev.ivschat.testkit.sdk2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ivschat.testkit.Room;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.CreateRoomResponse;
import software.amazon.awssdk.services.ivschat.model.DeleteRoomResponse;
import software.amazon.awssdk.services.ivschat.model.FallbackResult;
import software.amazon.awssdk.services.ivschat.model.GetRoomResponse;
import software.amazon.awssdk.services.ivschat.model.ListRoomsResponse;
import software.amazon.awssdk.services.ivschat.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivschat.model.ResourceType;
import software.amazon.awssdk.services.ivschat.model.RoomSummary;
import software.amazon.awssdk.services.ivschat.model.UpdateRoomResponse;
import software.amazon.awssdk.services.ivschat.model.ValidationException;
import software.amazon.awssdk.services.ivschat.model.ValidationExceptionField;
import software.amazon.awssdk.services.ivschat.model.ValidationExceptionReason;

/** CreateRoom, GetRoom, UpdateRoom, DeleteRoom and ListRooms through {@link IvschatClient}. */
class RoomOperationsTest {
  private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:review";
  private final FakeIvschatClient fake = new FakeIvschatClient();
  private final IvschatClient client = fake;

  @Test
  void create_room_returns_the_room_with_the_service_defaults() {
    CreateRoomResponse room = client.createRoom(r -> r.name("lobby").tags(Map.of("team", "a")));

    assertThat(room.arn()).matches("arn:aws:ivschat:us-east-1:123456789012:room/[a-zA-Z0-9]{12}")
        .endsWith(room.id());
    assertThat(room.name()).isEqualTo("lobby");
    assertThat(room.maximumMessageRatePerSecond()).isEqualTo(10);
    assertThat(room.maximumMessageLength()).isEqualTo(500);
    assertThat(room.tags()).containsExactly(Map.entry("team", "a"));
    assertThat(room.messageReviewHandler()).isNull();
    assertThat(room.hasLoggingConfigurationIdentifiers()).isTrue();
    assertThat(room.loggingConfigurationIdentifiers()).isEmpty();
    assertThat(room.createTime()).isEqualTo(room.updateTime()).isNotNull();
    assertThat(fake.rooms()).extracting(Room::arn).containsExactly(room.arn());
  }

  @Test
  void get_room_returns_what_create_room_made() {
    CreateRoomResponse made = client.createRoom(r -> r.name("lobby")
        .maximumMessageRatePerSecond(50).maximumMessageLength(100)
        .messageReviewHandler(h -> h.uri(LAMBDA).fallbackResult(FallbackResult.DENY)));

    GetRoomResponse got = client.getRoom(r -> r.identifier(made.arn()));

    assertThat(got.arn()).isEqualTo(made.arn());
    assertThat(got.maximumMessageRatePerSecond()).isEqualTo(50);
    assertThat(got.maximumMessageLength()).isEqualTo(100);
    assertThat(got.messageReviewHandler().uri()).isEqualTo(LAMBDA);
    assertThat(got.messageReviewHandler().fallbackResult()).isEqualTo(FallbackResult.DENY);
  }

  @Test
  void get_room_of_a_missing_room_throws_resource_not_found() {
    String arn = "arn:aws:ivschat:us-east-1:123456789012:room/g1H2I3j4k5L6";

    ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
        () -> client.getRoom(r -> r.identifier(arn)));

    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.resourceId()).isEqualTo("g1H2I3j4k5L6");
    assertThat(e.resourceType()).isEqualTo(ResourceType.ROOM);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
    assertThat(e.requestId()).isEqualTo(fake.lastCalls(1).get(0).requestId());
  }

  @Test
  void update_room_changes_only_what_is_set() {
    CreateRoomResponse made = client.createRoom(r -> r.name("lobby").maximumMessageLength(100));
    fake.clock().advance(java.time.Duration.ofMinutes(1));

    UpdateRoomResponse updated = client.updateRoom(r -> r.identifier(made.arn()).name("hall"));

    assertThat(updated.name()).isEqualTo("hall");
    assertThat(updated.maximumMessageLength()).isEqualTo(100);
    assertThat(updated.updateTime()).isAfter(made.updateTime());
    assertThat(updated.createTime()).isEqualTo(made.createTime());
  }

  @Test
  void update_room_with_a_bad_rate_throws_validation_with_the_field() {
    String arn = client.createRoom(r -> r.name("lobby")).arn();

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> client.updateRoom(r -> r.identifier(arn).maximumMessageRatePerSecond(101)));

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.reason()).isEqualTo(ValidationExceptionReason.FIELD_VALIDATION_FAILED);
    assertThat(e.fieldList()).extracting(ValidationExceptionField::name)
        .containsExactly("maximumMessageRatePerSecond");
    assertThat(client.getRoom(r -> r.identifier(arn)).maximumMessageRatePerSecond())
        .isEqualTo(10);
  }

  @Test
  void delete_room_answers_204_and_removes_the_room() {
    String arn = client.createRoom(r -> r.name("lobby")).arn();

    DeleteRoomResponse deleted = client.deleteRoom(r -> r.identifier(arn));

    assertThat(deleted.sdkHttpResponse().statusCode()).isEqualTo(204);
    assertThat(fake.rooms()).isEmpty();
    catchThrowableOfType(ResourceNotFoundException.class,
        () -> client.deleteRoom(r -> r.identifier(arn)));
  }

  @Test
  void list_rooms_gives_summaries_newest_first_and_filters_by_name() {
    String first = client.createRoom(r -> r.name("lobby")).arn();
    String second = client.createRoom(r -> r.name("hall")).arn();
    String third = client.createRoom(r -> r.name("lobby")).arn();

    ListRoomsResponse all = client.listRooms(r -> { });
    ListRoomsResponse lobbies = client.listRooms(r -> r.name("lobby"));

    assertThat(all.rooms()).extracting(RoomSummary::arn).containsExactly(third, second, first);
    assertThat(all.nextToken()).isNull();
    assertThat(lobbies.rooms()).extracting(RoomSummary::arn).containsExactly(third, first);
  }

  @Test
  void list_rooms_with_a_bad_page_size_throws_validation() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> client.listRooms(r -> r.maxResults(51)));

    assertThat(e.fieldList()).extracting(ValidationExceptionField::name)
        .containsExactly("maxResults");
  }

  @Test
  void an_empty_list_of_rooms_is_an_empty_list() {
    assertThat(client.listRooms(r -> { }).hasRooms()).isTrue();
    assertThat(client.listRooms(r -> { }).rooms()).isEqualTo(List.of());
  }
}
