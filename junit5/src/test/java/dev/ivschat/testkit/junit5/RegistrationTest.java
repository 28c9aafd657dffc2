package dev.ivschat.testkit.junit5;

import static dev.ivschat.testkit.junit5.Fixtures.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.AccessDeniedException;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.InternalServerException;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import com.amazonaws.services.ivschat.model.ServiceQuotaExceededException;
import com.amazonaws.services.ivschat.model.TagResourceRequest;
import com.amazonaws.services.ivschat.model.ThrottlingException;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Quotas;
import dev.ivschat.testkit.ServiceError;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The annotation, a static field and an instance field are three doors to one implementation:
 * the same tests pass behind each.
 */
class RegistrationTest {
  static final String START = "2025-01-01T00:00:00Z";

  /** The first room ARN a fake with these settings makes. */
  static String firstRoomArn() {
    FakeAmazonivschat reference = new FakeAmazonivschat(IvsChatConfig.builder()
        .region("eu-west-1").accountId("111122223333").idSeed(7).build());
    return reference.createRoom(new CreateRoomRequest()).getArn();
  }

  /** The tests every registration style runs. */
  @Fixture
  abstract static class SameTests {
    @Test
    void the_fake_has_the_configured_region_account_seed_and_clock(Amazonivschat client,
        FakeAmazonivschat fake) {
      String arn = client.createRoom(new CreateRoomRequest()).getArn();

      assertThat(arn).isEqualTo(firstRoomArn());
      assertThat(fake.clock().instant()).isEqualTo(Instant.parse(START));
      assertThat(fake.config().region()).isEqualTo("eu-west-1");
    }

    @Test
    void another_test_gets_another_fresh_fake(FakeAmazonivschat fake) {
      assertThat(fake.rooms()).isEmpty();
      assertThat(fake.createRoom(new CreateRoomRequest()).getArn()).isEqualTo(firstRoomArn());
    }
  }

  @IvsChatTest(region = "eu-west-1", accountId = "111122223333", idSeed = 7, clockStart = START)
  static class ByAnnotation extends SameTests {
  }

  static class ByStaticField extends SameTests {
    @RegisterExtension
    static final IvsChatExtension IVSCHAT = IvsChatExtension.builder().region("eu-west-1")
        .accountId("111122223333").idSeed(7).clockStart(Instant.parse(START)).build();
  }

  static class ByInstanceField extends SameTests {
    @RegisterExtension
    final IvsChatExtension ivschat = IvsChatExtension.builder().region("eu-west-1")
        .accountId("111122223333").idSeed(7).clockStart(Instant.parse(START)).build();
  }

  @Test
  void annotation_static_field_and_instance_field_behave_alike() {
    assertAllPassed(Fixtures.run(ByAnnotation.class, ByStaticField.class,
        ByInstanceField.class), 6);
  }

  @Fixture
  @ExtendWith(IvsChatExtension.class)
  static class PlainExtendWith {
    @Test
    void the_defaults_apply(FakeAmazonivschat fake) {
      assertThat(fake.config().region()).isEqualTo(IvsChatConfig.DEFAULT_REGION);
      assertThat(fake.config().accountId()).isEqualTo(IvsChatConfig.DEFAULT_ACCOUNT_ID);
      assertThat(fake.config().quotas()).isEqualTo(Quotas.defaults());
      assertThat(fake.config().enforceRateQuotas()).isFalse();
    }
  }

  @Test
  void a_plain_extend_with_uses_the_defaults() {
    assertAllPassed(Fixtures.run(PlainExtendWith.class), 1);
  }

  @Fixture
  @IvsChatTest(enforceRateQuotas = true)
  static class RateQuotasByAnnotation {
    @Test
    void the_sixth_create_room_in_one_second_is_throttled(Amazonivschat client) {
      for (int i = 0; i < Operation.CREATE_ROOM.rateLimitPerSecond(); i++) {
        client.createRoom(new CreateRoomRequest());
      }
      assertThatThrownBy(() -> client.createRoom(new CreateRoomRequest()))
          .isInstanceOf(ThrottlingException.class);
    }
  }

  @Fixture
  static class EveryBuilderSetting {
    @RegisterExtension
    static final IvsChatExtension IVSCHAT = IvsChatExtension.builder()
        .quotas(Quotas.defaults().withMaxRooms(1))
        .enforceRateQuotas(false)
        .rejectReservedTagKeys(false)
        .rejectDeletingReferencedLoggingConfigurations(false)
        .faults(f -> f.on(Operation.LIST_ROOMS).nthCall(1).fail(ServiceError.internalServer()))
        .faults(f -> f.on(Operation.GET_ROOM).nthCall(1).fail(ServiceError.accessDenied()))
        .clockFactory(Clock::systemUTC)
        .idSeed(3)
        .idSeedFromTestId()
        .build();

    @Test
    void quotas_switches_presets_and_clock_apply(FakeAmazonivschat fake) {
      assertThat(fake.config().quotas().maxRooms()).isEqualTo(1);
      assertThat(fake.config().rejectReservedTagKeys()).isFalse();
      assertThat(fake.config().rejectDeletingReferencedLoggingConfigurations()).isFalse();
      assertThatThrownBy(fake::clock).isInstanceOf(IllegalStateException.class);
      assertThat(fake.config().idSeed()).isNotEqualTo(3);

      String arn = fake.createRoom(new CreateRoomRequest()).getArn();
      assertThatThrownBy(() -> fake.createRoom(new CreateRoomRequest()))
          .isInstanceOf(ServiceQuotaExceededException.class);
      fake.tagResource(new TagResourceRequest().withResourceArn(arn)
          .withTags(Map.of("aws:reserved", "allowed")));
      assertThatThrownBy(() -> fake.listRooms(new ListRoomsRequest()))
          .isInstanceOf(InternalServerException.class);
      assertThat(fake.listRooms(new ListRoomsRequest()).getRooms()).hasSize(1);
      assertThatThrownBy(() -> fake.getRoom(new GetRoomRequest().withIdentifier(arn)))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(fake.getRoom(new GetRoomRequest().withIdentifier(arn)).getArn()).isEqualTo(arn);
    }
  }

  @Test
  void the_builder_sets_quotas_switches_preset_faults_and_the_clock() {
    assertAllPassed(Fixtures.run(EveryBuilderSetting.class), 1);
  }

  @Test
  void the_annotation_switches_rate_quotas() {
    assertAllPassed(Fixtures.run(RateQuotasByAnnotation.class), 1);
  }
}
