package dev.ivschat.testkit.sdk2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ivschat.testkit.FrontDoor;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.ServiceError;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.IvschatAsyncClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.IvschatClientBuilder;
import software.amazon.awssdk.services.ivschat.model.ValidationException;

/** The v2 front door that test-framework glue finds with {@code ServiceLoader}. */
class FrontDoorTest {
  private final FrontDoor door = FrontDoor.installed().stream()
      .filter(d -> d.name().equals("AWS SDK for Java v2")).findFirst().orElseThrow();

  @Test
  void it_is_installed_with_the_v2_client_types() {
    assertThat(door.clientTypes()).containsExactly(IvschatClient.class, IvschatAsyncClient.class,
        FakeIvschatClient.class, FakeIvschatAsyncClient.class);
  }

  @Test
  void its_clients_are_one_sync_and_one_async_on_the_given_ivs_chat() {
    IvsChat ivsChat = new IvsChat();
    try (FrontDoor.Clients clients = door.open(ivsChat)) {
      FakeIvschatClient sync = (FakeIvschatClient) clients.client(IvschatClient.class);
      assertThat(clients.client(FakeIvschatClient.class)).isSameAs(sync);
      assertThat(clients.client(IvschatAsyncClient.class)).isSameAs(sync.async())
          .isSameAs(clients.client(FakeIvschatAsyncClient.class));
      assertThat(sync.ivsChat()).isSameAs(ivsChat);
      assertThatThrownBy(() -> clients.client(String.class))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void closing_the_clients_closes_them() {
    FrontDoor.Clients clients = door.open(new IvsChat());
    IvschatClient sync = (IvschatClient) clients.client(IvschatClient.class);

    clients.close();

    assertThatThrownBy(() -> sync.listRooms(r -> { })).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void it_explains_real_sdk_types_declared_by_mistake() {
    assertThat(door.misuse(IvschatClientBuilder.class)).contains("IvschatClient or "
        + "IvschatAsyncClient").contains("IvschatClientBuilder is a type of the real SDK");
    assertThat(door.misuse(List.class)).isNull();
  }

  @Test
  void it_reads_the_fakes_exceptions_back_into_the_service_error() {
    FakeIvschatClient fake = new FakeIvschatClient();
    Throwable thrown = catchThrowable(() -> fake.createRoom(r -> r.name("my room!")));

    FrontDoor.Failure failure = FrontDoor.failureOfAny(thrown);

    assertThat(failure.error()).isEqualTo(fake.lastCalls(1).get(0).error());
    assertThat(failure.requestId()).isEqualTo(fake.lastCalls(1).get(0).requestId());
    assertThat(failure.exceptionType()).isEqualTo("ValidationException");
  }

  @Test
  void it_reads_an_exception_built_without_error_details() {
    ValidationException stubbed = ValidationException.builder().message("bad").statusCode(400)
        .reason("OTHER").build();

    ServiceError error = door.failureOf(stubbed).error();

    assertThat(error.code()).isEqualTo("ValidationException");
    assertThat(error.message()).isEqualTo("bad");
    assertThat(error.reason()).isEqualTo("OTHER");
    assertThat(error.statusCode()).isEqualTo(400);
  }

  @Test
  void it_knows_nothing_of_other_exceptions() {
    assertThat(door.failureOf(new IllegalStateException("x"))).isNull();
  }
}
