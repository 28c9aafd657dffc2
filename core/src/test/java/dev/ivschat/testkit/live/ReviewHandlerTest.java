package dev.ivschat.testkit.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatRequest;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.MessageReview;
import dev.ivschat.testkit.MessageReview.Outcome;
import dev.ivschat.testkit.MessageReview.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** MESSAGING.md section 7: the message review handler. */
class ReviewHandlerTest {
  private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:review";
  private final IvsChat ivsChat = new IvsChat(IvsChatConfig.builder().clockStart(Chat.START)
      .build());

  private Chat room(String fallback) {
    return new Chat(ivsChat, new IvsChatRequest.CreateRoom("reviewed", null, 10,
        new IvsChatRequest.MessageReviewHandler(LAMBDA, fallback), null, null));
  }

  @Test
  void the_handler_gets_the_documented_payload_with_the_id_the_message_is_delivered_with() {
    AtomicReference<MessageReview.Request> seen = new AtomicReference<>();
    ivsChat.reviewHandlers().register(LAMBDA, r -> {
      seen.set(r);
      return Response.allow(r);
    });
    Chat chat = room("ALLOW");
    ChatToken token = chat.token(chat.room.arn(), "alice", Chat.ALL, Map.of("level", "1"), null);
    ChatConnection alice = ivsChat.connect(token.token());
    alice.sendMessage("hi", Map.of("k", "v"));
    MessageReview.Request r = seen.get();
    assertThat(r.toWire()).containsOnlyKeys("Content", "MessageId", "RoomArn", "Attributes",
        "Sender");
    assertThat(r.content()).isEqualTo("hi");
    assertThat(r.roomArn()).isEqualTo(chat.room.arn());
    assertThat(r.attributes()).containsExactly(entry("k", "v"));
    assertThat(r.sender()).isEqualTo(new MessageReview.Sender("alice", Map.of("level", "1"),
        "127.0.0.1"));
    assertThat(alice.messages().get(0).id()).isEqualTo(r.messageId());
    assertThat(ivsChat.messageReviews()).extracting(MessageReview::outcome)
        .containsExactly(Outcome.ALLOWED);
  }

  @Test
  void allow_delivers_the_returned_content_and_attributes_so_a_handler_can_rewrite() {
    ivsChat.reviewHandlers().register(LAMBDA,
        r -> Response.allow(r.content().replace("darn", "****"), Map.of("filtered", "true")));
    Chat chat = room("ALLOW");
    ChatConnection alice = chat.connect("alice");
    ChatConnection bob = chat.connect("bob");
    alice.sendMessage("darn it");
    assertThat(bob.messages()).singleElement().satisfies(m -> {
      assertThat(m.content()).isEqualTo("**** it");
      assertThat(m.attributes()).containsExactly(entry("filtered", "true"));
    });
    assertThat(ivsChat.messageReviews().get(0).outcome()).isEqualTo(Outcome.REWRITTEN);
  }

  @Test
  void deny_delivers_nothing_and_sends_error_406_to_the_sender_only() {
    ivsChat.reviewHandlers().register(LAMBDA,
        r -> new Response("DENY", null, Map.of("Reason", "rude")));
    Chat chat = room("ALLOW");
    ChatConnection alice = chat.connect("alice");
    ChatConnection bob = chat.connect("bob");
    alice.send(new ChatRequest.SendMessage("req-1", "rude words", null));
    assertThat(alice.received()).singleElement().isInstanceOfSatisfying(ChatFrame.Error.class,
        e -> {
          assertThat(e.errorCode()).isEqualTo(406);
          assertThat(e.requestId()).isEqualTo("req-1");
          assertThat(e.errorMessage()).endsWith(": rude");
        });
    assertThat(bob.received()).isEmpty();
    assertThat(ivsChat.chatMessages()).isEmpty();
    assertThat(ivsChat.messageReviews().get(0).outcome()).isEqualTo(Outcome.DENIED);
  }

  @Test
  void a_handler_that_throws_applies_fallback_allow_with_the_original_message() {
    ivsChat.reviewHandlers().register(LAMBDA, r -> {
      throw new IllegalStateException("boom");
    });
    Chat chat = room("ALLOW");
    ChatConnection alice = chat.connect("alice");
    alice.sendMessage("hi");
    assertThat(alice.messages()).extracting(ChatFrame.Message::content).containsExactly("hi");
    MessageReview review = ivsChat.messageReviews().get(0);
    assertThat(review.outcome()).isEqualTo(Outcome.FALLBACK_ALLOWED);
    assertThat(review.detail()).contains("boom");
  }

  @Test
  void a_handler_that_throws_applies_fallback_deny_as_error_406() {
    ivsChat.reviewHandlers().register(LAMBDA, r -> {
      throw new IllegalStateException("boom");
    });
    Chat chat = room("DENY");
    ChatConnection alice = chat.connect("alice");
    alice.sendMessage("hi");
    assertThat(alice.errors()).extracting(ChatFrame.Error::errorCode).containsExactly(406);
    assertThat(ivsChat.messageReviews().get(0).outcome()).isEqualTo(Outcome.FALLBACK_DENIED);
  }

