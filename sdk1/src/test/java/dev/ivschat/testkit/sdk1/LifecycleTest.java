package dev.ivschat.testkit.sdk1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.AmazonivschatAsync;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateChatTokenResult;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.CreateRoomResult;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.UpdateRoomRequest;
import com.amazonaws.services.ivschat.model.UpdateRoomResult;
import dev.ivschat.testkit.FakeClock;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.ServiceError;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** shutdown(), reset(), seeds, and that no SDK method is left unimplemented. */
class LifecycleTest {
  private static final Instant START = Instant.parse("2024-05-01T12:00:00Z");

  private static Stream<Method> operations() {
    return Arrays.stream(Amazonivschat.class.getMethods())
        .filter(m -> m.getParameterCount() == 1
            && AmazonWebServiceRequest.class.isAssignableFrom(m.getParameterTypes()[0])
            && !m.getName().equals("getCachedResponseMetadata"));
  }

  @Test
  void every_method_of_the_sdk_interfaces_is_implemented_by_the_fake_itself() {
    for (Method m : Amazonivschat.class.getMethods()) {
      assertThat(declaringClassOf(FakeAmazonivschat.class, m)).as(m.getName())
          .isEqualTo(FakeAmazonivschat.class);
    }
    for (Method m : AmazonivschatAsync.class.getMethods()) {
      assertThat(declaringClassOf(FakeAmazonivschatAsync.class, m)).as(m.getName())
          .isIn(FakeAmazonivschat.class, FakeAmazonivschatAsync.class);
    }
    assertThat(operations()).hasSize(17);
  }

