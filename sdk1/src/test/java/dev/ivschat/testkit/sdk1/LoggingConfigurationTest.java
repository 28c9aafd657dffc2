package dev.ivschat.testkit.sdk1;

import static dev.ivschat.testkit.sdk1.Requests.cloudWatchLogs;
import static dev.ivschat.testkit.sdk1.Requests.firehose;
import static dev.ivschat.testkit.sdk1.Requests.loggingTo;
import static dev.ivschat.testkit.sdk1.Requests.s3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.ConflictException;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationResult;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.DestinationConfiguration;
import com.amazonaws.services.ivschat.model.GetLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.GetLoggingConfigurationResult;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.ListLoggingConfigurationsRequest;
import com.amazonaws.services.ivschat.model.ListLoggingConfigurationsResult;
import com.amazonaws.services.ivschat.model.LoggingConfigurationSummary;
import com.amazonaws.services.ivschat.model.ResourceNotFoundException;
import com.amazonaws.services.ivschat.model.ServiceQuotaExceededException;
import com.amazonaws.services.ivschat.model.UpdateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.UpdateLoggingConfigurationResult;
import dev.ivschat.testkit.Destination;
import dev.ivschat.testkit.Quotas;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The five logging-configuration operations, their destinations, state and quota. */
class LoggingConfigurationTest {
  private final FakeAmazonivschat fake = new FakeAmazonivschat();
  private final Amazonivschat ivschat = fake;

  static Stream<Arguments> destinations() {
    return Stream.of(
        Arguments.of(s3("chat-logs"), Destination.s3("chat-logs")),
        Arguments.of(cloudWatchLogs("/ivs/chat"), Destination.cloudWatchLogs("/ivs/chat")),
        Arguments.of(firehose("chat-stream"), Destination.firehose("chat-stream")));
  }

  @ParameterizedTest
  @MethodSource("destinations")
  void each_kind_of_destination_is_stored_and_echoed(DestinationConfiguration requested,
      Destination stored) {
    CreateLoggingConfigurationResult created = ivschat.createLoggingConfiguration(
        new CreateLoggingConfigurationRequest().withDestinationConfiguration(requested));

    assertThat(created.getDestinationConfiguration()).isEqualTo(requested);
    assertThat(fake.loggingConfiguration(created.getArn()).orElseThrow().destination())
        .isEqualTo(stored);
    assertThat(ivschat.getLoggingConfiguration(new GetLoggingConfigurationRequest()
        .withIdentifier(created.getArn())).getDestinationConfiguration()).isEqualTo(requested);
  }

  @Test
  void a_new_configuration_is_active_at_once_and_has_a_12_character_id_in_its_arn() {
    CreateLoggingConfigurationResult created = ivschat.createLoggingConfiguration(
        loggingTo("chat-logs").withName("archive").withTags(Map.of("team", "chat")));

    assertThat(created.getState()).isEqualTo("ACTIVE");
    assertThat(created.getId()).matches("[a-zA-Z0-9]{12}");
    assertThat(created.getArn()).isEqualTo(Requests.LOGGING_ARN_PREFIX + created.getId());
    assertThat(created.getName()).isEqualTo("archive");
    assertThat(created.getTags()).isEqualTo(Map.of("team", "chat"));
    assertThat(created.getCreateTime()).isEqualTo(created.getUpdateTime());
  }

