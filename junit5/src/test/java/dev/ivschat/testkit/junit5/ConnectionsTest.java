package dev.ivschat.testkit.junit5;

import static dev.ivschat.testkit.junit5.Fixtures.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatConnectionInfo;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatListener;
import dev.ivschat.testkit.CloseReason;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Chat connections opened from an injected handle close with the IVS Chat of their scope, and a
 * connection kept past its test receives nothing more.
 */
class ConnectionsTest {
  private static final CloseReason SHUT_DOWN =
      new CloseReason(CloseReason.Kind.FAKE_SHUT_DOWN, "The fake was closed");

  /** What a listener heard: "frame TYPE" and "close KIND" lines, in order. */
  static final class Recorder implements ChatListener {
    final List<String> heard = new CopyOnWriteArrayList<>();

    @Override
    public void onFrame(ChatFrame frame) {
      heard.add("frame " + frame.type());
    }

    @Override
    public void onClose(CloseReason reason) {
      heard.add("close " + reason.kind());
    }
  }

  static String token(IvsChatControl control, String roomArn, String userId) {
    return control.ivsChat().call(new IvsChatRequest.CreateChatToken(roomArn, userId,
        List.of("SEND_MESSAGE"), null, Map.of())).value().token();
  }

  static String room(IvsChatControl control) {
    return control.ivsChat().call(IvsChatRequest.CreateRoom.named("lobby")).value().arn();
  }

  @Fixture
  @IvsChatTest
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PerTest {
    static final AtomicReference<IvsChat> IVS_CHAT = new AtomicReference<>();
    static final AtomicReference<ChatConnection> KEPT = new AtomicReference<>();
    static final AtomicReference<String> TOKEN = new AtomicReference<>();
    static final Recorder RECORDER = new Recorder();

    @Test
    @Order(1)
    void a_test_opens_connections_from_its_injected_ivs_chat(IvsChat ivsChat) {
      String room = room(ivsChat);
      ChatConnection alice = ivsChat.connect(token(ivsChat, room, "alice"), RECORDER);
      alice.sendMessage("hi");
      IVS_CHAT.set(ivsChat);
      KEPT.set(alice);
      TOKEN.set(token(ivsChat, room, "bob"));

      assertThat(alice.isOpen()).isTrue();
      assertThat(alice.messages()).extracting(ChatFrame.Message::content).containsExactly("hi");
    }

    @Test
    @Order(2)
    void the_next_test_finds_that_connection_closed_and_none_of_its_own(IvsChatControl control,
        FakeAmazonivschat client) {
      assertThat(control.connections()).isEmpty();
      assertThat(KEPT.get().closeReason()).contains(SHUT_DOWN);

      String room = client.createRoom(new CreateRoomRequest().withName("stage")).getArn();
      ChatConnection own = control.connect(client.createChatToken(new CreateChatTokenRequest()
          .withRoomIdentifier(room).withUserId("carol")).getToken());
      assertThat(control.connections()).extracting(ChatConnectionInfo::userId)
          .containsExactly("carol");
      assertThat(own.isOpen()).isTrue();
    }
  }

  @Test
  void a_connection_kept_past_its_test_is_closed_and_receives_nothing_more() {
    assertAllPassed(Fixtures.run(PerTest.class), 2);
    ChatConnection kept = PerTest.KEPT.get();

    assertThat(kept.isOpen()).isFalse();
    assertThat(kept.closeReason()).contains(SHUT_DOWN);
    assertThat(SHUT_DOWN.kind().closeCode()).isEqualTo(1000);
    kept.sendMessage("too late");
    assertThat(kept.received()).hasSize(1);
    assertThat(PerTest.RECORDER.heard).containsExactly("frame MESSAGE", "close FAKE_SHUT_DOWN");
    assertThat(PerTest.IVS_CHAT.get().connections()).singleElement()
        .satisfies(c -> assertThat(c.closeReason()).contains(SHUT_DOWN));
    assertThatThrownBy(() -> PerTest.IVS_CHAT.get().connect(PerTest.TOKEN.get()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("This IVS Chat is closed (its test or scope has ended); it takes no more "
            + "connections");
  }

  @Fixture
  @IvsChatTest
  static class Failing {
    static final AtomicReference<ChatConnection> KEPT = new AtomicReference<>();

    @Test
    void fails_with_a_connection_open(IvsChatControl control) {
      KEPT.set(control.connect(token(control, room(control), "alice")));
      throw new AssertionError("boom");
    }
  }

  @Test
  void a_failing_test_closes_its_connections_too() {
    EngineExecutionResults results = Fixtures.run(Failing.class);

    assertThat(results.testEvents().failed().count()).isEqualTo(1);
    assertThat(Failing.KEPT.get().closeReason()).contains(SHUT_DOWN);
  }

  @Fixture
  @IvsChatTest(scope = IvsChatScope.PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PerClass {
    static final AtomicReference<ChatConnection> SHARED = new AtomicReference<>();
    static final AtomicReference<String> ROOM = new AtomicReference<>();

    @BeforeAll
    static void open(IvsChat ivsChat) {
      ROOM.set(room(ivsChat));
      SHARED.set(ivsChat.connect(token(ivsChat, ROOM.get(), "alice")));
    }

    @Test
    @Order(1)
    void a_connection_of_before_all_is_open_in_the_first_test(IvsChat ivsChat) {
      ivsChat.connect(token(ivsChat, ROOM.get(), "bob")).sendMessage("hi");
      assertThat(SHARED.get().isOpen()).isTrue();
    }

    @Test
    @Order(2)
    void and_still_open_in_the_next(IvsChatControl control) {
      assertThat(SHARED.get().isOpen()).isTrue();
      assertThat(SHARED.get().messages()).extracting(ChatFrame.Message::content)
          .containsExactly("hi");
      assertThat(control.connections()).hasSize(2).allMatch(ChatConnectionInfo::isOpen);
    }
  }

  @Test
  void in_per_class_scope_connections_stay_open_until_the_class_ends() {
    assertAllPassed(Fixtures.run(PerClass.class), 2);

    assertThat(PerClass.SHARED.get().closeReason()).contains(SHUT_DOWN);
  }
}
