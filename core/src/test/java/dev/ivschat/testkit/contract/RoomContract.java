package dev.ivschat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.Quotas;
import dev.ivschat.testkit.ServiceError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CreateRoom, GetRoom, UpdateRoom and DeleteRoom as CONTROL-PLANE.md describes them. */
public interface RoomContract extends Contract {
  String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:review";
  String OTHER_LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:other";

  @Test
  default void a_room_gets_a_12_character_id_and_an_arn_of_the_configured_region_and_account() {
    Service s = open(c -> c.region("eu-west-1").accountId("210987654321"));

    Reply room = s.createRoom(Wire.of());

    assertThat(room.string("id")).matches("[a-zA-Z0-9]{12}");
    assertThat(room.string("arn"))
        .isEqualTo("arn:aws:ivschat:eu-west-1:210987654321:room/" + room.string("id"));
  }

  @Test
  default void omitted_settings_are_echoed_with_the_service_defaults() {
    Service s = openAtStart();

    Reply room = s.createRoom(Wire.of());

    assertThat(room.output()).containsOnlyKeys("arn", "id", "name", "createTime", "updateTime",
        "maximumMessageRatePerSecond", "maximumMessageLength", "tags",
        "loggingConfigurationIdentifiers");
    assertThat(room.integer("maximumMessageRatePerSecond")).isEqualTo(10);
    assertThat(room.integer("maximumMessageLength")).isEqualTo(500);
    assertThat(room.string("name")).isEmpty();
    assertThat(room.map("tags")).isEmpty();
    assertThat(room.list("loggingConfigurationIdentifiers")).isEmpty();
    assertThat(room.instant("createTime")).isEqualTo(START);
    assertThat(room.instant("updateTime")).isEqualTo(START);
  }

  @Test
  default void a_review_handler_without_fallback_result_falls_back_to_allow() {
    Reply room = open().createRoom(
        Wire.of("messageReviewHandler", Wire.of("uri", LAMBDA)));

    assertThat(room.map("messageReviewHandler"))
        .isEqualTo(Map.of("uri", LAMBDA, "fallbackResult", "ALLOW"));
  }

  @Test
  default void get_room_returns_what_create_room_returned() {
    Service s = open();
    Reply created = s.createRoom(Wire.of("name", "lobby", "maximumMessageRatePerSecond", 42,
        "maximumMessageLength", 200,
        "messageReviewHandler", Wire.of("uri", LAMBDA, "fallbackResult", "DENY"),
        "tags", Wire.of("team", "chat")));

    Reply got = s.ok("GetRoom", Wire.of("identifier", created.string("arn")));

    assertThat(got.output()).isEqualTo(created.output());
    assertThat(got.map("messageReviewHandler")).containsEntry("fallbackResult", "DENY");
  }

  @Test
  default void names_need_not_be_unique_and_each_create_makes_a_new_room() {
    Service s = open();

    String first = s.createRoom(Wire.of("name", "lobby")).string("arn");
    String second = s.createRoom(Wire.of("name", "lobby")).string("arn");

    assertThat(first).isNotEqualTo(second);
    assertThat(s.control().rooms()).hasSize(2);
  }

