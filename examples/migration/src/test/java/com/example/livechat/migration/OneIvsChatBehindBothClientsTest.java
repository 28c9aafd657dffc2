package com.example.livechat.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The half-migrated application against one in-memory IVS Chat, built by hand: the v1 and the v2
 * fake are two front doors onto the same {@link IvsChat}, so a room made through one client is
 * there for the other, and one journal and one list of events hold what both did.
 */
class OneIvsChatBehindBothClientsTest {
  private final IvsChat ivsChat = new IvsChat();
  private final FakeAmazonivschat v1 = new FakeAmazonivschat(ivsChat);
  private final FakeIvschatClient v2 = new FakeIvschatClient(ivsChat);
  private final Retry noRetry = new Retry(1, Duration.ZERO, d -> { });
  private final Rooms rooms = new Rooms(v2, noRetry);
  private final Moderation moderation = new Moderation(v1, noRetry);

  @AfterEach
  void closeClients() {
    v2.close();
    v1.shutdown();
  }

  @Test
  void a_room_opened_through_v2_is_moderated_through_v1_and_both_are_seen_in_one_place() {
    String room = rooms.openRoom(new Stream("s-1", "Launch party", "news"));

    moderation.removeMessage(room, "M2YcHkgffEvU", "spoiler");
    moderation.kick(room, "mallory", "spam");

    assertThat(ivsChat.sentEvents(room)).extracting(SentEvent::eventName)
        .containsExactly(SentEvent.DELETE_MESSAGE, SentEvent.DISCONNECT_USER);
    assertThat(ivsChat.calls()).extracting(Call::operation).containsExactly(
        Operation.CREATE_ROOM, Operation.DELETE_MESSAGE, Operation.DISCONNECT_USER);
  }

  @Test
  void the_journal_keeps_each_call_in_the_sdk_types_of_the_client_that_made_it() {
    String room = rooms.openRoom(new Stream("s-1", "Launch party", "news"));
    moderation.kick(room, "mallory", "spam");

    software.amazon.awssdk.services.ivschat.model.CreateRoomRequest created =
        ivsChat.calls(Operation.CREATE_ROOM).get(0)
            .request(software.amazon.awssdk.services.ivschat.model.CreateRoomRequest.class);
    com.amazonaws.services.ivschat.model.DisconnectUserRequest kicked =
        ivsChat.calls(Operation.DISCONNECT_USER).get(0)
            .request(com.amazonaws.services.ivschat.model.DisconnectUserRequest.class);

    assertThat(created.name()).isEqualTo("Launch-party");
    assertThat(kicked.getRoomIdentifier()).isEqualTo(room);
  }

  @Test
  void the_v1_fake_and_the_v2_fake_answer_for_the_same_state() {
    String room = rooms.openRoom(new Stream("s-1", "Launch party", "news"));

    assertThat(v1.getRoom(new com.amazonaws.services.ivschat.model.GetRoomRequest()
        .withIdentifier(room)).getTags()).containsEntry(Rooms.STREAM_TAG, "s-1");
    assertThat(v1.rooms()).isEqualTo(v2.rooms()).hasSize(1);
    assertThat(v1.ivsChat()).isSameAs(v2.ivsChat());
  }
}