  @Test
  void update_changes_only_the_members_that_are_set() {
    String arn = ivschat.createLoggingConfiguration(loggingTo("chat-logs").withName("archive")
        .withTags(Map.of("team", "chat"))).getArn();
    fake.clock().advance(Duration.ofSeconds(30));

    UpdateLoggingConfigurationResult renamed = ivschat.updateLoggingConfiguration(
        new UpdateLoggingConfigurationRequest().withIdentifier(arn).withName("renamed"));
    UpdateLoggingConfigurationResult moved = ivschat.updateLoggingConfiguration(
        new UpdateLoggingConfigurationRequest().withIdentifier(arn)
            .withDestinationConfiguration(firehose("stream")));

    assertThat(renamed.getDestinationConfiguration()).isEqualTo(s3("chat-logs"));
    assertThat(renamed.getUpdateTime()).isAfter(renamed.getCreateTime());
    assertThat(moved.getName()).isEqualTo("renamed");
    assertThat(moved.getDestinationConfiguration()).isEqualTo(firehose("stream"));
    assertThat(moved.getTags()).isEqualTo(Map.of("team", "chat"));
    assertThat(moved.getState()).isEqualTo("ACTIVE");
  }

  @Test
  void an_update_while_the_configuration_is_still_updating_is_a_409() {
    String arn = ivschat.createLoggingConfiguration(loggingTo("chat-logs")).getArn();
    fake.setLoggingConfigurationState(arn, "UPDATING");

    ConflictException e = catchThrowableOfType(ConflictException.class,
        () -> ivschat.updateLoggingConfiguration(new UpdateLoggingConfigurationRequest()
            .withIdentifier(arn).withName("again")));

    assertThat(e.getResourceType()).isEqualTo("LOGGING_CONFIGURATION");
    GetLoggingConfigurationResult current = ivschat.getLoggingConfiguration(
        new GetLoggingConfigurationRequest().withIdentifier(arn));
    assertThat(current.getState()).isEqualTo("UPDATING");
    assertThat(current.getName()).isEmpty();
  }

