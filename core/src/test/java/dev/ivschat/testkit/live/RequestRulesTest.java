package dev.ivschat.testkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatRequest;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Quotas;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MESSAGING.md sections 2, 5 and 9: the publish actions, capabilities and limits. */
class RequestRulesTest {
  private final Chat chat = new Chat();
  private final ChatConnection viewer = chat.connect("viewer", List.of());

  private static ChatFrame.Error onlyError(ChatConnection c) {
    assertThat(c.received()).hasSize(1);
    return c.errors().get(0);
  }

  @Test
  void send_message_needs_the_send_message_capability_else_error_403() {
    ChatConnection alice = chat.connect("alice", List.of("DELETE_MESSAGE"));
    alice.send(new ChatRequest.SendMessage("r-1", "hi", null));
    ChatFrame.Error error = onlyError(alice);
    assertThat(error.errorCode()).isEqualTo(403);
    assertThat(error.requestId()).isEqualTo("r-1");
    assertThat(viewer.received()).isEmpty();
  }

  @Test
  void delete_message_needs_the_delete_message_capability_else_error_403() {
    ChatConnection alice = chat.connect("alice", Chat.SEND);
    alice.deleteMessage("AbCdEfGhIjKl", null);
    assertThat(onlyError(alice).errorCode()).isEqualTo(403);
    assertThat(chat.ivsChat.sentEvents()).isEmpty();
  }

  @Test
  void disconnect_user_needs_the_disconnect_user_capability_else_error_403() {
    ChatConnection alice = chat.connect("alice", Chat.SEND);
    alice.disconnectUser("viewer", null);
    assertThat(onlyError(alice).errorCode()).isEqualTo(403);
    assertThat(viewer.isOpen()).isTrue();
  }

  @Test
  void a_token_with_no_capabilities_still_receives_messages_and_events() {
    chat.connect("alice").sendMessage("hi");
    Chat.ok(chat.ivsChat.call(new IvsChatRequest.SendEvent(chat.room.arn(), "app:joined",
        null)));
    assertThat(viewer.messages()).hasSize(1);
    assertThat(viewer.events()).hasSize(1);
  }

  @Test
  void content_length_counts_code_points_not_utf16_units() {
    Chat small = new Chat(chat.ivsChat, new IvsChatRequest.CreateRoom("small", null, 3, null,
        null, null));
    ChatConnection alice = small.connect("alice");
    alice.sendMessage("😀😀😀");
    assertThat(alice.messages()).extracting(ChatFrame.Message::content)
        .containsExactly("😀😀😀");
    alice.sendMessage("😀😀😀😀");
    assertThat(alice.errors()).extracting(ChatFrame.Error::errorCode).containsExactly(400);
    assertThat(alice.errors().get(0).errorMessage()).isEqualTo("Message exceeds maximum length");
  }

  @Test
  void update_room_limits_apply_to_open_connections_at_once() {
    ChatConnection alice = chat.connect("alice");
    alice.sendMessage("hello");
    Chat.ok(chat.ivsChat.call(new IvsChatRequest.UpdateRoom(chat.room.arn(), null, null, 4,
        null, null)));
    alice.sendMessage("hello");
    assertThat(alice.messages()).hasSize(1);
    assertThat(alice.errors()).extracting(ChatFrame.Error::errorCode).containsExactly(400);
  }

  @Test
  void missing_or_empty_content_is_error_400_and_changes_nothing() {
    ChatConnection alice = chat.connect("alice");
    alice.send(new ChatRequest.SendMessage(null, null, null));
    alice.send(new ChatRequest.SendMessage(null, "", null));
    assertThat(alice.errors()).extracting(ChatFrame.Error::errorCode).containsExactly(400, 400);
    assertThat(alice.messages()).isEmpty();
    assertThat(viewer.received()).isEmpty();
    assertThat(chat.ivsChat.chatMessages()).isEmpty();
  }

  @Test
  void attributes_with_a_null_value_are_error_400() {
    ChatConnection alice = chat.connect("alice");
    Map<String, String> attributes = new HashMap<>();
    attributes.put("k", null);
    alice.sendMessage("hi", attributes);
    assertThat(onlyError(alice).errorCode()).isEqualTo(400);
  }

  @Test
  void message_attributes_over_the_attribute_quota_are_error_413() {
    ChatConnection alice = chat.connect("alice");
    alice.sendMessage("hi", Map.of("k", "x".repeat(1023)));
    alice.sendMessage("hi", Map.of("k", "x".repeat(1024)));
    assertThat(alice.messages()).hasSize(1);
    assertThat(alice.errors()).extracting(ChatFrame.Error::errorCode).containsExactly(413);
  }

