package dev.ivschat.testkit.sdk2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.Quotas;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.ServiceQuotaExceededException;

/** Ways to make a v2 fake, and what it says about itself. */
class ConfigurationTest {
  @Test
  void the_default_fake_is_us_east_1_account_123456789012() {
    FakeIvschatClient fake = new FakeIvschatClient();

    assertThat(fake.createRoom(r -> { }).arn())
        .startsWith("arn:aws:ivschat:us-east-1:123456789012:room/");
    assertThat(fake.serviceClientConfiguration().region()).isEqualTo(Region.US_EAST_1);
    assertThat(fake.serviceClientConfiguration().endpointOverride()).isEmpty();
    assertThat(fake.serviceName()).isEqualTo(IvschatClient.SERVICE_NAME).isEqualTo("ivschat");
    assertThat(fake).hasToString("FakeIvschatClient[us-east-1, 123456789012]");
  }

  @Test
  void the_builder_takes_every_setting_of_the_configuration() {
    Instant start = Instant.parse("2024-06-01T00:00:00Z");
    FakeIvschatClient fake = FakeIvschatClient.builder().region("eu-west-1")
        .accountId("210987654321").clockStart(start)
        .quotas(Quotas.defaults().withMaxRooms(1)).build();

    assertThat(fake.createRoom(r -> { }).arn())
        .startsWith("arn:aws:ivschat:eu-west-1:210987654321:room/");
    assertThat(fake.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
    assertThat(fake.clock().instant()).isAfterOrEqualTo(start);
    assertThatThrownBy(() -> fake.createRoom(r -> { }))
        .isInstanceOf(ServiceQuotaExceededException.class);
  }

  @Test
  void a_configuration_or_an_ivs_chat_can_be_given() {
    IvsChatConfig config = IvsChatConfig.builder().region("ap-south-1").build();
    IvsChat ivsChat = new IvsChat(config);

    assertThat(new FakeIvschatClient(config).config().region()).isEqualTo("ap-south-1");
    assertThat(new FakeIvschatClient(ivsChat).ivsChat()).isSameAs(ivsChat);
    assertThat(new FakeIvschatAsyncClient(config).serviceClientConfiguration().region())
        .isEqualTo(Region.AP_SOUTH_1);
    assertThat(FakeIvschatClient.builder().config(config).buildAsync())
        .hasToString("FakeIvschatAsyncClient[ap-south-1, 123456789012]");
  }

  @Test
  void the_same_seed_gives_the_same_ids() {
    String a = FakeIvschatClient.builder().idSeed(7).build().createRoom(r -> { }).arn();
    String b = FakeIvschatClient.builder().idSeed(7).build().createRoom(r -> { }).arn();

    assertThat(a).isEqualTo(b);
  }

  @Test
  void a_bad_setting_fails_at_once() {
    assertThatThrownBy(() -> FakeIvschatClient.builder().accountId("123"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'123'");
    assertThatThrownBy(() -> new FakeIvschatClient((IvsChat) null))
        .isInstanceOf(NullPointerException.class);
  }
}
