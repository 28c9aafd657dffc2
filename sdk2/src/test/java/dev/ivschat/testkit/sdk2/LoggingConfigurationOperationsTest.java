package dev.ivschat.testkit.sdk2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ivschat.testkit.Destination;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.Quotas;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.ConflictException;
import software.amazon.awssdk.services.ivschat.model.CreateLoggingConfigurationResponse;
import software.amazon.awssdk.services.ivschat.model.CreateLoggingConfigurationState;
import software.amazon.awssdk.services.ivschat.model.DestinationConfiguration;
import software.amazon.awssdk.services.ivschat.model.GetLoggingConfigurationResponse;
import software.amazon.awssdk.services.ivschat.model.LoggingConfigurationState;
import software.amazon.awssdk.services.ivschat.model.LoggingConfigurationSummary;
import software.amazon.awssdk.services.ivschat.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivschat.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.ivschat.model.UpdateLoggingConfigurationResponse;
import software.amazon.awssdk.services.ivschat.model.ValidationException;

/** The five logging configuration operations through {@link IvschatClient}. */
class LoggingConfigurationOperationsTest {
  private final FakeIvschatClient fake = new FakeIvschatClient();
  private final IvschatClient client = fake;

  private String create(DestinationConfiguration destination) {
    return client.createLoggingConfiguration(r -> r.name("logs")
        .destinationConfiguration(destination)).arn();
  }

  @Test
  void create_returns_an_active_configuration_with_its_destination() {
    CreateLoggingConfigurationResponse made = client.createLoggingConfiguration(r -> r
        .name("logs").destinationConfiguration(d -> d.s3(s -> s.bucketName("chat-logs"))));

    assertThat(made.arn()).matches(
        "arn:aws:ivschat:us-east-1:123456789012:logging-configuration/[a-zA-Z0-9]{12}");
    assertThat(made.state()).isEqualTo(CreateLoggingConfigurationState.ACTIVE);
    assertThat(made.destinationConfiguration().s3().bucketName()).isEqualTo("chat-logs");
    assertThat(made.destinationConfiguration().type()).isEqualTo(DestinationConfiguration.Type.S3);
    assertThat(fake.loggingConfiguration(made.arn()).orElseThrow().destination())
        .isEqualTo(Destination.s3("chat-logs"));
  }

  @Test
  void get_returns_each_kind_of_destination() {
    String logs = create(DestinationConfiguration.fromCloudWatchLogs(c -> c.logGroupName("/chat")));
    String stream = create(DestinationConfiguration.fromFirehose(f -> f.deliveryStreamName("fh")));

    GetLoggingConfigurationResponse got = client.getLoggingConfiguration(r -> r.identifier(logs));

    assertThat(got.destinationConfiguration().cloudWatchLogs().logGroupName()).isEqualTo("/chat");
    assertThat(got.state()).isEqualTo(LoggingConfigurationState.ACTIVE);
    assertThat(client.getLoggingConfiguration(r -> r.identifier(stream))
        .destinationConfiguration().firehose().deliveryStreamName()).isEqualTo("fh");
  }

  @Test
  void a_destination_with_two_members_is_rejected_as_the_service_rejects_it() {
    DestinationConfiguration both = DestinationConfiguration.builder()
        .s3(s -> s.bucketName("chat-logs")).firehose(f -> f.deliveryStreamName("fh")).build();

    catchThrowableOfType(ValidationException.class, () -> create(both));

    assertThat(fake.loggingConfigurations()).isEmpty();
  }

  @Test
  void update_changes_the_destination_and_a_configuration_in_progress_conflicts() {
    String arn = create(DestinationConfiguration.fromS3(s -> s.bucketName("chat-logs")));

    UpdateLoggingConfigurationResponse updated = client.updateLoggingConfiguration(r -> r
        .identifier(arn).destinationConfiguration(d -> d.s3(s -> s.bucketName("other-logs"))));
    assertThat(updated.destinationConfiguration().s3().bucketName()).isEqualTo("other-logs");
    assertThat(updated.name()).isEqualTo("logs");

    fake.setLoggingConfigurationState(arn, "UPDATING");
    ConflictException e = catchThrowableOfType(ConflictException.class,
        () -> client.updateLoggingConfiguration(r -> r.identifier(arn).name("x")));
    assertThat(e.statusCode()).isEqualTo(409);
    assertThat(arn).endsWith(e.resourceId());
  }

  @Test
  void delete_answers_204_and_then_get_throws_not_found() {
    String arn = create(DestinationConfiguration.fromS3(s -> s.bucketName("chat-logs")));

    assertThat(client.deleteLoggingConfiguration(r -> r.identifier(arn)).sdkHttpResponse()
        .statusCode()).isEqualTo(204);

    catchThrowableOfType(ResourceNotFoundException.class,
        () -> client.getLoggingConfiguration(r -> r.identifier(arn)));
  }

  @Test
  void list_returns_summaries_with_destinations() {
    String arn = create(DestinationConfiguration.fromS3(s -> s.bucketName("chat-logs")));

    assertThat(client.listLoggingConfigurations(r -> { }).loggingConfigurations())
        .extracting(LoggingConfigurationSummary::arn, s -> s.destinationConfiguration().s3()
            .bucketName())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(arn, "chat-logs"));
  }

  @Test
  void one_configuration_over_the_quota_throws_service_quota_exceeded() {
    FakeIvschatClient small = new FakeIvschatClient(IvsChatConfig.builder()
        .quotas(Quotas.defaults().withMaxLoggingConfigurations(1)).build());
    small.createLoggingConfiguration(r -> r.destinationConfiguration(
        d -> d.s3(s -> s.bucketName("chat-logs"))));

    ServiceQuotaExceededException e = catchThrowableOfType(ServiceQuotaExceededException.class,
        () -> small.createLoggingConfiguration(r -> r.destinationConfiguration(
            d -> d.s3(s -> s.bucketName("chat-logs")))));

    assertThat(e.statusCode()).isEqualTo(402);
    assertThat(e.limit()).isEqualTo(1);
  }
}