  @Test
  void the_attribute_limit_is_the_configurable_attribute_quota() {
    Chat strict = new Chat(IvsChatConfig.builder()
        .quotas(Quotas.defaults().withMaxAttributeBytes(4)));
    ChatConnection alice = strict.connect("alice");
    alice.sendMessage("hi", Map.of("ab", "cd"));
    alice.sendMessage("hi", Map.of("ab", "cde"));
    assertThat(alice.messages()).hasSize(1);
    assertThat(alice.errors()).extracting(ChatFrame.Error::errorCode).containsExactly(413);
  }

  @Test
  void the_room_message_rate_counts_all_its_connections_and_excess_is_error_429() {
    Chat slow = new Chat(chat.ivsChat, new IvsChatRequest.CreateRoom("slow", 2, null, null,
        null, null));
    ChatConnection alice = slow.connect("alice");
    ChatConnection bob = slow.connect("bob");
    alice.sendMessage("1");
    bob.sendMessage("2");
    bob.sendMessage("3");
    assertThat(bob.errors()).extracting(ChatFrame.Error::errorCode).containsExactly(429);
    assertThat(bob.errors().get(0).errorMessage()).isEqualTo("rate limit exceeded");
    assertThat(alice.messages()).extracting(ChatFrame.Message::content).containsExactly("1", "2");
  }

  @Test
  void the_rate_window_moves_with_the_fake_clock() {
    Chat slow = new Chat(chat.ivsChat, new IvsChatRequest.CreateRoom("slow", 1, null, null,
        null, null));
    ChatConnection alice = slow.connect("alice");
    alice.sendMessage("1");
    alice.sendMessage("2");
    chat.ivsChat.clock().advance(Duration.ofSeconds(1));
    alice.sendMessage("3");
    assertThat(alice.messages()).extracting(ChatFrame.Message::content).containsExactly("1", "3");
    assertThat(alice.errors()).hasSize(1);
  }

  @Test
  void an_unreadable_request_is_error_400_with_its_request_id() {
    ChatConnection alice = chat.connect("alice");
    alice.send(new ChatRequest.Unreadable("r-9", "Unknown Action FOO"));
    ChatFrame.Error error = onlyError(alice);
    assertThat(error.errorCode()).isEqualTo(400);
    assertThat(error.requestId()).isEqualTo("r-9");
    assertThat(error.errorMessage()).isEqualTo("Unknown Action FOO");
  }

  @Test
  void delete_message_needs_a_12_character_id_and_a_reason_of_at_most_256() {
    ChatConnection alice = chat.connect("alice");
    alice.deleteMessage(null, null);
    alice.deleteMessage("short", null);
    alice.deleteMessage("AbCdEfGhIjKl", "r".repeat(257));
    assertThat(alice.errors()).extracting(ChatFrame.Error::errorCode)
        .containsExactly(400, 400, 400);
    assertThat(chat.ivsChat.sentEvents()).isEmpty();
  }

  @Test
  void disconnect_user_needs_a_user_id_of_1_to_128_characters() {
    ChatConnection alice = chat.connect("alice");
    alice.disconnectUser(null, null);
    alice.disconnectUser("", null);
    alice.disconnectUser("u".repeat(129), null);
    assertThat(alice.errors()).extracting(ChatFrame.Error::errorCode)
        .containsExactly(400, 400, 400);
    assertThat(alice.isOpen()).isTrue();
    assertThat(chat.ivsChat.sentEvents()).isEmpty();
  }

  @Test
  void user_ids_and_reasons_are_counted_in_code_points_as_on_the_control_plane() {
    ChatConnection alice = chat.connect("alice");
    String emoji = "\uD83D\uDE00";
    alice.disconnectUser(emoji.repeat(128), emoji.repeat(256));
    alice.deleteMessage("AbCdEfGhIjKl", emoji.repeat(256));
    alice.disconnectUser(emoji.repeat(129), null);
    assertThat(alice.errors()).extracting(ChatFrame.Error::errorCode).containsExactly(400);
    assertThat(chat.ivsChat.sentEvents()).hasSize(2);
  }

  @Test
  void a_failed_request_without_a_request_id_is_answered_with_an_empty_request_id() {
    ChatConnection alice = chat.connect("alice", List.of());
    alice.sendMessage("hi");
    assertThat(onlyError(alice).requestId()).isEmpty();
  }

  @Test
  void a_rejected_message_does_not_use_up_the_room_rate() {
    Chat slow = new Chat(chat.ivsChat, new IvsChatRequest.CreateRoom("slow", 1, 2, null,
        null, null));
    ChatConnection alice = slow.connect("alice");
    alice.sendMessage("too long");
    alice.sendMessage("ok");
    assertThat(alice.messages()).extracting(ChatFrame.Message::content).containsExactly("ok");
  }

  @Test
  void the_fake_clock_tells_its_listeners_when_it_moves() {
    List<java.time.Instant> seen = new java.util.ArrayList<>();
    chat.ivsChat.clock().addListener(seen::add);
    java.time.Instant to = chat.ivsChat.clock().advance(Duration.ofSeconds(3));
    chat.ivsChat.clock().set(Chat.START);
    assertThat(seen).containsExactly(to, Chat.START);
  }
}
