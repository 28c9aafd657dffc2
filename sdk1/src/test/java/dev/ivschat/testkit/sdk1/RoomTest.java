package dev.ivschat.testkit.sdk1;

import static dev.ivschat.testkit.sdk1.Requests.LAMBDA;
import static dev.ivschat.testkit.sdk1.Requests.OTHER_LAMBDA;
import static dev.ivschat.testkit.sdk1.Requests.loggingTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.ConflictException;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.CreateRoomResult;
import com.amazonaws.services.ivschat.model.DeleteRoomRequest;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.GetRoomResult;
import com.amazonaws.services.ivschat.model.MessageReviewHandler;
import com.amazonaws.services.ivschat.model.ResourceNotFoundException;
import com.amazonaws.services.ivschat.model.ServiceQuotaExceededException;
import com.amazonaws.services.ivschat.model.UpdateRoomRequest;
import com.amazonaws.services.ivschat.model.UpdateRoomResult;
import dev.ivschat.testkit.Quotas;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CreateRoom, GetRoom, UpdateRoom and DeleteRoom as CONTROL-PLANE.md describes them. */
class RoomTest {
  private static final Instant START = Instant.parse("2024-05-01T12:00:00.123Z");

  private final FakeAmazonivschat fake = FakeAmazonivschat.builder().clockStart(START).build();
  private final Amazonivschat ivschat = fake;

  private String loggingConfiguration(String bucket) {
    return ivschat.createLoggingConfiguration(loggingTo(bucket)).getArn();
  }

  @Test
  void a_room_gets_a_12_character_id_and_an_arn_of_the_fakes_region_and_account() {
    CreateRoomResult room = ivschat.createRoom(new CreateRoomRequest());

    assertThat(room.getId()).matches("[a-zA-Z0-9]{12}");
    assertThat(room.getArn()).isEqualTo(Requests.ROOM_ARN_PREFIX + room.getId());
  }

  @Test
  void the_configured_region_and_account_appear_in_the_arn() {
    FakeAmazonivschat other =
        FakeAmazonivschat.builder().region("eu-west-1").accountId("210987654321").build();

    CreateRoomResult room = other.createRoom(new CreateRoomRequest());

    assertThat(room.getArn()).isEqualTo("arn:aws:ivschat:eu-west-1:210987654321:room/"
        + room.getId());
  }

  @Test
  void omitted_settings_are_echoed_with_the_service_defaults() {
    CreateRoomResult room = ivschat.createRoom(new CreateRoomRequest());

    assertThat(room.getMaximumMessageRatePerSecond()).isEqualTo(10);
    assertThat(room.getMaximumMessageLength()).isEqualTo(500);
    assertThat(room.getName()).isEmpty();
    assertThat(room.getMessageReviewHandler()).isNull();
    assertThat(room.getTags()).isEmpty();
    assertThat(room.getLoggingConfigurationIdentifiers()).isEmpty();
    assertThat(room.getCreateTime()).isEqualTo(Date.from(START));
    assertThat(room.getUpdateTime()).isEqualTo(Date.from(START));
  }

  @Test
  void a_review_handler_without_fallback_result_falls_back_to_allow() {
    CreateRoomResult room = ivschat.createRoom(new CreateRoomRequest()
        .withMessageReviewHandler(new MessageReviewHandler().withUri(LAMBDA)));

    assertThat(room.getMessageReviewHandler().getUri()).isEqualTo(LAMBDA);
    assertThat(room.getMessageReviewHandler().getFallbackResult()).isEqualTo("ALLOW");
  }

  @Test
  void get_room_returns_what_create_room_returned() {
    CreateRoomResult created = ivschat.createRoom(new CreateRoomRequest().withName("lobby")
        .withMaximumMessageRatePerSecond(42).withMaximumMessageLength(200)
        .withMessageReviewHandler(new MessageReviewHandler().withUri(LAMBDA)
            .withFallbackResult("DENY"))
        .withTags(Map.of("team", "chat")));

    GetRoomResult got = ivschat.getRoom(new GetRoomRequest().withIdentifier(created.getArn()));

    assertThat(got).usingRecursiveComparison()
        .ignoringFields("sdkResponseMetadata", "sdkHttpMetadata")
        .isEqualTo(created);
  }

  @Test
  void names_need_not_be_unique_and_each_create_makes_a_new_room() {
    String first = ivschat.createRoom(new CreateRoomRequest().withName("lobby")).getArn();
    String second = ivschat.createRoom(new CreateRoomRequest().withName("lobby")).getArn();

    assertThat(first).isNotEqualTo(second);
    assertThat(fake.rooms()).hasSize(2);
  }

