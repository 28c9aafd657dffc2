package com.example.livechat;

import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.ChatTokenCapability;
import com.amazonaws.services.ivschat.model.CreateChatTokenResult;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.FakeClock;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.junit5.IvsChatTest;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The application against the fake: one fresh fake per test, injected by {@code @IvsChatTest}. */
@IvsChatTest(clockStart = "2026-01-01T20:00:00Z")
class LiveChatTest {
  private LiveChat app;
  private String room;

  @BeforeEach
  void openRoom(Amazonivschat ivschat) {
    app = new LiveChat(ivschat, new Retry(3, Duration.ofMillis(100), d -> { }));
    room = app.openRoom(new Stream("s-1", "Friday Night Speedrun! (any%)", "speedy"));
  }

  @Test
  void a_stream_gets_a_tagged_room_with_the_app_limits(FakeAmazonivschat fake) {
    assertThat(fake).hasRoomCount(1)
        .roomNamed("Friday-Night-Speedrun-any")
        .hasArn(room)
        .hasMaximumMessageRatePerSecond(LiveChat.MESSAGE_RATE)
        .hasMaximumMessageLength(LiveChat.MESSAGE_LENGTH)
        .hasTag(LiveChat.APP_TAG, LiveChat.APP_NAME)
        .hasTag(LiveChat.STREAM_TAG, "s-1")
        .hasTag(LiveChat.CHANNEL_TAG, "speedy")
        .hasNoReviewHandler();
  }

  @Test
  void each_role_gets_its_capabilities_and_session_length(FakeAmazonivschat fake) {
    for (Role role : Role.values()) {
      CreateChatTokenResult issued = app.join(room, "user-" + role, role, "Name");
      ChatToken token = fake.chatToken(issued.getToken()).orElseThrow();

      assertThat(token.capabilities()).containsExactlyElementsOf(
          role.capabilities().stream().map(ChatTokenCapability::toString).toList());
      assertThat(token.sessionExpirationTime())
          .isEqualTo(token.createTime().plus(Duration.ofMinutes(role.sessionMinutes())));
      assertThat(token.attributes()).containsEntry("role", role.name());
    }
  }

  @Test
  void a_chatter_session_is_over_after_an_hour_but_a_moderator_stays(FakeAmazonivschat fake,
      FakeClock clock) {
    ChatToken chatter = fake.chatToken(app.join(room, "c", Role.CHATTER, "C").getToken())
        .orElseThrow();
    ChatToken moderator = fake.chatToken(app.join(room, "m", Role.MODERATOR, "M").getToken())
        .orElseThrow();

    clock.advance(Duration.ofMinutes(61));

    assertThat(chatter.isSessionAliveAt(clock.instant())).isFalse();
    assertThat(moderator.isSessionAliveAt(clock.instant())).isTrue();
    assertThat(moderator.isUsableAt(clock.instant())).as("a token is for connecting only once")
        .isFalse();
  }

  @Test
  void moderation_tells_the_room_with_reasons(FakeAmazonivschat fake) {
    app.removeMessage(room, "M2YcHkgffEvU", "spoiler");
    app.kick(room, "mallory", "spam");

    assertThat(fake).sentEvents(room)
        .containsExactlyEventNames("aws:DELETE_MESSAGE", "aws:DISCONNECT_USER")
        .deletedMessage("M2YcHkgffEvU", "spoiler")
        .disconnectedUser("mallory", "spam");
  }

  @Test
  void a_blank_reason_is_left_out_and_a_long_one_is_cut_to_what_the_service_takes(
      FakeAmazonivschat fake) {
    app.removeMessage(room, "M2YcHkgffEvU", "  ");
    app.kick(room, "mallory", "x".repeat(300));

    assertThat(fake).sentEvents(room).deletedMessage("M2YcHkgffEvU").hasNoReason();
    assertThat(fake).sentEvents(room).disconnectedUser("mallory")
        .hasReason("x".repeat(LiveChat.MAX_REASON_LENGTH));
    assertThat(fake).calls().hasNoFailedCalls();
  }

  @Test
  void an_announcement_reaches_the_room_as_an_app_event(FakeAmazonivschat fake) {
    String id = app.announce(room, "Stream starts in 5 minutes");

    assertThat(fake).sentEvents(room).singleElement()
        .satisfies(e -> assertThat(e.id()).isEqualTo(id));
    assertThat(fake).sentEvents(room).named(LiveChat.ANNOUNCEMENT)
        .hasAttribute("text", "Stream starts in 5 minutes");
  }

  @Test
  void closing_ended_streams_pages_through_every_room_and_deletes_only_ours_that_ended(
      Amazonivschat ivschat, FakeAmazonivschat fake) {
    Set<String> live = new HashSet<>(Set.of("s-1"));
    for (int i = 2; i <= 121; i++) {
      app.openRoom(new Stream("s-" + i, "Stream " + i, "ch"));
      if (i % 2 == 0) {
        live.add("s-" + i);
      }
    }
    String foreign = ivschat.createRoom(new CreateRoomRequest().withName("other-app")).getArn();

    List<String> deleted = app.closeEndedStreams(live);

    assertThat(deleted).hasSize(60);
    assertThat(fake).hasRoomCount(61 + 1).hasRoom(room).hasRoom(foreign);
    assertThat(fake).calls().hasCallCount(Operation.LIST_ROOMS, 3)
        .hasCallCount(Operation.DELETE_ROOM, 60).hasNoFailedCalls();
  }
}
