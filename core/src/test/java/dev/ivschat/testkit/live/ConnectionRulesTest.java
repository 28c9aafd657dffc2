package dev.ivschat.testkit.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatConnectionInfo;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.ConnectionRefusedException;
import dev.ivschat.testkit.ConnectionRefusedException.Reason;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.IvsChatRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** MESSAGING.md section 1: the handshake and the token rules. */
class ConnectionRulesTest {
  private final Chat chat = new Chat();

  @Test
  void a_fresh_token_connects_to_its_room_and_receives_nothing_on_connect() {
    ChatToken token = chat.token("alice", Chat.ALL);
    ChatConnection connection = chat.ivsChat.connect(token.token());
    assertThat(connection.isOpen()).isTrue();
    assertThat(connection.userId()).isEqualTo("alice");
    assertThat(connection.roomArn()).isEqualTo(chat.room.arn());
    assertThat(connection.received()).isEmpty();
    assertThat(connection.closeReason()).isEmpty();
  }

  @Test
  void an_unknown_token_is_refused_with_401() {
    assertThatThrownBy(() -> chat.ivsChat.connect("AQICAHnotissued"))
        .isInstanceOfSatisfying(ConnectionRefusedException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_TOKEN);
          assertThat(e.reason().httpStatus()).isEqualTo(401);
        });
  }

  @Test
  void each_token_opens_one_connection_so_a_reused_token_is_refused_with_403() {
    ChatToken token = chat.token("alice", Chat.ALL);
    ChatConnection first = chat.ivsChat.connect(token.token());
    first.close();
    assertThatThrownBy(() -> chat.ivsChat.connect(token.token()))
        .isInstanceOfSatisfying(ConnectionRefusedException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.ALREADY_USED);
          assertThat(e.reason().httpStatus()).isEqualTo(403);
        });
  }

  @Test
  void a_token_cannot_connect_at_or_after_its_token_expiration_time() {
    ChatToken token = chat.token("alice", Chat.ALL);
    chat.ivsChat.clock().set(token.tokenExpirationTime());
    assertThatThrownBy(() -> chat.ivsChat.connect(token.token()))
        .isInstanceOfSatisfying(ConnectionRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED));
  }

  @Test
  void a_token_connects_just_before_its_token_expiration_time() {
    ChatToken token = chat.token("alice", Chat.ALL);
    chat.ivsChat.clock().set(token.tokenExpirationTime().minusMillis(5));
    assertThat(chat.ivsChat.connect(token.token()).isOpen()).isTrue();
  }

  @Test
  void a_token_whose_room_was_deleted_is_refused() {
    ChatToken token = chat.token("alice", Chat.ALL);
    Chat.ok(chat.ivsChat.call(new IvsChatRequest.DeleteRoom(chat.room.arn())));
    assertThatThrownBy(() -> chat.ivsChat.connect(token.token()))
        .isInstanceOfSatisfying(ConnectionRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.ROOM_GONE));
  }

  @Test
  void a_refused_token_is_not_used_up() {
    ChatToken token = chat.token("alice", Chat.ALL);
    chat.ivsChat.clock().set(token.tokenExpirationTime());
    assertThatThrownBy(() -> chat.ivsChat.connect(token.token()))
        .isInstanceOf(ConnectionRefusedException.class);
    chat.ivsChat.clock().set(token.tokenExpirationTime().minusSeconds(1));
    assertThat(chat.ivsChat.connect(token.token()).isOpen()).isTrue();
  }

  @Test
  void one_user_may_hold_several_connections_and_each_receives_the_room_frames() {
    ChatConnection one = chat.connect("alice");
    ChatConnection two = chat.connect("alice");
    one.sendMessage("hi");
    assertThat(one.messages()).hasSize(1);
    assertThat(two.messages()).hasSize(1);
    assertThat(two.messages().get(0).id()).isEqualTo(one.messages().get(0).id());
  }

  @Test
  void the_control_surface_of_any_front_door_connects_and_lists_connections() {
    IvsChatControl control = () -> chat.ivsChat;
    ChatConnection connection = control.connect(chat.token("alice", Chat.ALL).token());
    assertThat(control.connections()).extracting(ChatConnectionInfo::id)
        .containsExactly(connection.id());
    assertThat(control.connections().get(0).isOpen()).isTrue();
  }

  @Test
  void a_closed_fake_takes_no_more_connections() {
    ChatToken token = chat.token("alice", Chat.ALL);
    chat.ivsChat.close();
    assertThatThrownBy(() -> chat.ivsChat.connect(token.token()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void the_token_lifetime_quota_sets_how_long_a_token_can_connect() {
    Chat longTokens = new Chat(dev.ivschat.testkit.IvsChatConfig.builder()
        .quotas(dev.ivschat.testkit.Quotas.defaults().withTokenLifetime(Duration.ofHours(2))));
    ChatToken token = longTokens.token(longTokens.room.arn(), "alice", Chat.ALL,
        java.util.Map.of(), 180);
    longTokens.ivsChat.clock().advance(Duration.ofMinutes(90));
    assertThat(longTokens.ivsChat.connect(token.token()).isOpen()).isTrue();
  }
}
