package dev.ivschat.testkit.sdk2.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.ServiceError;
import dev.ivschat.testkit.sdk2.FakeIvschatAsyncClient;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ivschat.IvschatAsyncClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.GetRoomRequest;

/**
 * Holds what the fake does without a service response to the real client: null requests, the
 * marshaller's own failures and reductions, calls after {@code close()}, and the shapes of failed
 * futures.
 */
class RealClientBehaviourFidelityTest {
  private static final String ROOM = "arn:aws:ivschat:us-east-1:123456789012:room/g1H2I3j4k5L6";

  private static RealService service;
  private static IvschatClient realSync;
  private final FakeIvschatClient fake = new FakeIvschatClient();

  @BeforeAll
  static void start() {
    service = RealService.start();
    realSync = service.newSyncClient();
  }

  @AfterAll
  static void stop() {
    realSync.close();
    service.close();
  }

  @AfterEach
  void closeFake() {
    fake.close();
  }

  /** Class and message of each throwable in the cause chain, and the SDK's attempt count. */
  private static List<String> chain(Throwable t) {
    List<String> out = new ArrayList<>();
    for (Throwable c = t; c != null; c = c.getCause()) {
      out.add(c.getClass().getName() + ": " + c.getMessage()
          + (c instanceof SdkException s ? " [numAttempts=" + s.numAttempts() + "]" : ""));
    }
    return out;
  }

  @Test
  void a_null_request_throws_the_same_npe_at_once_from_both_clients() {
    Throwable real = catchThrowable(() -> realSync.getRoom((GetRoomRequest) null));
    assertThat(chain(catchThrowable(() -> fake.getRoom((GetRoomRequest) null))))
        .isEqualTo(chain(real)).hasSize(1);
    Throwable realAsyncFailure;
    try (IvschatAsyncClient realAsync = service.newAsyncClient()) {
      realAsyncFailure = catchThrowable(() -> realAsync.getRoom((GetRoomRequest) null));
    }
    assertThat(chain(catchThrowable(() -> fake.async().getRoom((GetRoomRequest) null))))
        .isEqualTo(chain(realAsyncFailure)).isEqualTo(chain(real));
  }

