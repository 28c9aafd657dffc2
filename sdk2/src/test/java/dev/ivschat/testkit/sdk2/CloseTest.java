package dev.ivschat.testkit.sdk2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ivschat.testkit.IvsChat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ivschat.model.GetRoomResponse;

/** {@code close()}: calls fail as on a closed real client; the in-memory IVS Chat lives on. */
class CloseTest {
  private final IvsChat ivsChat = new IvsChat();
  private final FakeIvschatClient fake = new FakeIvschatClient(ivsChat);
  private final String arn = fake.createRoom(r -> r.name("lobby")).arn();

  @Test
  void a_closed_sync_client_throws_the_connection_pool_error() {
    fake.close();

    assertThatThrownBy(() -> fake.getRoom(r -> r.identifier(arn)))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Connection pool shut down").hasNoCause();
    assertThat(fake.calls()).hasSize(1);
  }

  @Test
  void closing_leaves_the_state_the_control_surface_and_other_clients_usable() {
    FakeIvschatClient other = new FakeIvschatClient(ivsChat);
    fake.close();
    fake.close();

    assertThat(fake.rooms()).hasSize(1);
    assertThat(other.getRoom(r -> r.identifier(arn)).name()).isEqualTo("lobby");
    fake.reset();
    assertThat(ivsChat.rooms()).isEmpty();
  }

  @Test
  void closing_the_sync_client_closes_its_async_client() {
    FakeIvschatAsyncClient async = fake.async();

    fake.close();

    assertThat(async.getRoom(r -> r.identifier(arn))).failsWithin(java.time.Duration.ZERO)
        .withThrowableThat().havingCause().isInstanceOf(SdkClientException.class);
    assertThat(fake.async()).isSameAs(async);
  }

  @Test
  void the_async_client_of_a_closed_sync_client_is_closed_too() {
    fake.close();

    assertThat(fake.async().getRoom(r -> r.identifier(arn))).isCompletedExceptionally();
  }

  @Test
  void a_closed_async_client_fails_its_futures_at_once() {
    FakeIvschatAsyncClient async = new FakeIvschatAsyncClient(ivsChat);
    async.close();

    CompletableFuture<GetRoomResponse> future = async.getRoom(r -> r.identifier(arn));

    assertThat(future).isCompletedExceptionally();
    Throwable failure = future.handle((v, t) -> t).join();
    assertThat(failure).isExactlyInstanceOf(CompletionException.class)
        .cause().isExactlyInstanceOf(SdkClientException.class)
        .hasMessage("Unable to execute HTTP request: event executor terminated "
            + "(SDK Attempt Count: 1)")
        .cause().isExactlyInstanceOf(RejectedExecutionException.class)
        .hasMessage("event executor terminated");
    assertThat(ivsChat.calls()).hasSize(1);
  }

  @Test
  void closing_the_async_client_leaves_the_sync_client_open() {
    fake.async().close();

    assertThat(fake.getRoom(r -> r.identifier(arn)).arn()).isEqualTo(arn);
  }

  @Test
  void futures_of_calls_made_before_close_still_complete() {
    FakeIvschatAsyncClient async = new FakeIvschatAsyncClient(ivsChat);
    CompletableFuture<GetRoomResponse> before = async.getRoom(r -> r.identifier(arn));

    async.close();

    assertThat(before.join().arn()).isEqualTo(arn);
  }

  @Test
  void try_with_resources_closes() {
    FakeIvschatClient closed;
    try (FakeIvschatClient c = new FakeIvschatClient(ivsChat)) {
      closed = c;
    }
    assertThatThrownBy(() -> closed.getRoom(r -> r.identifier(arn)))
        .isInstanceOf(IllegalStateException.class);
  }
}
