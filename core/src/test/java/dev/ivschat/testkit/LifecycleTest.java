package dev.ivschat.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.SdkClientException;
import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.AmazonivschatAsync;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
  Stream<DynamicTest> after_shutdown_every_operation_fails_with_an_sdk_client_exception() {
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

      assertThat(thrown).isInstanceOf(SdkClientException.class)
          .isNotInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining("shut down");
      assertThat(fake.calls()).isEmpty();
    }));
  }

  @Test
  void a_shut_down_client_leaves_the_state_and_other_clients_on_it_usable() {
    FakeAmazonivschat fake = new FakeAmazonivschat();
    String room = fake.createRoom(new CreateRoomRequest()).getArn();
    Amazonivschat other = fake.async();

    fake.shutdown();
    fake.shutdown();

    assertThat(other.getRoom(new GetRoomRequest().withIdentifier(room)).getArn()).isEqualTo(room);
    assertThat(fake.rooms()).hasSize(1);
    assertThat(fake.getCachedResponseMetadata(new GetRoomRequest())).isNull();
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
