package dev.ivschat.testkit.junit5;

import static dev.ivschat.testkit.junit5.Fixtures.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.AmazonivschatAsync;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.sdk2.FakeIvschatAsyncClient;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ivschat.IvschatAsyncClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;

/** With sdk1 and sdk2 on the classpath, the v1 and v2 clients of one test share one IVS Chat. */
class BothSdksTest {

  @Fixture
  @IvsChatTest
  static class EveryV2Type {
    private FakeIvschatClient fromBeforeEach;

    @BeforeEach
    void setUp(FakeIvschatClient fake) {
      fromBeforeEach = fake;
    }

    @Test
    void v2_clients_are_injected_on_the_test_ivs_chat(IvschatClient client,
        FakeIvschatClient fake, IvschatAsyncClient asyncClient, FakeIvschatAsyncClient asyncFake,
        IvsChat ivsChat, CurrentIvsChat current) {
      assertThat(client).isSameAs(fake).isSameAs(fromBeforeEach)
          .isSameAs(current.client(IvschatClient.class));
      assertThat(asyncClient).isSameAs(asyncFake)
          .isSameAs(current.client(FakeIvschatAsyncClient.class));
      assertThat(fake.ivsChat()).isSameAs(ivsChat);
      assertThat(asyncFake.ivsChat()).isSameAs(ivsChat);
    }

    @Test
    void v1_and_v2_clients_see_the_same_rooms_events_and_journal(Amazonivschat v1,
        AmazonivschatAsync v1Async, IvschatClient v2, IvschatAsyncClient v2Async,
        IvsChat ivsChat) throws Exception {
      String arn = v1.createRoom(new CreateRoomRequest().withName("lobby")).getArn();
      assertThat(v2.getRoom(r -> r.identifier(arn)).name()).isEqualTo("lobby");
      v2.sendEvent(r -> r.roomIdentifier(arn).eventName("app:hello"));
      v2Async.createRoom(r -> r.name("second")).get();

      assertThat(v1Async.listRoomsAsync(new ListRoomsRequest()).get().getRooms()).hasSize(2);
      assertThat(v2Async.listRooms(r -> { }).get().rooms()).hasSize(2);
      assertThat(ivsChat.sentEvents(arn)).extracting(SentEvent::eventName)
          .containsExactly("app:hello");
      assertThat(ivsChat.calls()).extracting(Call::operation).containsExactly(
          Operation.CREATE_ROOM, Operation.GET_ROOM, Operation.SEND_EVENT, Operation.CREATE_ROOM,
          Operation.LIST_ROOMS, Operation.LIST_ROOMS);
    }
  }

  @Test
  void v1_and_v2_clients_injected_into_one_test_share_one_ivs_chat() {
    assertAllPassed(Fixtures.run(EveryV2Type.class), 2);
  }

  /** What a test kept past its end. */
  record Kept(FakeAmazonivschat v1, IvschatClient v2, IvschatAsyncClient v2Async,
      IvsChat ivsChat) {
  }

  @Fixture
  @IvsChatTest
  static class KeepsBothClients {
    static final Map<String, Kept> KEPT = new ConcurrentHashMap<>();

    @Test
    void keeps(FakeAmazonivschat v1, IvschatClient v2, IvschatAsyncClient v2Async,
        IvsChat ivsChat) {
      v2.createRoom(r -> r.name("kept"));
      KEPT.put("kept", new Kept(v1, v2, v2Async, ivsChat));
    }
  }

  @Test
  void both_front_doors_clients_are_closed_with_the_test() {
    KeepsBothClients.KEPT.clear();

    assertAllPassed(Fixtures.run(KeepsBothClients.class), 1);

    Kept kept = KeepsBothClients.KEPT.get("kept");
    assertThatThrownBy(() -> kept.v1().createRoom(new CreateRoomRequest()))
        .isInstanceOf(IllegalStateException.class).hasMessage("Connection pool shut down");
    assertThatThrownBy(() -> kept.v2().createRoom(r -> r.name("late")))
        .isInstanceOf(IllegalStateException.class).hasMessage("Connection pool shut down");
    assertThatThrownBy(() -> kept.v2Async().createRoom(r -> r.name("late")).get())
        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SdkClientException.class);
    assertThat(kept.ivsChat().rooms()).hasSize(1);
    assertThat(kept.ivsChat().calls()).hasSize(1);
  }

  @Fixture
  @IvsChatTest(idSeed = 1, clockStart = "2025-01-01T00:00:00Z")
  static class FailingWithV2 {
    @Test
    void fails_after_three_calls(IvschatClient client) {
      String arn = client.createRoom(r -> r.name("lobby")).arn();
      client.sendEvent(r -> r.roomIdentifier(arn).eventName("app:welcome")
          .attributes(Map.of("text", "hi")));
      try {
        client.createRoom(r -> r.name("bad name!"));
      } catch (RuntimeException expected) {
        // the third call fails, as in DiagnosticsTest
      }
      throw new AssertionError("the welcome was not shown");
    }
  }

  @Test
  void a_v2_tests_report_reads_as_a_v1_tests_does() {
    Throwable failure = Fixtures.failureOf(Fixtures.run(FailingWithV2.class).allEvents(),
        "fails_after_three_calls(IvschatClient)");

    assertThat(DiagnosticsTest.report(failure)).isEqualTo("IVS Chat of this test"
        + DiagnosticsTest.HEADER + "Calls, oldest first:\n" + DiagnosticsTest.CALL_1
        + DiagnosticsTest.CALL_2 + DiagnosticsTest.CALL_3 + DiagnosticsTest.EVENTS);
  }
}
