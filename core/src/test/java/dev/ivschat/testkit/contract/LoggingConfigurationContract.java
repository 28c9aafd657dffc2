package dev.ivschat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.Destination;
import dev.ivschat.testkit.Quotas;
import dev.ivschat.testkit.ServiceError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The five logging-configuration operations, their destinations, state and quota. */
public interface LoggingConfigurationContract extends Contract {

  private static Map<String, Object> loggingTo(String bucket) {
    return Wire.of("destinationConfiguration", Wire.s3(bucket));
  }

  @TestFactory
  default Stream<DynamicTest> each_kind_of_destination_is_stored_and_echoed() {
    return Stream.of(
        new Object[] {Wire.s3("chat-logs"), Destination.s3("chat-logs")},
        new Object[] {Wire.cloudWatchLogs("/ivs/chat"), Destination.cloudWatchLogs("/ivs/chat")},
        new Object[] {Wire.firehose("chat-stream"), Destination.firehose("chat-stream")})
        .map(pair -> DynamicTest.dynamicTest(((Destination) pair[1]).kind().toString(), () -> {
          Service s = open();
          Reply created = s.ok("CreateLoggingConfiguration",
              Wire.of("destinationConfiguration", pair[0]));

          assertThat(created.map("destinationConfiguration")).isEqualTo(pair[0]);
          assertThat(s.control().loggingConfiguration(created.string("arn")).orElseThrow()
              .destination()).isEqualTo(pair[1]);
          assertThat(s.ok("GetLoggingConfiguration", Wire.of("identifier", created.string("arn")))
              .map("destinationConfiguration")).isEqualTo(pair[0]);
          s.close();
        }));
  }

  @Test
  default void a_new_configuration_is_active_at_once_and_has_a_12_character_id_in_its_arn() {
    Service s = open();

    Reply created = s.ok("CreateLoggingConfiguration", Wire.of(
        "destinationConfiguration", Wire.s3("chat-logs"), "name", "archive",
        "tags", Wire.of("team", "chat")));

    assertThat(created.string("state")).isEqualTo("ACTIVE");
    assertThat(created.string("id")).matches("[a-zA-Z0-9]{12}");
    assertThat(created.string("arn")).isEqualTo(Fixture.LOGGING_ARN_PREFIX + created.string("id"));
    assertThat(created.string("name")).isEqualTo("archive");
    assertThat(created.map("tags")).isEqualTo(Map.of("team", "chat"));
    assertThat(created.instant("createTime")).isEqualTo(created.instant("updateTime"));
    assertThat(s.ok("GetLoggingConfiguration", Wire.of("identifier", created.string("arn")))
        .output()).isEqualTo(created.output());
  }

  @Test
  default void an_unnamed_configuration_has_an_empty_name_and_no_tags() {
    Reply created = open().ok("CreateLoggingConfiguration", loggingTo("chat-logs"));

    assertThat(created.string("name")).isEmpty();
    assertThat(created.map("tags")).isEmpty();
  }

  @Test
  default void update_changes_only_the_members_that_are_set() {
    Service s = open();
    String arn = s.ok("CreateLoggingConfiguration", Wire.of("destinationConfiguration",
        Wire.s3("chat-logs"), "name", "archive", "tags", Wire.of("team", "chat"))).string("arn");
    s.control().clock().advance(Duration.ofSeconds(30));

    Reply renamed = s.ok("UpdateLoggingConfiguration",
        Wire.of("identifier", arn, "name", "renamed"));
    Reply moved = s.ok("UpdateLoggingConfiguration",
        Wire.of("identifier", arn, "destinationConfiguration", Wire.firehose("stream")));

    assertThat(renamed.map("destinationConfiguration")).isEqualTo(Wire.s3("chat-logs"));
    assertThat(renamed.instant("updateTime")).isAfter(renamed.instant("createTime"));
    assertThat(moved.string("name")).isEqualTo("renamed");
    assertThat(moved.map("destinationConfiguration")).isEqualTo(Wire.firehose("stream"));
    assertThat(moved.map("tags")).isEqualTo(Map.of("team", "chat"));
    assertThat(moved.string("state")).isEqualTo("ACTIVE");
  }

  @Test
  default void an_update_while_the_configuration_is_still_updating_is_a_409_and_changes_nothing() {
    Service s = open();
    String arn = s.loggingConfiguration("chat-logs");
    s.control().setLoggingConfigurationState(arn, "UPDATING");

    ServiceError e = s.fails("UpdateLoggingConfiguration",
        Wire.of("identifier", arn, "name", "again"), ServiceError.CONFLICT);

    assertThat(e.statusCode()).isEqualTo(409);
    assertThat(e.resourceId()).isEqualTo(Wire.id(arn));
    assertThat(e.resourceType()).isEqualTo(ServiceError.LOGGING_CONFIGURATION);
    Reply current = s.ok("GetLoggingConfiguration", Wire.of("identifier", arn));
    assertThat(current.string("state")).isEqualTo("UPDATING");
    assertThat(current.string("name")).isEmpty();
  }