  static Stream<Arguments> refusedByTheMarshaller() {
    Map<String, String> nullKey = new HashMap<>();
    nullKey.put(null, "v");
    return Stream.of(
        Arguments.of("ListTagsForResource without resourceArn",
            (Function<IvschatClient, ?>) c -> c.listTagsForResource(r -> { })),
        Arguments.of("ListTagsForResource with an empty resourceArn",
            (Function<IvschatClient, ?>) c -> c.listTagsForResource(r -> r.resourceArn(""))),
        Arguments.of("TagResource without resourceArn",
            (Function<IvschatClient, ?>) c -> c.tagResource(r -> r.tags(Map.of("a", "b")))),
        Arguments.of("UntagResource with an empty resourceArn",
            (Function<IvschatClient, ?>) c -> c.untagResource(r -> r.resourceArn("")
                .tagKeys("a"))),
        Arguments.of("CreateRoom with a null tag key",
            (Function<IvschatClient, ?>) c -> c.createRoom(r -> r.tags(nullKey))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedByTheMarshaller")
  void what_the_marshaller_refuses_fails_the_same_and_never_reaches_the_service(String what,
      Function<IvschatClient, ?> call) {
    int before = service.received().size();
    Throwable real = catchThrowable(() -> call.apply(realSync));
    assertThat(service.received()).hasSize(before);

    assertThat(chain(catchThrowable(() -> call.apply(fake)))).isEqualTo(chain(real));
    assertThat(fake.calls()).isEmpty();
  }

  @Test
  void the_async_client_fails_the_future_for_what_the_marshaller_refuses() {
    try (IvschatAsyncClient realAsync = service.newAsyncClient()) {
      CompletableFuture<?> real = realAsync.listTagsForResource(r -> r.resourceArn(""));
      CompletableFuture<?> fromFake = fake.async().listTagsForResource(r -> r.resourceArn(""));
      assertThat(fromFake).isCompletedExceptionally();
      assertThat(chain(fromFake.handle((v, t) -> t).join()))
          .isEqualTo(chain(real.handle((v, t) -> t).join()));
    }
  }

  @Test
  void null_map_values_are_dropped_as_the_json_body_drops_them() {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("a", "b");
    tags.put("gone", null);
    service.answerSuccess(200, "r", "{}");
    realSync.createRoom(r -> r.tags(tags));
    assertThat(last().body()).isEqualTo("{\"tags\":{\"a\":\"b\"}}");

    fake.createRoom(r -> r.tags(tags));
    assertThat(fake.lastCalls(1).get(0).request(IvsChatRequest.CreateRoom.class).tags())
        .containsExactly(Map.entry("a", "b"));
  }

  @Test
  void tag_keys_are_sent_without_nulls_and_an_empty_list_not_at_all() {
    String arn = fake.createRoom(r -> r.tags(Map.of("a", "1"))).arn();
    service.answerSuccess(200, "r", "{}");

    realSync.untagResource(r -> r.resourceArn(arn).tagKeys(Arrays.asList("a", null)));
    assertThat(last().rawQuery()).isEqualTo("tagKeys=a");
    fake.untagResource(r -> r.resourceArn(arn).tagKeys(Arrays.asList("a", null)));
    assertThat(lastUntag().tagKeys()).containsExactly("a");

    realSync.untagResource(r -> r.resourceArn(arn).tagKeys(Collections.emptyList()));
    assertThat(last().rawQuery()).isNull();
    catchThrowable(() -> fake.untagResource(r -> r.resourceArn(arn)
        .tagKeys(Collections.emptyList())));
    assertThat(lastUntag().tagKeys()).isNull();
  }

  @Test
  void a_closed_sync_client_throws_what_the_real_one_throws() {
    IvschatClient closedReal = service.newSyncClient();
    closedReal.close();
    Throwable real = catchThrowable(() -> closedReal.getRoom(r -> r.identifier(ROOM)));

    fake.close();
    Throwable fromFake = catchThrowable(() -> fake.getRoom(r -> r.identifier(ROOM)));

    assertThat(chain(fromFake)).isEqualTo(chain(real))
        .containsExactly("java.lang.IllegalStateException: Connection pool shut down");
  }

  /**
   * The real async clients built with the default Netty HTTP client share one reference-counted
   * event loop group: a closed client's calls fail only once no other such client is open (with
   * one open they still succeed). This compares with that case, so no other real async client may
   * be open here; the fake's calls after close always fail.
   */
  @Test
  void a_closed_async_client_fails_its_futures_as_the_real_one_does() {
    IvschatAsyncClient closedReal = service.newAsyncClient();
    closedReal.close();
    Throwable real = closedReal.getRoom(r -> r.identifier(ROOM)).handle((v, t) -> t).join();

    FakeIvschatAsyncClient closedFake = new FakeIvschatAsyncClient();
    closedFake.close();
    Throwable fromFake = closedFake.getRoom(r -> r.identifier(ROOM)).handle((v, t) -> t).join();

    assertThat(chain(fromFake)).isEqualTo(chain(real)).hasSize(3);
  }

  @Test
  void a_failed_future_looks_the_same_through_every_way_of_reading_it() {
    service.answer(404, Map.of("x-amzn-ErrorType", "ResourceNotFoundException",
        "x-amzn-RequestId", "r", "Content-Type", "application/json"),
        "{\"message\":\"Room not found\",\"resourceId\":\"g1H2I3j4k5L6\","
            + "\"resourceType\":\"ROOM\"}");
    fake.faults().on(Operation.GET_ROOM).fail(ServiceError.notFound("g1H2I3j4k5L6", "ROOM"));

    try (IvschatAsyncClient realAsync = service.newAsyncClient()) {
      assertThat(readings(fake.async().getRoom(r -> r.identifier(ROOM))))
          .isEqualTo(readings(realAsync.getRoom(r -> r.identifier(ROOM))));
    }
  }

  /** The classes seen by whenComplete, exceptionally, handle, join and get, and their causes. */
  private static List<String> readings(CompletableFuture<?> future) {
    List<String> seen = new ArrayList<>();
    Throwable whenComplete = catchThrowable(() -> future.whenComplete((v, t) -> seen.add(
        "whenComplete " + t.getClass().getName())).join());
    seen.add("whenComplete().join() " + whenComplete.getClass().getName());
    future.exceptionally(t -> {
      seen.add("exceptionally " + t.getClass().getName());
      return null;
    }).join();
    Throwable join = catchThrowable(future::join);
    seen.add("join " + join.getClass().getName() + " caused by "
        + join.getCause().getClass().getName());
    Throwable get = catchThrowable(future::get);
    seen.add("get " + get.getClass().getName() + " caused by "
        + get.getCause().getClass().getName());
    assertThat(get).isInstanceOf(ExecutionException.class);
    assertThat(join).isInstanceOf(CompletionException.class);
    return seen;
  }

  private static RealService.Received last() {
    List<RealService.Received> all = service.received();
    return all.get(all.size() - 1);
  }

  private IvsChatRequest.UntagResource lastUntag() {
    List<Call> untags = fake.calls(Operation.UNTAG_RESOURCE);
    return untags.get(untags.size() - 1).request(IvsChatRequest.UntagResource.class);
  }
}
