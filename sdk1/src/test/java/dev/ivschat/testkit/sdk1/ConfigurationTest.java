package dev.ivschat.testkit.sdk1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import dev.ivschat.testkit.FakeClock;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.Quotas;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** IvsChatConfig, Quotas and FakeClock: validated values with documented defaults. */
class ConfigurationTest {

  @Test
  void the_defaults_are_us_east_1_account_123456789012_and_the_service_quotas() {
    FakeAmazonivschat fake = new FakeAmazonivschat();
    IvsChatConfig config = fake.config();

    assertThat(config.region()).isEqualTo("us-east-1");
    assertThat(config.accountId()).isEqualTo("123456789012");
    assertThat(fake.clock()).isInstanceOf(FakeClock.class);
    assertThat(config.clockStep()).isEqualTo(Duration.ofMillis(1));
    assertThat(config.journalLimit()).isEqualTo(100_000);
    assertThat(config.journalSdkRequests()).isTrue();
    assertThat(config.quotas()).isEqualTo(Quotas.defaults());
    assertThat(config.quotas().maxLoggingConfigurations()).isEqualTo(10);
    assertThat(config.quotas().maxAttributeBytes()).isEqualTo(1024);
    assertThat(config.quotas().tokenLifetime()).isEqualTo(Duration.ofMinutes(1));
    assertThat(config.enforceRateQuotas()).isFalse();
    assertThat(config.rejectReservedTagKeys()).isTrue();
    assertThat(config.rejectDeletingReferencedLoggingConfigurations()).isTrue();
  }

  @Test
  void bad_settings_are_refused_when_set_with_the_value_and_the_allowed_form() {
    assertThatThrownBy(() -> IvsChatConfig.builder().region("EU West"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'EU West'")
        .hasMessageContaining("[a-z0-9-]+");
    assertThatThrownBy(() -> IvsChatConfig.builder().accountId("12345"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'12345'")
        .hasMessageContaining("12 digits");
    assertThatThrownBy(() -> Quotas.defaults().withMaxRooms(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRooms")
        .hasMessageContaining("but was 0");
    assertThatThrownBy(() -> Quotas.defaults().withTokenLifetime(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tokenLifetime");
  }

  @Test
  void a_configuration_round_trips_through_its_builder_and_the_fakes_builder() {
    IvsChatConfig config = IvsChatConfig.builder().region("eu-west-1").accountId("210987654321")
        .idSeed(5).quotas(Quotas.defaults().withMaxRooms(3)).enforceRateQuotas(true)
        .rejectReservedTagKeys(false).rejectDeletingReferencedLoggingConfigurations(false)
        .build();

    IvsChatConfig copy = config.toBuilder().build();
    IvsChatConfig viaFake = FakeAmazonivschat.builder().config(config).buildConfig();

    for (IvsChatConfig c : new IvsChatConfig[] {copy, viaFake}) {
      assertThat(c.toString()).isEqualTo(config.toString());
    }
  }

  @Test
  void the_fake_clock_moves_only_when_told_and_only_forward_by_advance() {
    FakeClock clock = new FakeClock(Instant.parse("2024-05-01T12:00:00.123456Z"));

    assertThat(clock.instant()).isEqualTo(Instant.parse("2024-05-01T12:00:00.123Z"));
    assertThat(clock.advance(Duration.ofMinutes(2)))
        .isEqualTo(Instant.parse("2024-05-01T12:02:00.123Z"));
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    clock.set(Instant.parse("2020-01-01T00:00:00Z"));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
    Clock zoned = clock.withZone(ZoneId.of("Europe/Paris"));
    clock.advance(Duration.ofSeconds(1));
    assertThat(zoned.instant()).isEqualTo(clock.instant());
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void a_fake_on_a_real_clock_uses_it_and_says_it_cannot_be_moved() {
    Instant fixed = Instant.parse("2021-03-04T05:06:07.089Z");
    FakeAmazonivschat fake = FakeAmazonivschat.builder()
        .clock(Clock.fixed(fixed, ZoneOffset.UTC)).build();

    String arn = fake.createRoom(new CreateRoomRequest()).getArn();

    assertThat(fake.room(arn).orElseThrow().createTime()).isEqualTo(fixed);
    assertThatThrownBy(fake::clock).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FakeClock");
  }
}