  @Test
  default void the_eleventh_configuration_exceeds_the_quota_of_10_with_a_402_and_a_deleted_one_frees_a_slot() {
    Service s = open();
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      arns.add(s.loggingConfiguration("logs-" + i));
    }

    ServiceError e = s.fails("CreateLoggingConfiguration", loggingTo("logs-10"),
        ServiceError.SERVICE_QUOTA_EXCEEDED);
    s.ok("DeleteLoggingConfiguration", Wire.of("identifier", arns.get(0)));
    s.loggingConfiguration("logs-10");

    assertThat(e.statusCode()).isEqualTo(402);
    assertThat(e.limit()).isEqualTo(10);
    assertThat(s.control().loggingConfigurations()).hasSize(10);
  }

  @Test
  default void the_logging_configuration_quota_is_adjustable() {
    Service s = open(c -> c.quotas(Quotas.defaults().withMaxLoggingConfigurations(12)));
    for (int i = 0; i < 12; i++) {
      s.loggingConfiguration("logs-" + i);
    }

    assertThat(s.fails("CreateLoggingConfiguration", loggingTo("logs-12"),
        ServiceError.SERVICE_QUOTA_EXCEEDED).limit()).isEqualTo(12);
  }

  @Test
  default void deleting_a_configuration_a_room_still_uses_is_a_409_and_keeps_it() {
    Service s = open();
    String lc = s.loggingConfiguration("chat-logs");
    String room = s.createRoom(Wire.of("loggingConfigurationIdentifiers", List.of(lc)))
        .string("arn");

    ServiceError e = s.fails("DeleteLoggingConfiguration", Wire.of("identifier", lc),
        ServiceError.CONFLICT);

    assertThat(e.message()).contains(Wire.id(room));
    assertThat(s.control().loggingConfiguration(lc)).isPresent();
  }

  @Test
  default void configured_not_to_reject_it_deleting_a_used_configuration_detaches_it_from_its_rooms() {
    Service s = open(c -> c.rejectDeletingReferencedLoggingConfigurations(false));
    String kept = s.loggingConfiguration("kept");
    String lc = s.loggingConfiguration("chat-logs");
    String room = s.createRoom(Wire.of("loggingConfigurationIdentifiers", List.of(kept, lc)))
        .string("arn");

    Reply deleted = s.ok("DeleteLoggingConfiguration", Wire.of("identifier", lc));

    assertThat(deleted.output()).isEmpty();
    assertThat(s.control().loggingConfiguration(lc)).isEmpty();
    assertThat(s.ok("GetRoom", Wire.of("identifier", room)).list("loggingConfigurationIdentifiers"))
        .containsExactly(kept);
  }

  @Test
  default void a_deleted_or_foreign_configuration_is_a_404_with_its_bare_id() {
    Service s = open();
    Reply created = s.ok("CreateLoggingConfiguration", loggingTo("chat-logs"));
    s.ok("DeleteLoggingConfiguration", Wire.of("identifier", created.string("arn")));

    for (String arn : List.of(created.string("arn"),
        "arn:aws:ivschat:eu-west-1:123456789012:logging-configuration/" + created.string("id"))) {
      ServiceError e = s.fails("GetLoggingConfiguration", Wire.of("identifier", arn),
          ServiceError.RESOURCE_NOT_FOUND);
      assertThat(e.resourceId()).isEqualTo(created.string("id"));
      assertThat(e.resourceType()).isEqualTo(ServiceError.LOGGING_CONFIGURATION);
    }
    s.fails("UpdateLoggingConfiguration", Wire.of("identifier", created.string("arn"),
        "name", "x"), ServiceError.RESOURCE_NOT_FOUND);
    s.fails("DeleteLoggingConfiguration", Wire.of("identifier", created.string("arn")),
        ServiceError.RESOURCE_NOT_FOUND);
  }

  @Test
  default void a_listing_summary_carries_every_field_of_the_configuration() {
    Service s = open();
    Reply created = s.ok("CreateLoggingConfiguration", Wire.of("destinationConfiguration",
        Wire.cloudWatchLogs("/ivs/chat"), "name", "archive", "tags", Wire.of("n", "0")));

    Reply listed = s.ok("ListLoggingConfigurations", Wire.of());

    assertThat(listed.structures("loggingConfigurations")).singleElement()
        .isEqualTo(created.output());
    assertThat(listed.output()).doesNotContainKey("nextToken");
  }
}