  @Test
  void an_invalid_answer_applies_the_fallback() {
    ivsChat.reviewHandlers().register(LAMBDA, r -> new Response("MAYBE", r.content(), null));
    Chat chat = room("DENY");
    ChatConnection alice = chat.connect("alice");
    alice.sendMessage("hi");
    ivsChat.reviewHandlers().register(LAMBDA, r -> Response.allow("x".repeat(11), null));
    alice.sendMessage("hi");
    ivsChat.reviewHandlers().register(LAMBDA, r -> Response.allow("", null));
    alice.sendMessage("hi");
    ivsChat.reviewHandlers().register(LAMBDA, r -> Response.allow("ok", Map.of("k",
        "v".repeat(2000))));
    alice.sendMessage("hi");
    ivsChat.reviewHandlers().register(LAMBDA, r -> null);
    alice.sendMessage("hi");
    assertThat(alice.messages()).isEmpty();
    assertThat(ivsChat.messageReviews()).extracting(MessageReview::outcome)
        .containsOnly(Outcome.FALLBACK_DENIED).hasSize(5);
  }

  @Test
  void a_handler_on_the_lambdas_json_payloads_reviews_like_a_deployed_lambda() {
    ivsChat.reviewHandlers().registerLambda(LAMBDA, event -> Map.of("ReviewResult", "ALLOW",
        "Content", ((String) event.get("Content")).toUpperCase(), "Attributes",
        Map.of("room", (String) event.get("RoomArn"))));
    Chat chat = room("DENY");
    ChatConnection alice = chat.connect("alice");
    alice.sendMessage("hi");
    ivsChat.reviewHandlers().registerLambda(LAMBDA, event -> Map.of("ReviewResult", "ALLOW",
        "Content", 42));
    alice.sendMessage("hi");
    ivsChat.reviewHandlers().registerLambda(LAMBDA, event -> Map.of("ReviewResult", "ALLOW",
        "Content", "x", "Attributes", Map.of("n", 1)));
    alice.sendMessage("hi");
    assertThat(alice.messages()).singleElement().satisfies(m -> {
      assertThat(m.content()).isEqualTo("HI");
      assertThat(m.attributes()).containsExactly(entry("room", chat.room.arn()));
    });
    assertThat(ivsChat.messageReviews()).extracting(MessageReview::outcome)
        .containsExactly(Outcome.REWRITTEN, Outcome.FALLBACK_DENIED, Outcome.FALLBACK_DENIED);
  }

  @Test
  void an_unregistered_handler_applies_the_fallback() {
    Chat chat = room("ALLOW");
    ChatConnection alice = chat.connect("alice");
    alice.sendMessage("hi");
    assertThat(alice.messages()).hasSize(1);
    assertThat(ivsChat.messageReviews().get(0).outcome()).isEqualTo(Outcome.FALLBACK_ALLOWED);
    assertThat(ivsChat.messageReviews().get(0).detail()).contains("No review handler");
  }

  @Test
  void events_deletes_and_disconnects_are_not_reviewed() {
    ivsChat.reviewHandlers().register(LAMBDA, r -> Response.deny());
    Chat chat = room("ALLOW");
    ChatConnection mod = chat.connect("mod");
    Chat.ok(ivsChat.call(new IvsChatRequest.SendEvent(chat.room.arn(), "e", null)));
    mod.deleteMessage("AbCdEfGhIjKl", null);
    mod.disconnectUser("nobody", null);
    assertThat(mod.events()).hasSize(3);
    assertThat(ivsChat.messageReviews()).isEmpty();
  }

  @Test
  void rooms_without_a_handler_are_not_reviewed() {
    ivsChat.reviewHandlers().register(LAMBDA, r -> Response.deny());
    Chat plain = new Chat(ivsChat, IvsChatRequest.CreateRoom.named("plain"));
    ChatConnection alice = plain.connect("alice");
    alice.sendMessage("hi");
    assertThat(alice.messages()).hasSize(1);
    assertThat(ivsChat.messageReviews()).isEmpty();
  }

  @Test
  void the_handler_runs_outside_the_lock_so_it_may_call_the_fake_from_another_thread() {
    ivsChat.reviewHandlers().register(LAMBDA, r -> {
      CompletableFuture<Integer> other = CompletableFuture.supplyAsync(
          () -> ivsChat.rooms().size());
      try {
        return Response.allow("rooms: " + other.get(10, TimeUnit.SECONDS), null);
      } catch (Exception e) {
        throw new AssertionError("the fake stayed locked during the review", e);
      }
    });
    Chat chat = room("DENY");
    ChatConnection alice = chat.connect("alice");
    alice.sendMessage("hi");
    assertThat(alice.messages()).extracting(ChatFrame.Message::content)
        .containsExactly("rooms: 1");
  }

  @Test
  void a_message_whose_sender_closed_during_review_is_dropped() {
    AtomicReference<ChatConnection> sender = new AtomicReference<>();
    ivsChat.reviewHandlers().register(LAMBDA, r -> {
      sender.get().close();
      return Response.allow(r);
    });
    Chat chat = room("ALLOW");
    ChatConnection bob = chat.connect("bob");
    sender.set(chat.connect("alice"));
    sender.get().sendMessage("hi");
    assertThat(bob.received()).isEmpty();
    assertThat(ivsChat.messageReviews()).extracting(MessageReview::outcome)
        .containsExactly(Outcome.DROPPED);
  }

  @Test
  void a_handler_on_the_control_surface_reaches_rooms_of_every_front_door() {
    dev.ivschat.testkit.IvsChatControl control = () -> ivsChat;
    control.reviewHandlers().register(LAMBDA, r -> Response.deny());
    Chat chat = room("ALLOW");
    ChatConnection alice = chat.connect("alice", List.of("SEND_MESSAGE"));
    alice.sendMessage("hi");
    assertThat(alice.errors()).hasSize(1);
  }
}