  private static Class<?> declaringClassOf(Class<?> type, Method m) {
    try {
      return type.getMethod(m.getName(), m.getParameterTypes()).getDeclaringClass();
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> after_shutdown_every_operation_fails_as_the_real_client_does() {
    RuntimeException real = RealV1Client.failureAfterShutdown();
    return operations().map(m -> DynamicTest.dynamicTest(m.getName(), () -> {
      FakeAmazonivschat fake = new FakeAmazonivschat();
      fake.shutdown();
      Object request = m.getParameterTypes()[0].getConstructor().newInstance();

      Throwable thrown = catchThrowable(() -> {
        try {
          m.invoke(fake, request);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      });

      assertThat(thrown).isExactlyInstanceOf(real.getClass()).hasMessage(real.getMessage());
      assertThat(fake.calls()).isEmpty();
    }));
  }

  @Test
  void a_shut_down_client_leaves_the_state_and_other_clients_on_it_usable() {
    FakeAmazonivschat fake = new FakeAmazonivschat();
    String room = fake.createRoom(new CreateRoomRequest()).getArn();
    Amazonivschat other = fake.async();

    Amazonivschat sibling = new FakeAmazonivschat(fake.ivsChat());

    fake.shutdown();
    fake.shutdown();

    assertThat(sibling.getRoom(new GetRoomRequest().withIdentifier(room)).getArn())
        .isEqualTo(room);
    assertThat(fake.rooms()).hasSize(1);
    assertThat(fake.getCachedResponseMetadata(new GetRoomRequest())).isNull();
    assertThatThrownBy(() -> other.getRoom(new GetRoomRequest().withIdentifier(room)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_fake_has_one_async_client_which_is_shut_down_with_it() {
    FakeAmazonivschat fake = new FakeAmazonivschat();
    FakeAmazonivschatAsync async = fake.async();

    assertThat(fake.async()).isSameAs(async);
    assertThat(async.async()).isSameAs(async);
    fake.shutdown();

    assertThatThrownBy(() -> async.createRoomAsync(new CreateRoomRequest()))
        .isInstanceOf(RejectedExecutionException.class);
    assertThatThrownBy(() -> async.createRoom(new CreateRoomRequest()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(fake.rooms()).isEmpty();
  }

  @Test
  void reset_forgets_everything_and_turns_time_and_ids_back_to_the_start() {
    FakeAmazonivschat fake = FakeAmazonivschat.builder().clockStart(START).build();
    fake.clock().advance(Duration.ofSeconds(1));
    List<String> before = script(fake);
    fake.faults().on(Operation.GET_ROOM).fail(ServiceError.internalServer());
    fake.faults().accessDenied(true);

    fake.reset();

    assertThat(fake.rooms()).isEmpty();
    assertThat(fake.loggingConfigurations()).isEmpty();
    assertThat(fake.chatTokens()).isEmpty();
    assertThat(fake.sentEvents()).isEmpty();
    assertThat(fake.calls()).isEmpty();
    assertThat(fake.clock().instant()).isEqualTo(START);
    assertThat(script(fake)).isEqualTo(before);
  }

  @Test
  void two_fakes_made_from_one_configuration_each_own_their_clock() {
    IvsChatConfig config = IvsChatConfig.builder().clockStart(START).build();
    FakeAmazonivschat one = new FakeAmazonivschat(config);
    FakeAmazonivschat two = new FakeAmazonivschat(config.toBuilder().build());
    FakeAmazonivschat three = FakeAmazonivschat.builder().config(config).build();

    one.clock().advance(Duration.ofHours(1));
    two.reset();

    assertThat(one.clock().instant()).isEqualTo(START.plus(Duration.ofHours(1)));
    assertThat(two.clock().instant()).isEqualTo(START);
    assertThat(three.clock().instant()).isEqualTo(START);
    assertThat(one.clock()).isNotSameAs(two.clock()).isNotSameAs(three.clock());
  }

  @Test
  void successive_calls_on_a_standing_clock_get_strictly_increasing_times() {
    FakeAmazonivschat fake = FakeAmazonivschat.builder().clockStart(START).build();
    CreateRoomResult room = fake.createRoom(new CreateRoomRequest());

    UpdateRoomResult first = fake.updateRoom(new UpdateRoomRequest()
        .withIdentifier(room.getArn()).withName("a"));
    UpdateRoomResult second = fake.updateRoom(new UpdateRoomRequest()
        .withIdentifier(room.getArn()).withName("b"));

    assertThat(room.getCreateTime().toInstant()).isEqualTo(START);
    assertThat(first.getUpdateTime().toInstant()).isEqualTo(START.plusMillis(1));
    assertThat(second.getUpdateTime().toInstant()).isEqualTo(START.plusMillis(2));
    assertThat(fake.clock().instant()).isEqualTo(START.plusMillis(2));
    fake.clock().advance(Duration.ofSeconds(5));
    assertThat(fake.updateRoom(new UpdateRoomRequest().withIdentifier(room.getArn())
        .withName("c")).getUpdateTime().toInstant()).isEqualTo(START.plusMillis(5002));
  }

  @Test
  void the_clock_step_is_configurable_and_zero_lets_calls_share_a_time() {
    FakeAmazonivschat stepped = FakeAmazonivschat.builder().clockStart(START)
        .clockStep(Duration.ofMillis(10)).build();
    FakeAmazonivschat still = FakeAmazonivschat.builder().clockStart(START)
        .clockStep(Duration.ZERO).build();

    stepped.createRoom(new CreateRoomRequest());
    stepped.createRoom(new CreateRoomRequest());
    still.createRoom(new CreateRoomRequest());
    still.createRoom(new CreateRoomRequest());

    assertThat(stepped.rooms()).extracting(Room::createTime)
        .containsExactly(START.plusMillis(10), START);
    assertThat(still.rooms()).extracting(Room::createTime).containsExactly(START, START);
    assertThatThrownBy(() -> IvsChatConfig.builder().clockStep(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clockStep");
  }

  @Test
  void a_clock_outside_the_timestamp_range_is_refused_up_front_and_no_call_changes_state() {
    FakeAmazonivschat fake = FakeAmazonivschat.builder().clockStart(FakeClock.MAX).build();
    String room = fake.createRoom(new CreateRoomRequest()).getArn();

    assertThatThrownBy(() -> fake.clock().set(Instant.MAX))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9999-12-30");
    assertThatThrownBy(() -> fake.clock().advance(Duration.ofDays(2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeAmazonivschat.builder().clockStart(Instant.MIN))
        .isInstanceOf(IllegalArgumentException.class);
    UpdateRoomResult updated = fake.updateRoom(new UpdateRoomRequest().withIdentifier(room)
        .withName("late"));
    CreateChatTokenResult token = fake.createChatToken(new CreateChatTokenRequest()
        .withRoomIdentifier(room).withUserId("ana").withSessionDurationInMinutes(180));

    assertThat(updated.getName()).isEqualTo("late");
    assertThat(token.getSessionExpirationTime().toInstant()).isAfter(FakeClock.MAX);
    assertThat(fake.rooms()).singleElement().extracting(Room::name).isEqualTo("late");
    FakeAmazonivschat onFixed = FakeAmazonivschat.builder()
        .clock(Clock.fixed(Instant.MAX, ZoneOffset.UTC)).build();
    assertThatThrownBy(() -> onFixed.createRoom(new CreateRoomRequest()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside the range");
    assertThat(onFixed.rooms()).isEmpty();
    assertThat(onFixed.calls()).isEmpty();
  }

  @Test
  void the_same_seed_gives_the_same_ids_tokens_and_request_ids_in_two_fakes() {
    FakeAmazonivschat one = FakeAmazonivschat.builder().idSeed(7).clockStart(START).build();
    FakeAmazonivschat two = FakeAmazonivschat.builder().idSeed(7).clockStart(START).build();

    assertThat(script(one)).isEqualTo(script(two));
    assertThat(script(new FakeAmazonivschat())).isEqualTo(script(new FakeAmazonivschat()));
  }

  @Test
  void different_seeds_give_different_ids() {
    FakeAmazonivschat one = FakeAmazonivschat.builder().idSeed(7).build();
    FakeAmazonivschat two = FakeAmazonivschat.builder().idSeed(8).build();

    assertThat(one.createRoom(new CreateRoomRequest()).getId())
        .isNotEqualTo(two.createRoom(new CreateRoomRequest()).getId());
  }

  /** A few calls; returns every id, token and request id they produced. */
  private static List<String> script(FakeAmazonivschat fake) {
    List<String> out = new ArrayList<>();
    CreateRoomRequest create = new CreateRoomRequest();
    String room = fake.createRoom(create).getArn();
    out.add(room);
    out.add(fake.getCachedResponseMetadata(create).getRequestId());
    out.add(fake.createLoggingConfiguration(Requests.loggingTo("logs")).getId());
    out.add(fake.createChatToken(new CreateChatTokenRequest().withRoomIdentifier(room)
        .withUserId("ana")).getToken());
    out.add(fake.sendEvent(new SendEventRequest().withRoomIdentifier(room).withEventName("e"))
        .getId());
    out.add(fake.getRoom(new GetRoomRequest().withIdentifier(room)).getId());
    return out;
  }
}
