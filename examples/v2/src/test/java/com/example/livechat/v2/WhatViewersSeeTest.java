package com.example.livechat.v2;

import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatConnectionInfo;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.CloseReason;
import dev.ivschat.testkit.FakeClock;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.LoggingConfiguration;
import dev.ivschat.testkit.MessageReview;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.junit5.IvsChatTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.IvschatClient;

/**
 * What viewers see of the application's chat side, through live connections to the fake: banned
 * words masked by the review handler, bans, and the replay from the chat logs.
 */
@IvsChatTest(clockStart = "2026-01-01T20:00:00Z")
class WhatViewersSeeTest {
  private static final String REVIEW_LAMBDA =
      "arn:aws:lambda:us-east-1:123456789012:function:livechat-banned-words";
  private static final String CHAT_LOGS = "livechat-chat-logs";

  private LiveChat app;
  private String room;

  @BeforeEach
  void openRoom(IvschatClient ivschat) {
    app = new LiveChat(ivschat, new Retry(3, Duration.ofMillis(100), d -> { }));
    room = app.openRoom(new Stream("s-1", "Launch party", "news"));
  }

  /** Joins the room through the application and opens a connection with the token. */
  private ChatConnection connect(IvsChat ivsChat, String userId, String name, Role role) {
    return ivsChat.connect(app.join(room, userId, role, name).token());
  }

  @Test
  void a_banned_word_reaches_every_viewer_masked_and_the_original_never_appears(
      IvsChat ivsChat) {
    app.reviewMessagesWith(room, REVIEW_LAMBDA);
    ivsChat.reviewHandlers().registerLambda(REVIEW_LAMBDA, new BannedWords(List.of("heck")));
    ChatConnection alice = connect(ivsChat, "alice", "Alice", Role.CHATTER);
    ChatConnection bob = connect(ivsChat, "bob", "Bob", Role.VIEWER);
    ChatConnection carol = connect(ivsChat, "carol", "Carol", Role.VIEWER);

    alice.sendMessage("what the HECK was that");

    assertThat(List.of(alice, bob, carol)).allSatisfy(viewer -> assertThat(viewer.messages())
        .extracting(ChatFrame.Message::content).containsExactly("what the **** was that"));
    assertThat(ivsChat.connections()).flatExtracting(ChatConnectionInfo::received)
        .allSatisfy(frame -> assertThat(frame.toWire().toString())
            .doesNotContainIgnoringCase("heck"));
  }

  @Test
  void a_clean_message_passes_the_review_unchanged(IvsChat ivsChat) {
    app.reviewMessagesWith(room, REVIEW_LAMBDA);
    ivsChat.reviewHandlers().registerLambda(REVIEW_LAMBDA, new BannedWords(List.of("heck")));
    ChatConnection alice = connect(ivsChat, "alice", "Alice", Role.CHATTER);
    ChatConnection bob = connect(ivsChat, "bob", "Bob", Role.VIEWER);

    alice.sendMessage("checkmate in three", Map.of("color", "red"));

    assertThat(bob.messages()).singleElement().satisfies(m -> {
      assertThat(m.content()).isEqualTo("checkmate in three");
      assertThat(m.attributes()).containsExactly(Map.entry("color", "red"));
    });
    assertThat(ivsChat.messageReviews()).extracting(MessageReview::outcome)
        .containsExactly(MessageReview.Outcome.ALLOWED);
  }

  @Test
  void when_the_review_lambda_fails_the_message_is_refused_and_no_viewer_sees_it(
      IvsChat ivsChat) {
    app.reviewMessagesWith(room, REVIEW_LAMBDA);
    ivsChat.reviewHandlers().register(REVIEW_LAMBDA, request -> {
      throw new IllegalStateException("Lambda timed out");
    });
    ChatConnection alice = connect(ivsChat, "alice", "Alice", Role.CHATTER);
    ChatConnection bob = connect(ivsChat, "bob", "Bob", Role.VIEWER);

    alice.sendMessage("what the heck was that");

    assertThat(ivsChat).room(room).hasReviewHandlerUri(REVIEW_LAMBDA)
        .hasReviewHandlerFallbackResult("DENY");
    assertThat(alice.errors()).extracting(ChatFrame.Error::errorCode).containsExactly(406);
    assertThat(bob.received()).isEmpty();
  }

