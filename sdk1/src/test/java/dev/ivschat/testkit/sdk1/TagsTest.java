package dev.ivschat.testkit.sdk1;

import static dev.ivschat.testkit.sdk1.Requests.loggingTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.GetLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import com.amazonaws.services.ivschat.model.ListTagsForResourceRequest;
import com.amazonaws.services.ivschat.model.ResourceNotFoundException;
import com.amazonaws.services.ivschat.model.RoomSummary;
import com.amazonaws.services.ivschat.model.TagResourceRequest;
import com.amazonaws.services.ivschat.model.UntagResourceRequest;
import dev.ivschat.testkit.Room;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TagResource, UntagResource and ListTagsForResource on rooms and logging configurations. */
class TagsTest {
  private final FakeAmazonivschat fake = new FakeAmazonivschat();
  private final Amazonivschat ivschat = fake;

  private Map<String, String> tagsOf(String arn) {
    return ivschat.listTagsForResource(new ListTagsForResourceRequest().withResourceArn(arn))
        .getTags();
  }

  @Test
  void tag_resource_merges_adding_new_keys_and_overwriting_existing_ones() {
    String room = ivschat.createRoom(new CreateRoomRequest()
        .withTags(Map.of("team", "chat", "stage", "dev"))).getArn();

    ivschat.tagResource(new TagResourceRequest().withResourceArn(room)
        .withTags(Map.of("stage", "prod", "owner", "ana")));

    assertThat(tagsOf(room)).isEqualTo(Map.of("team", "chat", "stage", "prod", "owner", "ana"));
  }

  @Test
  void an_empty_tag_map_changes_nothing() {
    String room = ivschat.createRoom(new CreateRoomRequest().withTags(Map.of("team", "chat")))
        .getArn();

    ivschat.tagResource(new TagResourceRequest().withResourceArn(room).withTags(Map.of()));

    assertThat(tagsOf(room)).isEqualTo(Map.of("team", "chat"));
  }

  @Test
  void untag_removes_the_keys_and_ignores_keys_the_resource_does_not_have() {
    String room = ivschat.createRoom(new CreateRoomRequest()
        .withTags(Map.of("team", "chat", "stage", "dev"))).getArn();
    UntagResourceRequest untag =
        new UntagResourceRequest().withResourceArn(room).withTagKeys("stage", "never-set");

    ivschat.untagResource(untag);
    ivschat.untagResource(untag);

    assertThat(tagsOf(room)).isEqualTo(Map.of("team", "chat"));
  }

  @Test
  void a_resource_without_tags_lists_an_empty_map() {
    String room = ivschat.createRoom(new CreateRoomRequest()).getArn();

    assertThat(tagsOf(room)).isNotNull().isEmpty();
  }

  @Test
  void logging_configurations_are_taggable_and_show_their_tags_inline() {
    String lc = ivschat.createLoggingConfiguration(loggingTo("logs")
        .withTags(Map.of("team", "chat"))).getArn();

    ivschat.tagResource(new TagResourceRequest().withResourceArn(lc)
        .withTags(Map.of("cost-center", "42")));
    ivschat.untagResource(new UntagResourceRequest().withResourceArn(lc).withTagKeys("team"));

    assertThat(tagsOf(lc)).isEqualTo(Map.of("cost-center", "42"));
    assertThat(ivschat.getLoggingConfiguration(new GetLoggingConfigurationRequest()
        .withIdentifier(lc)).getTags()).isEqualTo(Map.of("cost-center", "42"));
  }

  @Test
  void tags_show_inline_in_get_room_and_list_rooms() {
    String room = ivschat.createRoom(new CreateRoomRequest()).getArn();
    ivschat.tagResource(new TagResourceRequest().withResourceArn(room)
        .withTags(Map.of("team", "chat")));

    assertThat(ivschat.getRoom(new GetRoomRequest().withIdentifier(room)).getTags())
        .isEqualTo(Map.of("team", "chat"));
    assertThat(ivschat.listRooms(new ListRoomsRequest()).getRooms()).singleElement()
        .extracting(RoomSummary::getTags).isEqualTo(Map.of("team", "chat"));
  }

  @Test
  void tagging_and_untagging_do_not_change_the_update_time_or_the_list_order() {
    String older = ivschat.createRoom(new CreateRoomRequest()).getArn();
    fake.clock().advance(Duration.ofSeconds(1));
    String newer = ivschat.createRoom(new CreateRoomRequest()).getArn();
    Room before = fake.room(older).orElseThrow();
    fake.clock().advance(Duration.ofSeconds(1));

    ivschat.tagResource(new TagResourceRequest().withResourceArn(older)
        .withTags(Map.of("team", "chat")));
    ivschat.untagResource(new UntagResourceRequest().withResourceArn(older).withTagKeys("x"));

    assertThat(fake.room(older).orElseThrow().updateTime()).isEqualTo(before.updateTime());
    assertThat(ivschat.listRooms(new ListRoomsRequest()).getRooms())
        .extracting(RoomSummary::getArn).containsExactly(newer, older);
  }

  @Test
  void tag_operations_on_a_missing_resource_are_404s_with_its_bare_id_and_type() {
    String room = Requests.ROOM_ARN_PREFIX + "g1H2I3j4k5L6";
    String lc = Requests.LOGGING_ARN_PREFIX + "ABcdef34ghIJ";

    ResourceNotFoundException onRoom = catchThrowableOfType(ResourceNotFoundException.class,
        () -> ivschat.tagResource(new TagResourceRequest().withResourceArn(room)
            .withTags(Map.of("k", "v"))));
    ResourceNotFoundException onLc = catchThrowableOfType(ResourceNotFoundException.class,
        () -> ivschat.untagResource(new UntagResourceRequest().withResourceArn(lc)
            .withTagKeys("k")));
    ResourceNotFoundException onList = catchThrowableOfType(ResourceNotFoundException.class,
        () -> tagsOf(room));

    assertThat(onRoom.getResourceId()).isEqualTo("g1H2I3j4k5L6");
    assertThat(onRoom.getResourceType()).isEqualTo("ROOM");
    assertThat(onLc.getResourceId()).isEqualTo("ABcdef34ghIJ");
    assertThat(onLc.getResourceType()).isEqualTo("LOGGING_CONFIGURATION");
    assertThat(onList.getResourceType()).isEqualTo("ROOM");
  }

  @Test
  void the_arn_of_a_resource_in_another_account_is_a_404() {
    String id = ivschat.createRoom(new CreateRoomRequest()).getId();

    assertThat(catchThrowableOfType(ResourceNotFoundException.class,
        () -> tagsOf("arn:aws:ivschat:us-east-1:210987654321:room/" + id)).getResourceId())
        .isEqualTo(id);
  }
}
