package dev.ivschat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.ServiceError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TagResource, UntagResource and ListTagsForResource on rooms and logging configurations. */
public interface TagContract extends Contract {

  @Test
  default void tag_resource_merges_adding_new_keys_and_overwriting_existing_ones() {
    Service s = open();
    String room = s.createRoom(Wire.of("tags", Wire.of("team", "chat", "stage", "dev")))
        .string("arn");

    Reply tagged = s.ok("TagResource", Wire.of("resourceArn", room,
        "tags", Wire.of("stage", "prod", "owner", "ana")));

    assertThat(tagged.output()).isEmpty();
    assertThat(s.tagsOf(room)).isEqualTo(Map.of("team", "chat", "stage", "prod", "owner", "ana"));
    assertThat(s.ok("GetRoom", Wire.of("identifier", room)).map("tags"))
        .isEqualTo(s.tagsOf(room));
  }

  @Test
  default void an_empty_tag_map_changes_nothing_and_an_empty_value_is_a_value() {
    Service s = open();
    String room = s.createRoom(Wire.of("tags", Wire.of("team", "chat"))).string("arn");

    s.ok("TagResource", Wire.of("resourceArn", room, "tags", Wire.of()));
    s.ok("TagResource", Wire.of("resourceArn", room, "tags", Wire.of("flag", "")));

    assertThat(s.tagsOf(room)).isEqualTo(Map.of("team", "chat", "flag", ""));
  }

  @Test
  default void untag_removes_the_keys_and_ignores_keys_the_resource_does_not_have() {
    Service s = open();
    String room = s.createRoom(Wire.of("tags", Wire.of("team", "chat", "stage", "dev")))
        .string("arn");
    Map<String, Object> untag =
        Wire.of("resourceArn", room, "tagKeys", List.of("stage", "never-set"));

    Reply untagged = s.ok("UntagResource", untag);
    s.ok("UntagResource", untag);

    assertThat(untagged.output()).isEmpty();
    assertThat(s.tagsOf(room)).isEqualTo(Map.of("team", "chat"));
  }

  @Test
  default void a_resource_without_tags_lists_an_empty_map() {
    Service s = open();

    assertThat(s.tagsOf(s.room())).isNotNull().isEmpty();
  }

  @Test
  default void logging_configurations_are_taggable_and_show_their_tags_inline() {
    Service s = open();
    String lc = s.ok("CreateLoggingConfiguration", Wire.of("destinationConfiguration",
        Wire.s3("logs"), "tags", Wire.of("team", "chat"))).string("arn");

    s.ok("TagResource", Wire.of("resourceArn", lc, "tags", Wire.of("cost-center", "42")));
    s.ok("UntagResource", Wire.of("resourceArn", lc, "tagKeys", List.of("team")));

    assertThat(s.tagsOf(lc)).isEqualTo(Map.of("cost-center", "42"));
    assertThat(s.ok("GetLoggingConfiguration", Wire.of("identifier", lc)).map("tags"))
        .isEqualTo(Map.of("cost-center", "42"));
  }

  @Test
  default void tagging_does_not_move_the_update_time_or_the_listing_order() {
    Service s = open();
    String older = s.room();
    s.control().clock().advance(Duration.ofSeconds(1));
    String newer = s.room();
    Room before = s.control().room(older).orElseThrow();
    s.control().clock().advance(Duration.ofSeconds(1));

    s.ok("TagResource", Wire.of("resourceArn", older, "tags", Wire.of("team", "chat")));
    s.ok("UntagResource", Wire.of("resourceArn", older, "tagKeys", List.of("x")));

    assertThat(s.ok("GetRoom", Wire.of("identifier", older)).instant("updateTime"))
        .isEqualTo(before.updateTime());
    assertThat(s.ok("ListRooms", Wire.of()).structures("rooms"))
        .extracting(room -> room.get("arn")).containsExactly(newer, older);
  }

  @Test
  default void tag_operations_on_a_missing_resource_are_404s_with_its_bare_id_and_type() {
    Service s = open();
    String room = Fixture.ROOM_ARN_PREFIX + "g1H2I3j4k5L6";
    String lc = Fixture.LOGGING_ARN_PREFIX + "ABcdef34ghIJ";

    ServiceError onRoom = s.fails("TagResource",
        Wire.of("resourceArn", room, "tags", Wire.of("k", "v")), ServiceError.RESOURCE_NOT_FOUND);
    ServiceError onLc = s.fails("UntagResource",
        Wire.of("resourceArn", lc, "tagKeys", List.of("k")), ServiceError.RESOURCE_NOT_FOUND);
    ServiceError onList = s.fails("ListTagsForResource", Wire.of("resourceArn", room),
        ServiceError.RESOURCE_NOT_FOUND);

    assertThat(onRoom.resourceId()).isEqualTo("g1H2I3j4k5L6");
    assertThat(onRoom.resourceType()).isEqualTo(ServiceError.ROOM);
    assertThat(onLc.resourceId()).isEqualTo("ABcdef34ghIJ");
    assertThat(onLc.resourceType()).isEqualTo(ServiceError.LOGGING_CONFIGURATION);
    assertThat(onList.resourceType()).isEqualTo(ServiceError.ROOM);
  }

  @Test
  default void the_arn_of_a_resource_in_another_account_is_a_404() {
    Service s = open();
    String id = s.createRoom(Wire.of()).string("id");

    assertThat(s.fails("ListTagsForResource",
        Wire.of("resourceArn", "arn:aws:ivschat:us-east-1:210987654321:room/" + id),
        ServiceError.RESOURCE_NOT_FOUND).resourceId()).isEqualTo(id);
  }
}
