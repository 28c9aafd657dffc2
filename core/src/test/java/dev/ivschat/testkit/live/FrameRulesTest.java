package dev.ivschat.testkit.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatRequest;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.SentEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** MESSAGING.md sections 3, 4 and 6: what connections receive, and from where. */
class FrameRulesTest {
  private final Chat chat = new Chat();

  @Test
  void a_message_goes_to_every_open_connection_of_the_room_the_sender_included() {
    ChatConnection alice = chat.connect("alice");
    ChatConnection bob = chat.connect("bob");
    Chat other = new Chat(chat.ivsChat, IvsChatRequest.CreateRoom.named("other"));
    ChatConnection elsewhere = other.connect("carol");
    alice.sendMessage("hi");
    assertThat(alice.messages()).extracting(ChatFrame.Message::content).containsExactly("hi");
    assertThat(bob.messages()).extracting(ChatFrame.Message::content).containsExactly("hi");
    assertThat(elsewhere.received()).isEmpty();
  }

  @Test
  void the_sender_comes_from_the_senders_token_not_the_request() {
    ChatToken token = chat.token(chat.room.arn(), "alice", Chat.ALL,
        Map.of("displayName", "Alice"), null);
    ChatConnection alice = chat.ivsChat.connect(token.token());
    alice.sendMessage("hi", Map.of("color", "red"));
    ChatFrame.Message message = alice.messages().get(0);
    assertThat(message.sender()).isEqualTo(new ChatFrame.Sender("alice",
        Map.of("displayName", "Alice")));
    assertThat(message.attributes()).containsExactly(entry("color", "red"));
  }

  @Test
  void the_requester_gets_its_request_id_and_others_get_an_empty_one_by_default() {
    ChatConnection alice = chat.connect("alice");
    ChatConnection bob = chat.connect("bob");
    alice.send(new ChatRequest.SendMessage("req-1", "hi", null));
    alice.send(new ChatRequest.DeleteMessage("req-2", alice.messages().get(0).id(), "spam"));
    assertThat(alice.received()).extracting(ChatFrame::requestId).containsExactly("req-1", "req-2");
    assertThat(bob.received()).extracting(ChatFrame::requestId).containsExactly("", "");
  }

  @Test
  void with_share_request_ids_others_see_the_requesters_request_id_too() {
    Chat sharing = new Chat(IvsChatConfig.builder().shareRequestIds(true));
    ChatConnection alice = sharing.connect("alice");
    ChatConnection bob = sharing.connect("bob");
    alice.send(new ChatRequest.SendMessage("req-1", "hi", null));
    assertThat(bob.messages().get(0).requestId()).isEqualTo("req-1");
  }