  @Test
  void update_room_changes_only_the_members_that_are_set_and_moves_the_update_time() {
    String lc = loggingConfiguration("logs");
    CreateRoomResult room = ivschat.createRoom(new CreateRoomRequest().withName("lobby")
        .withMaximumMessageRatePerSecond(20).withMaximumMessageLength(300)
        .withMessageReviewHandler(new MessageReviewHandler().withUri(LAMBDA))
        .withTags(Map.of("team", "chat")).withLoggingConfigurationIdentifiers(lc));
    fake.clock().advance(Duration.ofMinutes(5));

    UpdateRoomResult updated = ivschat.updateRoom(new UpdateRoomRequest()
        .withIdentifier(room.getArn()).withMaximumMessageLength(100));

    assertThat(updated.getMaximumMessageLength()).isEqualTo(100);
    assertThat(updated.getName()).isEqualTo("lobby");
    assertThat(updated.getMaximumMessageRatePerSecond()).isEqualTo(20);
    assertThat(updated.getMessageReviewHandler().getUri()).isEqualTo(LAMBDA);
    assertThat(updated.getTags()).isEqualTo(Map.of("team", "chat"));
    assertThat(updated.getLoggingConfigurationIdentifiers()).containsExactly(lc);
    assertThat(updated.getCreateTime()).isEqualTo(room.getCreateTime());
    assertThat(updated.getUpdateTime())
        .isEqualTo(Date.from(room.getCreateTime().toInstant().plus(Duration.ofMinutes(5))));
    assertThat(updated.getArn()).isEqualTo(room.getArn());
  }

  @Test
  void an_empty_handler_uri_removes_the_review_handler() {
    String arn = ivschat.createRoom(new CreateRoomRequest()
        .withMessageReviewHandler(new MessageReviewHandler().withUri(LAMBDA))).getArn();

    UpdateRoomResult updated = ivschat.updateRoom(new UpdateRoomRequest().withIdentifier(arn)
        .withMessageReviewHandler(new MessageReviewHandler().withUri("")));

    assertThat(updated.getMessageReviewHandler()).isNull();
    assertThat(fake.room(arn).orElseThrow().messageReviewHandler()).isEmpty();
  }

  @Test
  void updating_only_the_fallback_result_keeps_the_uri_and_updating_only_the_uri_keeps_the_fallback() {
    String arn = ivschat.createRoom(new CreateRoomRequest()
        .withMessageReviewHandler(new MessageReviewHandler().withUri(LAMBDA))).getArn();

    ivschat.updateRoom(new UpdateRoomRequest().withIdentifier(arn)
        .withMessageReviewHandler(new MessageReviewHandler().withFallbackResult("DENY")));
    UpdateRoomResult updated = ivschat.updateRoom(new UpdateRoomRequest().withIdentifier(arn)
        .withMessageReviewHandler(new MessageReviewHandler().withUri(OTHER_LAMBDA)));

    assertThat(updated.getMessageReviewHandler().getUri()).isEqualTo(OTHER_LAMBDA);
    assertThat(updated.getMessageReviewHandler().getFallbackResult()).isEqualTo("DENY");
  }

  @Test
  void a_handler_without_uri_on_a_room_without_a_handler_adds_nothing() {
    String arn = ivschat.createRoom(new CreateRoomRequest()
        .withMessageReviewHandler(new MessageReviewHandler().withFallbackResult("DENY")))
        .getArn();

    UpdateRoomResult updated = ivschat.updateRoom(new UpdateRoomRequest().withIdentifier(arn)
        .withMessageReviewHandler(new MessageReviewHandler().withFallbackResult("DENY")));

    assertThat(updated.getMessageReviewHandler()).isNull();
  }

  @Test
  void an_empty_logging_configuration_list_detaches_them_all() {
    String lc = loggingConfiguration("logs");
    String arn = ivschat.createRoom(new CreateRoomRequest()
        .withLoggingConfigurationIdentifiers(lc)).getArn();

    UpdateRoomResult updated = ivschat.updateRoom(new UpdateRoomRequest().withIdentifier(arn)
        .withLoggingConfigurationIdentifiers());

    assertThat(updated.getLoggingConfigurationIdentifiers()).isEmpty();
  }

  @Test
  void a_logging_configuration_list_replaces_the_rooms_list() {
    String a = loggingConfiguration("logs-a");
    String b = loggingConfiguration("logs-b");
    String arn = ivschat.createRoom(new CreateRoomRequest()
        .withLoggingConfigurationIdentifiers(a)).getArn();

    UpdateRoomResult updated = ivschat.updateRoom(new UpdateRoomRequest().withIdentifier(arn)
        .withLoggingConfigurationIdentifiers(b));

    assertThat(updated.getLoggingConfigurationIdentifiers()).containsExactly(b);
  }