  @Test
  void a_banned_user_is_disconnected_with_the_reason_and_gets_no_new_token_while_others_stay(
      IvsChat ivsChat) {
    ChatConnection malloryPhone = connect(ivsChat, "mallory", "Mallory", Role.CHATTER);
    ChatConnection malloryLaptop = connect(ivsChat, "mallory", "Mallory", Role.CHATTER);
    ChatConnection bob = connect(ivsChat, "bob", "Bob", Role.VIEWER);

    app.ban(room, "mallory", "spam");

    assertThat(List.of(malloryPhone, malloryLaptop)).allSatisfy(c -> assertThat(c.closeReason())
        .contains(new CloseReason(CloseReason.Kind.USER_DISCONNECTED, "spam")));
    assertThatThrownBy(() -> app.join(room, "mallory", Role.VIEWER, "Mallory"))
        .isInstanceOf(UserBannedException.class);
    assertThat(ivsChat).calls().hasCallCount(Operation.CREATE_CHAT_TOKEN, 3);
    assertThat(bob.isOpen()).isTrue();
    assertThat(bob.events()).extracting(ChatFrame.Event::eventName)
        .containsExactly("aws:DISCONNECT_USER");
    assertThat(connect(ivsChat, "carol", "Carol", Role.VIEWER).isOpen()).isTrue();
  }

  @Test
  void a_ban_is_from_one_room_only(IvsChat ivsChat) {
    String otherRoom = app.openRoom(new Stream("s-2", "After party", "news"));

    app.ban(room, "mallory", "spam");

    assertThat(app.isBanned(room, "mallory")).isTrue();
    assertThat(app.isBanned(otherRoom, "mallory")).isFalse();
    assertThat(ivsChat.connect(app.join(otherRoom, "mallory", Role.CHATTER, "Mallory").token())
        .isOpen()).isTrue();
  }

  @Test
  void the_replay_shows_the_logged_messages_in_order_without_the_deleted_one(IvsChat ivsChat,
      FakeClock clock) {
    String logging = app.logChatTo(room, CHAT_LOGS);
    ChatConnection alice = connect(ivsChat, "alice", "Alice", Role.CHATTER);
    ChatConnection bob = connect(ivsChat, "bob", "Bob", Role.CHATTER);

    alice.sendMessage("first!");
    clock.advance(Duration.ofSeconds(1));
    bob.sendMessage("the villain wins in the end");
    app.removeMessage(room, ivsChat.chatMessages().get(1).id(), "spoiler");
    clock.advance(Duration.ofSeconds(1));
    bob.sendMessage("sorry!");
    clock.advance(Duration.ofSeconds(1));
    alice.sendMessage("great stream");

    ChatReplay replay = new ChatReplay(new FakeChatLogSource(ivsChat, CHAT_LOGS));
    List<ChatReplay.Line> lines = replay.replay(room);

    assertThat(lines).extracting(ChatReplay.Line::displayName, ChatReplay.Line::content)
        .containsExactly(tuple("Alice", "first!"), tuple("Bob", "sorry!"),
            tuple("Alice", "great stream"));
    assertThat(ivsChat).room(room).hasLoggingConfigurations(logging);
    assertThat(ivsChat.loggingConfiguration(logging)).hasValueSatisfying(
        c -> assertThat(c.state()).isEqualTo(LoggingConfiguration.ACTIVE));
  }

  @Test
  void the_replay_orders_the_messages_by_time_whatever_order_the_logs_are_read_in(
      IvsChat ivsChat, FakeClock clock) {
    app.logChatTo(room, CHAT_LOGS);
    ChatConnection alice = connect(ivsChat, "alice", "Alice", Role.CHATTER);
    for (String text : List.of("one", "two", "three")) {
      alice.sendMessage(text);
      clock.advance(Duration.ofMinutes(5));   // a new S3 object every five minutes
    }
    FakeChatLogSource bucket = new FakeChatLogSource(ivsChat, CHAT_LOGS);
    ChatLogSource newestObjectFirst = roomArn -> {
      List<Map<String, Object>> records = new ArrayList<>(bucket.records(roomArn));
      Collections.reverse(records);
      return records;
    };

    assertThat(new ChatReplay(newestObjectFirst).replay(room))
        .extracting(ChatReplay.Line::content).containsExactly("one", "two", "three");
  }
}