  @Test
  void setting_an_unknown_state_or_the_state_of_nothing_is_refused() {
    String arn = ivschat.createLoggingConfiguration(loggingTo("chat-logs")).getArn();

    assertThatThrownBy(() -> fake.setLoggingConfigurationState(arn, "BROKEN"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'BROKEN'");
    assertThatThrownBy(() -> fake.setLoggingConfigurationState(
        Requests.LOGGING_ARN_PREFIX + "ABcdef34ghIJ", "ACTIVE"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ABcdef34ghIJ");
  }

  @Test
  void the_eleventh_configuration_exceeds_the_quota_of_10_and_a_deleted_one_frees_a_slot() {
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      arns.add(ivschat.createLoggingConfiguration(loggingTo("logs-" + i)).getArn());
    }

    ServiceQuotaExceededException e = catchThrowableOfType(ServiceQuotaExceededException.class,
        () -> ivschat.createLoggingConfiguration(loggingTo("logs-10")));
    ivschat.deleteLoggingConfiguration(
        new DeleteLoggingConfigurationRequest().withIdentifier(arns.get(0)));
    ivschat.createLoggingConfiguration(loggingTo("logs-10"));

    assertThat(e.getLimit()).isEqualTo(10);
    assertThat(fake.loggingConfigurations()).hasSize(10);
  }

  @Test
  void the_logging_configuration_quota_is_adjustable() {
    FakeAmazonivschat raised = FakeAmazonivschat.builder()
        .quotas(Quotas.defaults().withMaxLoggingConfigurations(12)).build();
    for (int i = 0; i < 12; i++) {
      raised.createLoggingConfiguration(loggingTo("logs-" + i));
    }

    assertThat(catchThrowableOfType(ServiceQuotaExceededException.class,
        () -> raised.createLoggingConfiguration(loggingTo("logs-12"))).getLimit()).isEqualTo(12);
  }

  @Test
  void deleting_a_configuration_a_room_still_uses_is_a_409_and_keeps_it() {
    String lc = ivschat.createLoggingConfiguration(loggingTo("chat-logs")).getArn();
    String room = ivschat.createRoom(new CreateRoomRequest()
        .withLoggingConfigurationIdentifiers(lc)).getArn();

    ConflictException e = catchThrowableOfType(ConflictException.class,
        () -> ivschat.deleteLoggingConfiguration(
            new DeleteLoggingConfigurationRequest().withIdentifier(lc)));

    assertThat(e.getErrorMessage()).contains(room.substring(room.lastIndexOf('/') + 1));
    assertThat(fake.loggingConfiguration(lc)).isPresent();
  }

  @Test
  void configured_not_to_reject_it_deleting_a_used_configuration_detaches_it_from_its_rooms() {
    FakeAmazonivschat detaching = FakeAmazonivschat.builder()
        .rejectDeletingReferencedLoggingConfigurations(false).build();
    String kept = detaching.createLoggingConfiguration(loggingTo("kept")).getArn();
    String lc = detaching.createLoggingConfiguration(loggingTo("chat-logs")).getArn();
    String room = detaching.createRoom(new CreateRoomRequest()
        .withLoggingConfigurationIdentifiers(kept, lc)).getArn();

    detaching.deleteLoggingConfiguration(new DeleteLoggingConfigurationRequest().withIdentifier(lc));

    assertThat(detaching.loggingConfiguration(lc)).isEmpty();
    assertThat(detaching.getRoom(new GetRoomRequest().withIdentifier(room))
        .getLoggingConfigurationIdentifiers()).containsExactly(kept);
  }

  @Test
  void a_deleted_or_foreign_configuration_is_a_404_of_type_logging_configuration() {
    CreateLoggingConfigurationResult created =
        ivschat.createLoggingConfiguration(loggingTo("chat-logs"));
    ivschat.deleteLoggingConfiguration(
        new DeleteLoggingConfigurationRequest().withIdentifier(created.getArn()));

    for (String arn : List.of(created.getArn(),
        "arn:aws:ivschat:eu-west-1:123456789012:logging-configuration/" + created.getId())) {
      ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
          () -> ivschat.getLoggingConfiguration(
              new GetLoggingConfigurationRequest().withIdentifier(arn)));
      assertThat(e.getResourceId()).isEqualTo(created.getId());
      assertThat(e.getResourceType()).isEqualTo("LOGGING_CONFIGURATION");
    }
    assertThat(catchThrowableOfType(ResourceNotFoundException.class,
        () -> ivschat.updateLoggingConfiguration(new UpdateLoggingConfigurationRequest()
            .withIdentifier(created.getArn()).withName("x")))).isNotNull();
  }

  @Test
  void listing_returns_full_summaries_newest_first_in_pages() {
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      fake.clock().advance(Duration.ofSeconds(1));
      arns.add(ivschat.createLoggingConfiguration(loggingTo("logs-" + i)
          .withTags(Map.of("n", "" + i))).getArn());
    }

    ListLoggingConfigurationsResult first = ivschat.listLoggingConfigurations(
        new ListLoggingConfigurationsRequest().withMaxResults(3));
    ListLoggingConfigurationsResult second = ivschat.listLoggingConfigurations(
        new ListLoggingConfigurationsRequest().withMaxResults(3)
            .withNextToken(first.getNextToken()));

    assertThat(first.getLoggingConfigurations()).extracting(LoggingConfigurationSummary::getArn)
        .containsExactly(arns.get(4), arns.get(3), arns.get(2));
    assertThat(second.getLoggingConfigurations()).extracting(LoggingConfigurationSummary::getArn)
        .containsExactly(arns.get(1), arns.get(0));
    assertThat(second.getNextToken()).isNull();
    LoggingConfigurationSummary summary = second.getLoggingConfigurations().get(1);
    assertThat(summary.getDestinationConfiguration()).isEqualTo(s3("logs-0"));
    assertThat(summary.getState()).isEqualTo("ACTIVE");
    assertThat(summary.getTags()).isEqualTo(Map.of("n", "0"));
  }

  @Test
  void an_empty_listing_is_an_empty_list() {
    ListLoggingConfigurationsResult result =
        ivschat.listLoggingConfigurations(new ListLoggingConfigurationsRequest());

    assertThat(result.getLoggingConfigurations()).isNotNull().isEmpty();
    assertThat(result.getNextToken()).isNull();
  }
}
