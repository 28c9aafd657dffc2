package dev.ivschat.testkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatConnectionInfo;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatListener;
import dev.ivschat.testkit.ChatRequest;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.CloseReason;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.SentEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MESSAGING.md sections 6 and 8: how connections end, and the close reasons recorded. */
class SessionEndTest {
  private final Chat chat = new Chat();

  private static CloseReason.Kind kind(ChatConnection c) {
    return c.closeReason().orElseThrow().kind();
  }

  @Test
  void disconnect_user_closes_every_connection_of_that_user_in_the_room_after_the_event() {
    ChatConnection mod = chat.connect("mod");
    ChatConnection one = chat.connect("troll");
    ChatConnection two = chat.connect("troll");
    ChatConnection bystander = chat.connect("bob");
    mod.send(new ChatRequest.DisconnectUser("req-1", "troll", "spam"));
    assertThat(one.isOpen()).isFalse();
    assertThat(two.isOpen()).isFalse();
    assertThat(one.closeReason()).contains(new CloseReason(CloseReason.Kind.USER_DISCONNECTED,
        "spam"));
    assertThat(one.events()).extracting(ChatFrame.Event::eventName)
        .containsExactly(SentEvent.DISCONNECT_USER);
    assertThat(bystander.isOpen()).isTrue();
    assertThat(bystander.events().get(0).attributes()).containsEntry("UserId", "troll")
        .containsEntry("Reason", "spam");
    assertThat(mod.events().get(0).requestId()).isEqualTo("req-1");
  }

  @Test
  void disconnect_user_leaves_the_users_connections_in_other_rooms_open() {
    Chat other = new Chat(chat.ivsChat, IvsChatRequest.CreateRoom.named("other"));
    ChatConnection elsewhere = other.connect("troll");
    chat.connect("troll");
    chat.connect("mod").disconnectUser("troll", null);
    assertThat(elsewhere.isOpen()).isTrue();
  }

  @Test
  void control_plane_disconnect_user_sends_the_event_and_closes_the_users_connections() {
    ChatConnection troll = chat.connect("troll");
    ChatConnection bob = chat.connect("bob");
    Chat.ok(chat.ivsChat.call(new IvsChatRequest.DisconnectUser(chat.room.arn(), "troll",
        null)));
    assertThat(kind(troll)).isEqualTo(CloseReason.Kind.USER_DISCONNECTED);
    assertThat(troll.closeReason().orElseThrow().text()).isEmpty();
    assertThat(bob.events()).extracting(ChatFrame.Event::eventName)
        .containsExactly(SentEvent.DISCONNECT_USER);
    assertThat(bob.events().get(0).requestId()).isEmpty();
  }

  @Test
  void with_kicked_user_receives_disconnect_event_off_the_kicked_user_gets_only_the_close() {
    Chat quiet = new Chat(IvsChatConfig.builder().kickedUserReceivesDisconnectEvent(false));
    ChatConnection troll = quiet.connect("troll");
    ChatConnection bob = quiet.connect("bob");
    quiet.connect("mod").disconnectUser("troll", null);
    assertThat(troll.received()).isEmpty();
    assertThat(troll.isOpen()).isFalse();
    assertThat(bob.events()).hasSize(1);
  }

  @Test
  void a_moderator_disconnecting_itself_receives_the_event_and_then_closes() {
    ChatConnection mod = chat.connect("mod");
    mod.send(new ChatRequest.DisconnectUser("req-1", "mod", null));
    assertThat(mod.events().get(0).requestId()).isEqualTo("req-1");
    assertThat(mod.isOpen()).isFalse();
  }

  @Test
  void delete_room_closes_every_connection_of_the_room() {
    ChatConnection alice = chat.connect("alice");
    ChatConnection bob = chat.connect("bob");
    Chat other = new Chat(chat.ivsChat, IvsChatRequest.CreateRoom.named("other"));
    ChatConnection elsewhere = other.connect("carol");
    Chat.ok(chat.ivsChat.call(new IvsChatRequest.DeleteRoom(chat.room.arn())));
    assertThat(kind(alice)).isEqualTo(CloseReason.Kind.ROOM_DELETED);
    assertThat(kind(bob)).isEqualTo(CloseReason.Kind.ROOM_DELETED);
    assertThat(elsewhere.isOpen()).isTrue();
  }

  @Test
  void when_the_fake_clock_passes_session_expiration_the_session_gets_error_401_then_closes() {
    ChatToken token = chat.token(chat.room.arn(), "alice", Chat.ALL, Map.of(), 5);
    ChatConnection alice = chat.ivsChat.connect(token.token());
    chat.ivsChat.clock().advance(Duration.ofMinutes(5).minusMillis(10));
    assertThat(alice.isOpen()).isTrue();
    chat.ivsChat.clock().advance(Duration.ofMillis(10));
    assertThat(alice.isOpen()).isFalse();
    assertThat(kind(alice)).isEqualTo(CloseReason.Kind.SESSION_EXPIRED);
    assertThat(alice.errors()).singleElement().satisfies(e -> {
      assertThat(e.errorCode()).isEqualTo(401);
      assertThat(e.requestId()).isEmpty();
    });
  }

  @Test
  void setting_the_clock_past_session_expiration_ends_the_session_too() {
    ChatToken token = chat.token(chat.room.arn(), "alice", Chat.ALL, Map.of(), 1);
    ChatConnection alice = chat.ivsChat.connect(token.token());
    chat.ivsChat.clock().set(token.sessionExpirationTime());
    assertThat(kind(alice)).isEqualTo(CloseReason.Kind.SESSION_EXPIRED);
  }

