package dev.ivschat.testkit.junit5;

import static dev.ivschat.testkit.junit5.Fixtures.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.AmazonivschatAsync;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.sdk1.FakeAmazonivschatAsync;
import dev.ivschat.testkit.FakeClock;
import dev.ivschat.testkit.Faults;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.ServiceError;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every injection point and every injectable type, all sharing one fake per test. */
class InjectionTest {

  @Fixture
  @IvsChatTest
  static class EveryTypeInEveryPlace {
    private final FakeAmazonivschat fromConstructor;
    private FakeAmazonivschat fromBeforeEach;
    private FakeAmazonivschat fromTest;

    EveryTypeInEveryPlace(FakeAmazonivschat fake, Amazonivschat client) {
      assertThat(client).isSameAs(fake);
      this.fromConstructor = fake;
    }

    @BeforeEach
    void setUp(FakeAmazonivschat fake, IvsChatControl control) {
      assertThat(control).isSameAs(fake.ivsChat());
      fromBeforeEach = fake;
    }

    @Test
    void all_parameters_belong_to_one_ivs_chat(Amazonivschat client,
        AmazonivschatAsync asyncClient, FakeAmazonivschat fake, FakeAmazonivschatAsync asyncFake,
        IvsChat ivsChat, IvsChatControl control, FakeClock clock, Faults faults,
        IvsChatConfig config, CurrentIvsChat current) throws Exception {
      fromTest = fake;
      assertThat(client).isSameAs(fake);
      assertThat(control).isSameAs(ivsChat).isSameAs(fake.ivsChat());
      assertThat(fromConstructor).isSameAs(fake);
      assertThat(fromBeforeEach).isSameAs(fake);
      assertThat(asyncClient).isSameAs(asyncFake).isNotSameAs(fake);
      assertThat(current.ivsChat()).isSameAs(ivsChat);
      assertThat(current.client(FakeAmazonivschat.class)).isSameAs(fake);
      assertThat(current.client(AmazonivschatAsync.class)).isSameAs(asyncFake);
      assertThat(asyncFake.ivsChat()).isSameAs(ivsChat);
      assertThatThrownBy(() -> current.client(String.class))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("java.lang.String is not a client type of an installed front door; they "
              + "make " + MisuseTest.CLIENT_TYPES + ".");
      assertThat(clock).isSameAs(fake.clock());
      assertThat(faults).isSameAs(fake.faults());
      assertThat(config).isSameAs(fake.config());

      String arn = asyncClient.createRoomAsync(new CreateRoomRequest().withName("via-async"))
          .get().getArn();
      assertThat(fake.room(arn)).isPresent();
      clock.advance(Duration.ofMinutes(5));
      assertThat(asyncFake.clock().instant()).isEqualTo(fake.clock().instant());
    }

    @Test
    void each_test_starts_from_an_empty_ivs_chat(FakeAmazonivschat fake) {
      fromTest = fake;
      assertThat(fake.rooms()).isEmpty();
      assertThat(fake.calls()).isEmpty();
      fake.createRoom(new CreateRoomRequest().withName("mine"));
    }

    @AfterEach
    void tearDown(FakeAmazonivschat fake) {
      assertThat(fake).isSameAs(fromTest);
    }
  }

  @Fixture
  @IvsChatTest
  static class BesideOtherResolvers {
    @ParameterizedTest
    @MethodSource("operations")
    void toolkit_types_stay_free_for_arguments(Operation operation, Room room, ServiceError error,
        FakeAmazonivschat fake, TestInfo info) {
      assertThat(operation).isIn(Operation.CREATE_ROOM, Operation.SEND_EVENT);
      assertThat(room).isNull();
      assertThat(error).isEqualTo(ServiceError.accessDenied());
      assertThat(fake.rooms()).isEmpty();
    }

    static Stream<Arguments> operations() {
      return Stream.of(Operation.CREATE_ROOM, Operation.SEND_EVENT)
          .map(o -> Arguments.of(o, null, ServiceError.accessDenied()));
    }
  }

  @Test
  void parameters_of_other_toolkit_types_are_left_to_other_resolvers() {
    assertAllPassed(Fixtures.run(BesideOtherResolvers.class), 2);
  }

  @Test
  void test_methods_lifecycle_methods_and_constructors_get_the_same_ivs_chat() {
    assertAllPassed(Fixtures.run(EveryTypeInEveryPlace.class), 2);
  }

  @Fixture
  @IvsChatTest(scope = IvsChatScope.PER_CLASS)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class ClassLevelInjectionPoints {
    private final FakeAmazonivschat fromConstructor;
    private FakeAmazonivschat fromBeforeAll;

    ClassLevelInjectionPoints(FakeAmazonivschat fake) {
      this.fromConstructor = fake;
    }

    @BeforeAll
    void seed(FakeAmazonivschat fake) {
      fromBeforeAll = fake;
      fake.createRoom(new CreateRoomRequest().withName("seeded"));
    }

    @Test
    void constructor_before_all_and_test_share_the_class_ivs_chat(IvsChatControl control) {
      assertThat(fromConstructor).isSameAs(fromBeforeAll);
      assertThat(control).isSameAs(fromConstructor.ivsChat());
      assertThat(control.rooms()).extracting(r -> r.name()).contains("seeded");
    }

    @AfterAll
    void check(FakeAmazonivschat fake) {
      assertThat(fake).isSameAs(fromBeforeAll);
    }
  }

  @Test
  void in_per_class_scope_class_level_methods_and_constructors_get_the_class_ivs_chat() {
    assertAllPassed(Fixtures.run(ClassLevelInjectionPoints.class), 1);
  }
}