  @Test
  default void update_room_changes_only_the_members_that_are_set_and_moves_the_update_time() {
    Service s = open();
    String lc = s.loggingConfiguration("logs");
    Reply room = s.createRoom(Wire.of("name", "lobby", "maximumMessageRatePerSecond", 20,
        "maximumMessageLength", 300, "messageReviewHandler", Wire.of("uri", LAMBDA),
        "tags", Wire.of("team", "chat"), "loggingConfigurationIdentifiers", List.of(lc)));
    s.control().clock().advance(Duration.ofMinutes(5));

    Reply updated = s.ok("UpdateRoom",
        Wire.of("identifier", room.string("arn"), "maximumMessageLength", 100));

    assertThat(updated.integer("maximumMessageLength")).isEqualTo(100);
    assertThat(updated.string("name")).isEqualTo("lobby");
    assertThat(updated.integer("maximumMessageRatePerSecond")).isEqualTo(20);
    assertThat(updated.map("messageReviewHandler")).containsEntry("uri", LAMBDA);
    assertThat(updated.map("tags")).isEqualTo(Map.of("team", "chat"));
    assertThat(updated.list("loggingConfigurationIdentifiers")).containsExactly(lc);
    assertThat(updated.instant("createTime")).isEqualTo(room.instant("createTime"));
    assertThat(updated.instant("updateTime"))
        .isEqualTo(room.instant("createTime").plus(Duration.ofMinutes(5)));
    assertThat(updated.string("arn")).isEqualTo(room.string("arn"));
    assertThat(s.ok("GetRoom", Wire.of("identifier", room.string("arn"))).output())
        .isEqualTo(updated.output());
  }

  @Test
  default void an_empty_handler_uri_removes_the_review_handler() {
    Service s = open();
    String arn = s.createRoom(Wire.of("messageReviewHandler", Wire.of("uri", LAMBDA)))
        .string("arn");

    Reply updated = s.ok("UpdateRoom",
        Wire.of("identifier", arn, "messageReviewHandler", Wire.of("uri", "")));

    assertThat(updated.output()).doesNotContainKey("messageReviewHandler");
    assertThat(s.control().room(arn).orElseThrow().messageReviewHandler()).isEmpty();
  }

  @Test
  default void updating_only_the_fallback_result_keeps_the_uri_and_updating_only_the_uri_keeps_the_fallback() {
    Service s = open();
    String arn = s.createRoom(Wire.of("messageReviewHandler", Wire.of("uri", LAMBDA)))
        .string("arn");

    s.ok("UpdateRoom", Wire.of("identifier", arn,
        "messageReviewHandler", Wire.of("fallbackResult", "DENY")));
    Reply updated = s.ok("UpdateRoom", Wire.of("identifier", arn,
        "messageReviewHandler", Wire.of("uri", OTHER_LAMBDA)));

    assertThat(updated.map("messageReviewHandler"))
        .isEqualTo(Map.of("uri", OTHER_LAMBDA, "fallbackResult", "DENY"));
  }

  @Test
  default void a_handler_without_uri_on_a_room_without_a_handler_adds_nothing() {
    Service s = open();
    String arn = s.createRoom(Wire.of("messageReviewHandler", Wire.of("fallbackResult", "DENY")))
        .string("arn");

    Reply updated = s.ok("UpdateRoom", Wire.of("identifier", arn,
        "messageReviewHandler", Wire.of("fallbackResult", "DENY")));

    assertThat(updated.output()).doesNotContainKey("messageReviewHandler");
  }

  @Test
  default void an_empty_logging_configuration_list_detaches_them_all_and_another_list_replaces_it() {
    Service s = open();
    String a = s.loggingConfiguration("logs-a");
    String b = s.loggingConfiguration("logs-b");
    String arn = s.createRoom(Wire.of("loggingConfigurationIdentifiers", List.of(a)))
        .string("arn");

    Reply replaced = s.ok("UpdateRoom",
        Wire.of("identifier", arn, "loggingConfigurationIdentifiers", List.of(b)));
    Reply emptied = s.ok("UpdateRoom",
        Wire.of("identifier", arn, "loggingConfigurationIdentifiers", List.of()));

    assertThat(replaced.list("loggingConfigurationIdentifiers")).containsExactly(b);
    assertThat(emptied.list("loggingConfigurationIdentifiers")).isEmpty();
  }

  @Test
  default void a_room_cannot_name_a_logging_configuration_that_does_not_exist() {
    Service s = open();

    ServiceError e = s.fails("CreateRoom", Wire.of("loggingConfigurationIdentifiers",
        List.of(Fixture.LOGGING_ARN_PREFIX + "ABcdef34ghIJ")), ServiceError.RESOURCE_NOT_FOUND);

    assertThat(e.resourceId()).isEqualTo("ABcdef34ghIJ");
    assertThat(e.resourceType()).isEqualTo(ServiceError.LOGGING_CONFIGURATION);
    assertThat(s.control().rooms()).isEmpty();
  }