  @Test
  void with_session_expiry_error_off_an_expired_session_only_closes() {
    Chat plain = new Chat(IvsChatConfig.builder().sessionExpiryError(false));
    ChatToken token = plain.token(plain.room.arn(), "alice", Chat.ALL, Map.of(), 1);
    ChatConnection alice = plain.ivsChat.connect(token.token());
    plain.ivsChat.clock().advance(Duration.ofMinutes(2));
    assertThat(alice.received()).isEmpty();
    assertThat(kind(alice)).isEqualTo(CloseReason.Kind.SESSION_EXPIRED);
  }

  @Test
  void a_client_closes_its_own_connection_and_later_requests_are_dropped() {
    ChatConnection alice = chat.connect("alice");
    ChatConnection bob = chat.connect("bob");
    alice.close();
    alice.sendMessage("too late");
    alice.close();
    assertThat(kind(alice)).isEqualTo(CloseReason.Kind.CLIENT_CLOSED);
    assertThat(alice.received()).isEmpty();
    assertThat(bob.received()).isEmpty();
  }

  @Test
  void a_closed_connection_receives_no_more_frames() {
    ChatConnection alice = chat.connect("alice");
    ChatConnection bob = chat.connect("bob");
    bob.close();
    alice.sendMessage("hi");
    assertThat(bob.received()).isEmpty();
  }

  @Test
  void reset_closes_every_connection_and_forgets_them() {
    ChatConnection alice = chat.connect("alice");
    chat.ivsChat.reset();
    assertThat(kind(alice)).isEqualTo(CloseReason.Kind.FAKE_SHUT_DOWN);
    assertThat(chat.ivsChat.connections()).isEmpty();
    assertThat(chat.ivsChat.chatMessages()).isEmpty();
  }

  @Test
  void closing_the_fake_closes_its_connections() {
    ChatConnection alice = chat.connect("alice");
    chat.ivsChat.close();
    assertThat(kind(alice)).isEqualTo(CloseReason.Kind.FAKE_SHUT_DOWN);
  }

  @Test
  void the_control_surface_shows_open_and_closed_connections_with_their_reasons() {
    ChatConnection alice = chat.connect("alice");
    ChatConnection bob = chat.connect("bob");
    bob.close();
    assertThat(chat.ivsChat.connections()).extracting(ChatConnectionInfo::userId,
        ChatConnectionInfo::isOpen).containsExactly(
            org.assertj.core.groups.Tuple.tuple("alice", true),
            org.assertj.core.groups.Tuple.tuple("bob", false));
    ChatConnectionInfo closed = chat.ivsChat.connections().get(1);
    assertThat(closed.closeReason().orElseThrow().kind()).isEqualTo(
        CloseReason.Kind.CLIENT_CLOSED);
    assertThat(closed.closeTime()).isPresent();
    assertThat(alice.info().received()).isEmpty();
    alice.sendMessage("hi");
    assertThat(chat.ivsChat.connections().get(0).received()).isEqualTo(alice.received())
        .hasSize(1);
  }

  @Test
  void a_listener_hears_every_frame_then_the_close_in_order() {
    List<String> heard = new ArrayList<>();
    ChatListener listener = new ChatListener() {
      @Override
      public void onFrame(ChatFrame frame) {
        heard.add(frame.type());
      }

      @Override
      public void onClose(CloseReason reason) {
        heard.add("CLOSE " + reason.kind());
      }
    };
    ChatConnection troll = chat.ivsChat.connect(chat.token("troll", Chat.ALL).token(), listener);
    troll.sendMessage("hi");
    chat.connect("mod").disconnectUser("troll", null);
    assertThat(heard).containsExactly("MESSAGE", "EVENT", "CLOSE USER_DISCONNECTED");
    assertThat(CloseReason.Kind.USER_DISCONNECTED.closeCode()).isEqualTo(1000);
  }

  @Test
  void a_listener_is_called_after_the_lock_is_released_so_it_may_call_the_fake_from_any_thread()
      throws Exception {
    List<Integer> roomsSeen = new ArrayList<>();
    ChatConnection alice = chat.connect("alice");
    alice.addListener(new ChatListener() {
      @Override
      public void onFrame(ChatFrame frame) {
        java.util.concurrent.CompletableFuture<Integer> other =
            java.util.concurrent.CompletableFuture.supplyAsync(() -> chat.ivsChat.rooms().size());
        try {
          roomsSeen.add(other.get(10, java.util.concurrent.TimeUnit.SECONDS));
        } catch (Exception e) {
          throw new AssertionError("the fake stayed locked during onFrame", e);
        }
      }
    });
    alice.sendMessage("hi");
    assertThat(roomsSeen).containsExactly(1);
  }

  @Test
  void a_listener_that_throws_does_not_break_the_call_and_is_reported_to_the_thread() {
    List<Throwable> reported = new ArrayList<>();
    Thread thread = Thread.currentThread();
    Thread.UncaughtExceptionHandler before = thread.getUncaughtExceptionHandler();
    thread.setUncaughtExceptionHandler((t, e) -> reported.add(e));
    try {
      chat.ivsChat.connect(chat.token("alice", Chat.ALL).token(), new ChatListener() {
        @Override
        public void onFrame(ChatFrame frame) {
          throw new IllegalStateException("listener bug");
        }
      });
      ChatConnection bob = chat.connect("bob");
      var outcome = chat.ivsChat.call(new IvsChatRequest.SendEvent(chat.room.arn(), "e", null));
      assertThat(outcome.failed()).isFalse();
      assertThat(bob.events()).hasSize(1);
      assertThat(reported).singleElement().satisfies(
          e -> assertThat(e).hasMessage("listener bug"));
    } finally {
      thread.setUncaughtExceptionHandler(before);
    }
  }
}
