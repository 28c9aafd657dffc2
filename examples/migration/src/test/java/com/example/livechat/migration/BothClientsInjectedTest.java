package com.example.livechat.migration;

import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatIvsChatCall;

import com.amazonaws.services.ivschat.Amazonivschat;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.junit5.IvsChatTest;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.IvschatClient;

/**
 * The half-migrated application with both clients injected by {@code @IvsChatTest}: whichever
 * SDKs' front doors are on the test classpath, every client of one test is a door onto the same
 * fake, and one assertion sees what both did.
 */
@IvsChatTest
class BothClientsInjectedTest {
  private final Retry noRetry = new Retry(1, Duration.ZERO, d -> { });

  @Test
  void a_room_opened_through_v2_is_moderated_through_v1_and_one_assertion_sees_both(
      IvschatClient v2, Amazonivschat v1, IvsChatControl fake) {
    String room = new Rooms(v2, noRetry).openRoom(new Stream("s-1", "Launch party", "news"));
    Moderation moderation = new Moderation(v1, noRetry);

    moderation.removeMessage(room, "M2YcHkgffEvU", "spoiler");
    moderation.kick(room, "mallory", "spam");

    assertThat(fake).sentEvents(room)
        .containsExactlyEventNames("aws:DELETE_MESSAGE", "aws:DISCONNECT_USER")
        .deletedMessage("M2YcHkgffEvU", "spoiler")
        .disconnectedUser("mallory", "spam");
  }

  @Test
  void a_room_closed_through_v2_is_gone_for_v1_with_the_same_error_either_way(IvschatClient v2,
      Amazonivschat v1, IvsChatControl fake) {
    Rooms rooms = new Rooms(v2, noRetry);
    String room = rooms.openRoom(new Stream("s-1", "Launch party", "news"));
    String id = room.substring(room.lastIndexOf('/') + 1);

    rooms.closeEndedStreams(Set.of());

    assertThatIvsChatCall(() -> new Moderation(v1, noRetry).kick(room, "mallory", "spam"))
        .isNotFound(id, "ROOM");
    assertThatIvsChatCall(() -> v2.getRoom(r -> r.identifier(room)))
        .isNotFound(id, "ROOM");
    assertThat(fake).hasRoomCount(0).calls().hasCallCount(Operation.DISCONNECT_USER, 1);
  }
}