  @Test
  default void a_room_cannot_attach_a_logging_configuration_that_is_not_active_a_409() {
    Service s = open();
    String lc = s.loggingConfiguration("logs");
    String room = s.room();
    s.control().setLoggingConfigurationState(lc, "UPDATING");

    ServiceError onCreate = s.fails("CreateRoom",
        Wire.of("loggingConfigurationIdentifiers", List.of(lc)), ServiceError.CONFLICT);
    ServiceError onUpdate = s.fails("UpdateRoom", Wire.of("identifier", room,
        "loggingConfigurationIdentifiers", List.of(lc)), ServiceError.CONFLICT);

    assertThat(onCreate.resourceId()).isEqualTo(Wire.id(lc));
    assertThat(onUpdate.message()).contains("UPDATING");
    assertThat(s.control().rooms()).hasSize(1);
    assertThat(s.control().room(room).orElseThrow().loggingConfigurationIdentifiers()).isEmpty();
  }

  @Test
  default void the_room_quota_is_a_402_and_a_deleted_room_frees_its_slot() {
    Service s = open(c -> c.quotas(Quotas.defaults().withMaxRooms(2)));
    String first = s.room();
    s.room();

    ServiceError e = s.fails("CreateRoom", Wire.of(), ServiceError.SERVICE_QUOTA_EXCEEDED);
    s.ok("DeleteRoom", Wire.of("identifier", first));
    s.room();

    assertThat(e.statusCode()).isEqualTo(402);
    assertThat(e.limit()).isEqualTo(2);
    assertThat(e.resourceType()).isEqualTo(ServiceError.ROOM);
    assertThat(s.control().rooms()).hasSize(2);
  }

  @Test
  default void deleting_a_room_that_does_not_exist_is_a_404_with_the_bare_id() {
    ServiceError e = open().fails("DeleteRoom",
        Wire.of("identifier", Fixture.ROOM_ARN_PREFIX + "g1H2I3j4k5L6"),
        ServiceError.RESOURCE_NOT_FOUND);

    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.resourceId()).isEqualTo("g1H2I3j4k5L6");
    assertThat(e.resourceType()).isEqualTo(ServiceError.ROOM);
  }

  @Test
  default void a_deleted_room_is_gone_and_the_delete_answers_204_with_no_output() {
    Service s = open();
    String arn = s.room();

    Reply deleted = s.ok("DeleteRoom", Wire.of("identifier", arn));

    assertThat(deleted.output()).isEmpty();
    if (deleted.httpStatus() != null) {
      assertThat(deleted.httpStatus()).isEqualTo(204);
    }
    s.fails("GetRoom", Wire.of("identifier", arn), ServiceError.RESOURCE_NOT_FOUND);
    s.fails("DeleteRoom", Wire.of("identifier", arn), ServiceError.RESOURCE_NOT_FOUND);
    assertThat(s.control().room(arn)).isEmpty();
  }

  @Test
  default void the_arn_of_a_room_in_another_region_or_account_is_a_404_even_with_an_existing_id() {
    Service s = open();
    String id = s.createRoom(Wire.of()).string("id");

    for (String arn : List.of("arn:aws:ivschat:eu-west-1:123456789012:room/" + id,
        "arn:aws:ivschat:us-east-1:210987654321:room/" + id)) {
      ServiceError e = s.fails("GetRoom", Wire.of("identifier", arn),
          ServiceError.RESOURCE_NOT_FOUND);
      assertThat(e.resourceId()).isEqualTo(id);
      s.fails("UpdateRoom", Wire.of("identifier", arn, "name", "x"),
          ServiceError.RESOURCE_NOT_FOUND);
    }
    assertThat(s.control().rooms()).singleElement()
        .satisfies(r -> assertThat(r.name()).isEmpty());
  }
}