  @Test
  void a_room_cannot_name_a_logging_configuration_that_does_not_exist() {
    String missing = Requests.LOGGING_ARN_PREFIX + "ABcdef34ghIJ";

    ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
        () -> ivschat.createRoom(new CreateRoomRequest().withLoggingConfigurationIdentifiers(missing)));

    assertThat(e.getResourceId()).isEqualTo("ABcdef34ghIJ");
    assertThat(e.getResourceType()).isEqualTo("LOGGING_CONFIGURATION");
    assertThat(fake.rooms()).isEmpty();
  }

  @Test
  void a_room_cannot_attach_a_logging_configuration_that_is_not_active() {
    String lc = loggingConfiguration("logs");
    String room = ivschat.createRoom(new CreateRoomRequest()).getArn();
    fake.setLoggingConfigurationState(lc, "UPDATING");

    ConflictException onCreate = catchThrowableOfType(ConflictException.class,
        () -> ivschat.createRoom(new CreateRoomRequest().withLoggingConfigurationIdentifiers(lc)));
    ConflictException onUpdate = catchThrowableOfType(ConflictException.class,
        () -> ivschat.updateRoom(new UpdateRoomRequest().withIdentifier(room)
            .withLoggingConfigurationIdentifiers(lc)));

    assertThat(onCreate.getResourceId()).isEqualTo(lc.substring(lc.lastIndexOf('/') + 1));
    assertThat(onUpdate.getErrorMessage()).contains("UPDATING");
    assertThat(fake.rooms()).hasSize(1);
    assertThat(fake.room(room).orElseThrow().loggingConfigurationIdentifiers()).isEmpty();
  }

  @Test
  void the_room_quota_is_configurable_and_counts_deleted_rooms_out() {
    FakeAmazonivschat small =
        FakeAmazonivschat.builder().quotas(Quotas.defaults().withMaxRooms(2)).build();
    String first = small.createRoom(new CreateRoomRequest()).getArn();
    small.createRoom(new CreateRoomRequest());

    ServiceQuotaExceededException e = catchThrowableOfType(ServiceQuotaExceededException.class,
        () -> small.createRoom(new CreateRoomRequest()));
    small.deleteRoom(new DeleteRoomRequest().withIdentifier(first));
    small.createRoom(new CreateRoomRequest());

    assertThat(e.getLimit()).isEqualTo(2);
    assertThat(e.getResourceType()).isEqualTo("ROOM");
    assertThat(small.rooms()).hasSize(2);
  }

  @Test
  void the_default_room_quota_is_documented_on_quotas() {
    assertThat(fake.config().quotas().maxRooms()).isEqualTo(Quotas.DEFAULT_MAX_ROOMS);
  }

  @Test
  void deleting_a_room_that_does_not_exist_is_a_404_with_the_bare_id() {
    ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
        () -> ivschat.deleteRoom(new DeleteRoomRequest()
            .withIdentifier(Requests.ROOM_ARN_PREFIX + "g1H2I3j4k5L6")));

    assertThat(e.getResourceId()).isEqualTo("g1H2I3j4k5L6");
    assertThat(e.getResourceType()).isEqualTo("ROOM");
  }

  @Test
  void a_deleted_room_is_gone() {
    String arn = ivschat.createRoom(new CreateRoomRequest()).getArn();

    ivschat.deleteRoom(new DeleteRoomRequest().withIdentifier(arn));

    assertThat(catchThrowableOfType(ResourceNotFoundException.class,
        () -> ivschat.getRoom(new GetRoomRequest().withIdentifier(arn)))).isNotNull();
    assertThat(catchThrowableOfType(ResourceNotFoundException.class,
        () -> ivschat.deleteRoom(new DeleteRoomRequest().withIdentifier(arn)))).isNotNull();
    assertThat(fake.room(arn)).isEmpty();
  }

  @Test
  void the_arn_of_a_room_in_another_region_or_account_is_a_404_even_with_an_existing_id() {
    String id = ivschat.createRoom(new CreateRoomRequest()).getId();

    for (String arn : new String[] {"arn:aws:ivschat:eu-west-1:123456789012:room/" + id,
        "arn:aws:ivschat:us-east-1:210987654321:room/" + id}) {
      ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
          () -> ivschat.getRoom(new GetRoomRequest().withIdentifier(arn)));
      assertThat(e.getResourceId()).isEqualTo(id);
      assertThat(catchThrowableOfType(ResourceNotFoundException.class, () -> ivschat.updateRoom(
          new UpdateRoomRequest().withIdentifier(arn).withName("x")))).isNotNull();
    }
    assertThat(fake.rooms()).singleElement().satisfies(r -> assertThat(r.name()).isEmpty());
  }
}
