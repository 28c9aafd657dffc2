package dev.ivschat.testkit.sdk2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.ServiceError;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.IvschatAsyncClient;
import software.amazon.awssdk.services.ivschat.model.CreateRoomRequest;
import software.amazon.awssdk.services.ivschat.model.CreateRoomResponse;
import software.amazon.awssdk.services.ivschat.model.ThrottlingException;

/** {@link FakeIvschatAsyncClient}: futures, executors, and sharing one IVS Chat with sync. */
class AsyncClientTest {
  private final FakeIvschatClient sync = new FakeIvschatClient();
  private final FakeIvschatAsyncClient async = sync.async();

  @AfterEach
  void close() {
    sync.close();
  }

  @Test
  void async_is_one_client_over_the_same_ivs_chat() {
    assertThat(sync.async()).isSameAs(async);
    assertThat(async.ivsChat()).isSameAs(sync.ivsChat());

    String arn = async.createRoom(r -> r.name("lobby")).join().arn();
    assertThat(sync.getRoom(r -> r.identifier(arn)).name()).isEqualTo("lobby");
    sync.sendEvent(r -> r.roomIdentifier(arn).eventName("app:hi"));
    assertThat(async.sentEvents(arn)).hasSize(1);
  }

  @Test
  void a_sync_and_an_async_client_built_on_one_ivs_chat_share_it() {
    IvsChat ivsChat = new IvsChat();
    try (FakeIvschatClient a = new FakeIvschatClient(ivsChat);
        FakeIvschatAsyncClient b = new FakeIvschatAsyncClient(ivsChat)) {
      a.createRoom(r -> r.name("one"));
      b.createRoom(r -> r.name("two")).join();

      assertThat(ivsChat.rooms()).hasSize(2);
      assertThat(b.listRooms(r -> { }).join().rooms()).hasSize(2);
      assertThat(a.calls()).hasSize(3);
    }
  }

  @Test
  void futures_complete_on_the_clients_own_daemon_threads() {
    async.createRoom(r -> { }).join();

    assertThat(Thread.getAllStackTraces().keySet())
        .filteredOn(t -> t.getName().startsWith("ivschat-testkit-sdk2-async-"))
        .isNotEmpty().allSatisfy(t -> assertThat(t.isDaemon()).isTrue());
  }

  @Test
  void the_call_has_reached_the_ivs_chat_when_the_method_returns() {
    async.createRoom(r -> r.name("one"));
    async.createRoom(r -> r.name("two"));

    assertThat(sync.calls()).extracting(c -> c.request(CreateRoomRequest.class).name())
        .containsExactly("one", "two");
  }

  @Test
  void a_service_error_fails_the_future_with_a_completion_exception() {
    async.faults().on(Operation.CREATE_ROOM).fail(ServiceError.throttling(5));

    CompletableFuture<CreateRoomResponse> future = async.createRoom(r -> { });

    assertThatThrownBy(future::join).isExactlyInstanceOf(CompletionException.class)
        .cause().isExactlyInstanceOf(ThrottlingException.class);
    assertThatThrownBy(future::get).isExactlyInstanceOf(ExecutionException.class)
        .cause().isExactlyInstanceOf(ThrottlingException.class);
    assertThat(future.handle((v, t) -> t).join()).isExactlyInstanceOf(CompletionException.class);
  }

  @Test
  void a_null_request_throws_at_once() {
    assertThatThrownBy(() -> async.createRoom((CreateRoomRequest) null))
        .isExactlyInstanceOf(NullPointerException.class);
    assertThat(sync.calls()).isEmpty();
  }

  @Test
  void a_direct_executor_completes_the_future_before_the_call_returns() {
    try (FakeIvschatAsyncClient direct = new FakeIvschatAsyncClient(new IvsChat(), Runnable::run)) {
      assertThat(direct.createRoom(r -> { })).isCompleted();
    }
  }

  @Test
  void an_executor_passed_in_is_used_and_left_running() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "mine"));
    try {
      FakeIvschatAsyncClient client = FakeIvschatClient.builder()
          .futureCompletionExecutor(executor).buildAsync();
      CountDownLatch attached = new CountDownLatch(1);
      executor.execute(() -> await(attached));
      CompletableFuture<Thread> completer =
          client.createRoom(r -> { }).thenApply(x -> Thread.currentThread());
      attached.countDown();
      Thread thread = completer.get();
      client.close();

      assertThat(thread.getName()).isEqualTo("mine");
      assertThat(executor.isShutdown()).isFalse();
    } finally {
      executor.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void the_sync_builders_executor_is_the_async_clients() {
    try (FakeIvschatClient built = FakeIvschatClient.builder()
        .futureCompletionExecutor(Runnable::run).build()) {
      assertThat(built.async().createRoom(r -> { })).isCompleted();
    }
  }

  @Test
  void many_concurrent_calls_all_complete() {
    List<CompletableFuture<CreateRoomResponse>> futures = IntStream.range(0, 200)
        .mapToObj(i -> async.createRoom(r -> r.name("r" + i))).toList();

    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();

    assertThat(sync.rooms()).hasSize(200);
  }

  @Test
  void the_service_name_and_configuration_are_the_real_clients() {
    IvschatAsyncClient client = async;
    assertThat(client.serviceName()).isEqualTo("ivschat");
    assertThat(client.serviceClientConfiguration().region().id()).isEqualTo("us-east-1");
  }
}
