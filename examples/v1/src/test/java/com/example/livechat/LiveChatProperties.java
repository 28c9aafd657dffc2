package com.example.livechat;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.jqwik.IvsChatArbitraries;
import dev.ivschat.testkit.jqwik.ValidReason;
import dev.ivschat.testkit.jqwik.ValidUserId;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Properties of the application's logic, on generated input and seeded fakes. */
class LiveChatProperties {

  /** A moderation step: what the app is asked to do, and the event it must send. */
  interface Action {
    void applyTo(LiveChat app, String roomArn);

    String expectedEvent();
  }

  record Remove(String messageId, String reason) implements Action {
    public void applyTo(LiveChat app, String roomArn) {
      app.removeMessage(roomArn, messageId, reason);
    }

    public String expectedEvent() {
      return SentEvent.DELETE_MESSAGE;
    }
  }

  record Kick(String userId, String reason) implements Action {
    public void applyTo(LiveChat app, String roomArn) {
      app.kick(roomArn, userId, reason);
    }

    public String expectedEvent() {
      return SentEvent.DISCONNECT_USER;
    }
  }

  record Announce(String text) implements Action {
    public void applyTo(LiveChat app, String roomArn) {
      app.announce(roomArn, text);
    }

    public String expectedEvent() {
      return LiveChat.ANNOUNCEMENT;
    }
  }

  @Property(tries = 300)
  void any_stream_title_gives_a_room_the_service_accepts(@ForAll String title,
      @ForAll FakeAmazonivschat ivschat) {
    String room = new LiveChat(ivschat, Retry.standard())
        .openRoom(new Stream("s-1", title, "ch"));

    assertThat(ivschat.room(room)).hasValueSatisfying(r -> assertThat(r.name())
        .matches("[a-zA-Z0-9-_]{1,128}"));
  }

  @Property(tries = 100)
  void any_sequence_of_moderation_actions_leaves_consistent_state(
      @ForAll("actions") @Size(max = 20) List<Action> actions, @ForAll FakeAmazonivschat ivschat) {
    LiveChat app = new LiveChat(ivschat, new Retry(1, Duration.ZERO, d -> { }));
    String arn = app.openRoom(new Stream("s-1", "Moderated", "ch"));
    Room before = ivschat.room(arn).orElseThrow();

    actions.forEach(action -> action.applyTo(app, arn));

    assertThat(ivschat.sentEvents(arn)).extracting(SentEvent::eventName)
        .containsExactlyElementsOf(actions.stream().map(Action::expectedEvent).toList());
    assertThat(ivschat.room(arn)).contains(before);
    assertThat(ivschat.calls()).noneMatch(c -> c.failed());
  }

  @Property(tries = 100)
  void a_kick_always_names_the_user_and_keeps_a_valid_reason(@ForAll @ValidUserId String userId,
      @ForAll @ValidReason String reason, @ForAll FakeAmazonivschat ivschat) {
    LiveChat app = new LiveChat(ivschat, Retry.standard());
    String arn = app.openRoom(new Stream("s-1", "Moderated", "ch"));

    app.kick(arn, userId, reason);

    DisconnectUserRequest sent = ivschat.calls().get(1).request(DisconnectUserRequest.class);
    assertThat(sent.getUserId()).isEqualTo(userId);
    assertThat(ivschat.sentEvents(arn).get(0).attribute("UserId")).isEqualTo(userId);
    assertThat(sent.getReason()).isEqualTo(reason.isBlank() ? null : reason);
  }

  @Provide
  Arbitrary<List<Action>> actions() {
    Arbitrary<String> anyReason = Arbitraries.oneOf(IvsChatArbitraries.reasons(),
        Arbitraries.strings().ofMaxLength(400), Arbitraries.just(null));
    Arbitrary<Action> remove = Combinators.combine(IvsChatArbitraries.messageIds(), anyReason)
        .as(Remove::new);
    Arbitrary<Action> kick = Combinators.combine(IvsChatArbitraries.userIds(), anyReason)
        .as(Kick::new);
    Arbitrary<Action> announce = Arbitraries.strings().ofMinLength(1).ofMaxLength(200)
        .map(Announce::new);
    return Arbitraries.oneOf(remove, kick, announce).list();
  }
}