  @Test
  void frame_ids_are_12_alphanumerics_and_unique_across_every_frame() {
    ChatConnection alice = chat.connect("alice");
    ChatConnection mute = chat.connect("mute", List.of());
    Set<String> ids = new HashSet<>();
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      alice.sendMessage("m" + i);
      mute.sendMessage("denied");
      Chat.ok(chat.ivsChat.call(new IvsChatRequest.SendEvent(chat.room.arn(), "e", null)));
      chat.ivsChat.clock().advance(java.time.Duration.ofSeconds(1));
    }
    alice.deleteMessage(alice.messages().get(0).id(), null);
    for (ChatFrame frame : alice.received()) {
      all.add(frame.id());
    }
    for (ChatFrame.Error error : mute.errors()) {
      all.add(error.id());
    }
    ids.addAll(all);
    assertThat(all).hasSize(5 + 5 + 1 + 5).allMatch(id -> id.matches("[A-Za-z0-9]{12}"));
    assertThat(ids).hasSameSizeAs(all);
  }

  @Test
  void send_time_is_rfc_3339_with_fractional_seconds_and_z() {
    ChatConnection alice = chat.connect("alice");
    alice.sendMessage("hi");
    ChatFrame.Message message = alice.messages().get(0);
    assertThat(message.sendTimeText()).matches(
        "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3,9}Z");
    assertThat(Instant.parse(message.sendTimeText())).isEqualTo(message.sendTime());
    assertThat(ChatFrame.rfc3339(Instant.parse("2026-01-01T00:00:00Z")))
        .isEqualTo("2026-01-01T00:00:00.000Z");
  }

  @Test
  void a_message_renders_as_the_wire_object_with_null_for_absent_attributes() {
    ChatConnection alice = chat.connect("alice");
    alice.send(new ChatRequest.SendMessage("req-1", "hi", null));
    ChatFrame.Message m = alice.messages().get(0);
    Map<String, Object> sender = new LinkedHashMap<>();
    sender.put("UserId", "alice");
    sender.put("Attributes", null);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("Type", "MESSAGE");
    expected.put("Id", m.id());
    expected.put("RequestId", "req-1");
    expected.put("Content", "hi");
    expected.put("Attributes", null);
    expected.put("SendTime", m.sendTimeText());
    expected.put("Sender", sender);
    assertThat(m.toWire()).isEqualTo(expected);
    assertThat(List.copyOf(m.toWire().keySet())).isEqualTo(List.copyOf(expected.keySet()));
  }

  @Test
  void an_error_renders_with_a_numeric_error_code_and_reaches_only_the_requester() {
    ChatConnection mute = chat.connect("mute", List.of());
    ChatConnection bob = chat.connect("bob");
    mute.send(new ChatRequest.SendMessage("req-1", "hi", null));
    Map<String, Object> wire = mute.errors().get(0).toWire();
    assertThat(wire).containsExactly(entry("Type", "ERROR"),
        entry("Id", mute.errors().get(0).id()), entry("RequestId", "req-1"),
        entry("ErrorCode", 403), entry("ErrorMessage",
            "Forbidden: the token lacks the SEND_MESSAGE capability"));
    assertThat(bob.received()).isEmpty();
  }

  @Test
  void delete_message_broadcasts_aws_delete_message_with_message_id_and_message_id_upper() {
    ChatConnection alice = chat.connect("alice");
    ChatConnection bob = chat.connect("bob");
    alice.sendMessage("oops");
    String id = alice.messages().get(0).id();
    alice.send(new ChatRequest.DeleteMessage("req-2", id, "typo"));
    ChatFrame.Event event = bob.events().get(0);
    assertThat(event.eventName()).isEqualTo(SentEvent.DELETE_MESSAGE);
    assertThat(event.attributes()).containsExactly(entry("MessageId", id), entry("MessageID", id),
        entry("Reason", "typo"));
    assertThat(event.toWire()).containsOnlyKeys("Type", "Id", "RequestId", "EventName",
        "Attributes", "SendTime");
    assertThat(alice.events().get(0).requestId()).isEqualTo("req-2");
  }

  @Test
  void a_messaging_delete_is_recorded_in_sent_events_like_the_control_plane_one() {
    ChatConnection alice = chat.connect("alice");
    alice.sendMessage("oops");
    String id = alice.messages().get(0).id();
    alice.deleteMessage(id, null);
    assertThat(chat.ivsChat.sentEvents()).singleElement().satisfies(e -> {
      assertThat(e.eventName()).isEqualTo(SentEvent.DELETE_MESSAGE);
      assertThat(e.id()).isEqualTo(alice.events().get(0).id());
    });
  }

  @Test
  void control_plane_send_event_reaches_connections_with_the_returned_id_and_empty_request_id() {
    ChatConnection alice = chat.connect("alice");
    SentEvent sent = Chat.ok(chat.ivsChat.call(new IvsChatRequest.SendEvent(chat.room.arn(),
        "app:joined", Map.of("who", "bob"))));
    ChatFrame.Event event = alice.events().get(0);
    assertThat(event.id()).isEqualTo(sent.id());
    assertThat(event.requestId()).isEmpty();
    assertThat(event.eventName()).isEqualTo("app:joined");
    assertThat(event.attributes()).containsExactly(entry("who", "bob"));
    assertThat(event.sendTime()).isEqualTo(sent.sendTime());
  }

  @Test
  void control_plane_delete_message_reaches_connections_as_aws_delete_message() {
    ChatConnection alice = chat.connect("alice");
    alice.sendMessage("oops");
    String id = alice.messages().get(0).id();
    SentEvent sent = Chat.ok(chat.ivsChat.call(new IvsChatRequest.DeleteMessage(chat.room.arn(),
        id, null)));
    assertThat(alice.events()).singleElement().satisfies(e -> {
      assertThat(e.id()).isEqualTo(sent.id());
      assertThat(e.attributes()).containsEntry("MessageId", id);
    });
  }

  @Test
  void frames_arrive_in_the_order_they_were_made() {
    ChatConnection alice = chat.connect("alice");
    ChatConnection bob = chat.connect("bob");
    alice.sendMessage("1");
    Chat.ok(chat.ivsChat.call(new IvsChatRequest.SendEvent(chat.room.arn(), "e", null)));
    bob.sendMessage("2");
    assertThat(bob.received()).extracting(ChatFrame::type)
        .containsExactly("MESSAGE", "EVENT", "MESSAGE");
    assertThat(bob.received()).extracting(ChatFrame::id)
        .isEqualTo(alice.received().stream().map(ChatFrame::id).toList());
  }

  @Test
  void chat_messages_lists_each_delivered_message_once() {
    ChatConnection alice = chat.connect("alice");
    chat.connect("bob");
    alice.sendMessage("1");
    alice.sendMessage("2");
    assertThat(chat.ivsChat.chatMessages()).extracting(ChatFrame.Message::content)
        .containsExactly("1", "2");
  }

  @Test
  void frame_ids_come_from_the_seeded_generator_so_the_same_seed_gives_the_same_ids() {
    List<String> first = idsOfARun(7);
    assertThat(idsOfARun(7)).isEqualTo(first);
    assertThat(idsOfARun(8)).isNotEqualTo(first);
  }

  private static List<String> idsOfARun(long seed) {
    Chat run = new Chat(IvsChatConfig.builder().idSeed(seed));
    ChatConnection alice = run.connect("alice");
    alice.sendMessage("hi");
    alice.deleteMessage(alice.messages().get(0).id(), null);
    return alice.received().stream().map(ChatFrame::id).toList();
  }

  @Test
  void an_event_without_attributes_renders_null_attributes_on_the_wire() {
    ChatConnection alice = chat.connect("alice");
    Chat.ok(chat.ivsChat.call(new IvsChatRequest.SendEvent(chat.room.arn(), "e", null)));
    assertThat(alice.events().get(0).toWire()).containsEntry("Attributes", null)
        .containsEntry("RequestId", "").containsEntry("Type", "EVENT");
  }
}
