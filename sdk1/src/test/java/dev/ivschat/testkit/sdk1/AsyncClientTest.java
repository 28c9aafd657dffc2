package dev.ivschat.testkit.sdk1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.handlers.AsyncHandler;
import com.amazonaws.services.ivschat.AmazonivschatAsync;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.CreateRoomResult;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.GetRoomResult;
import com.amazonaws.services.ivschat.model.ResourceNotFoundException;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.SendEventResult;
import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.SentEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The AmazonivschatAsync fake: futures, handlers, and state shared with the sync view. */
class AsyncClientTest {
  private static final long WAIT = 10;

  private final FakeAmazonivschat fake = new FakeAmazonivschat();
  private final FakeAmazonivschatAsync async = fake.async();

  @AfterEach
  void shutDown() {
    async.shutdown();
  }

  /** Records what a handler was called with. */
  private static final class Recorder<Q extends AmazonWebServiceRequest, R>
      implements AsyncHandler<Q, R> {
    final List<Object> calls = new ArrayList<>();

    @Override
    public synchronized void onError(Exception exception) {
      calls.add(exception);
    }

    @Override
    public synchronized void onSuccess(Q request, R result) {
      calls.add(request);
      calls.add(result);
    }
  }

  @Test
  void a_future_yields_the_result_and_the_sync_view_sees_the_same_state() throws Exception {
    Future<CreateRoomResult> future = async.createRoomAsync(new CreateRoomRequest().withName("a"));

    CreateRoomResult room = future.get(WAIT, TimeUnit.SECONDS);

    assertThat(future.isDone()).isTrue();
    assertThat(fake.getRoom(new GetRoomRequest().withIdentifier(room.getArn())).getName())
        .isEqualTo("a");
    assertThat(async.rooms()).isEqualTo(fake.rooms());
    assertThat(fake.calls()).extracting(Call::operation).containsExactly(Operation.CREATE_ROOM,
        Operation.GET_ROOM);
  }

  @Test
  void what_the_sync_view_creates_the_async_view_reads() throws Exception {
    String room = fake.createRoom(new CreateRoomRequest().withName("b")).getArn();

    GetRoomResult got = async.getRoomAsync(new GetRoomRequest().withIdentifier(room))
        .get(WAIT, TimeUnit.SECONDS);

    assertThat(got.getName()).isEqualTo("b");
  }

  @Test
  void a_failed_call_fails_the_future_with_the_modelled_exception() {
    Future<GetRoomResult> future = async.getRoomAsync(
        new GetRoomRequest().withIdentifier(Requests.ROOM_ARN_PREFIX + "g1H2I3j4k5L6"));

    ExecutionException e = catchThrowableOfType(ExecutionException.class,
        () -> future.get(WAIT, TimeUnit.SECONDS));

    assertThat(e.getCause()).isInstanceOfSatisfying(ResourceNotFoundException.class, cause -> {
      assertThat(cause.getResourceId()).isEqualTo("g1H2I3j4k5L6");
      assertThat(cause.getStatusCode()).isEqualTo(404);
      assertThat(cause.getRequestId()).isNotBlank();
    });
  }

  @Test
  void the_handler_gets_the_request_and_result_before_the_future_completes() throws Exception {
    String room = fake.createRoom(new CreateRoomRequest()).getArn();
    SendEventRequest request = new SendEventRequest().withRoomIdentifier(room).withEventName("e");
    Recorder<SendEventRequest, SendEventResult> handler = new Recorder<>();

    SendEventResult result = async.sendEventAsync(request, handler).get(WAIT, TimeUnit.SECONDS);

    synchronized (handler) {
      assertThat(handler.calls).containsExactly(request, result);
    }
    assertThat(fake.sentEvents()).extracting(SentEvent::id).containsExactly(result.getId());
  }

  @Test
  void the_handler_gets_the_exception_of_a_failed_call() {
    Recorder<CreateRoomRequest, CreateRoomResult> handler = new Recorder<>();
    Future<CreateRoomResult> future =
        async.createRoomAsync(new CreateRoomRequest().withName("bad name"), handler);

    ExecutionException e = catchThrowableOfType(ExecutionException.class,
        () -> future.get(WAIT, TimeUnit.SECONDS));

    synchronized (handler) {
      assertThat(handler.calls).containsExactly(e.getCause());
    }
    assertThat(e.getCause())
        .isInstanceOf(com.amazonaws.services.ivschat.model.ValidationException.class);
  }

  @Test
  void a_standalone_async_fake_has_the_control_surface_and_sync_operations_too()
      throws Exception {
    FakeAmazonivschatAsync standalone = FakeAmazonivschat.builder().region("eu-west-1")
        .buildAsync();
    try {
      AmazonivschatAsync client = standalone;
      String arn = client.createRoomAsync(new CreateRoomRequest()).get(WAIT, TimeUnit.SECONDS)
          .getArn();

      assertThat(arn).startsWith("arn:aws:ivschat:eu-west-1:");
      assertThat(standalone.getRoom(new GetRoomRequest().withIdentifier(arn)).getArn())
          .isEqualTo(arn);
      assertThat(standalone.async().rooms()).hasSize(1);
      assertThat(new FakeAmazonivschatAsync().rooms()).isEmpty();
    } finally {
      standalone.shutdown();
    }
  }

  @Test
  void after_shutdown_sync_calls_fail_like_a_closed_client_and_async_calls_are_rejected() {
    async.shutdown();

    assertThatThrownBy(() -> async.createRoom(new CreateRoomRequest()))
        .isInstanceOf(IllegalStateException.class).hasMessage("Connection pool shut down");
    assertThatThrownBy(() -> async.createRoomAsync(new CreateRoomRequest()))
        .isInstanceOf(RejectedExecutionException.class);
    assertThat(fake.createRoom(new CreateRoomRequest()).getArn()).isNotBlank();
  }
}
