package dev.ivschat.testkit.sdk1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteMessageRequest;
import com.amazonaws.services.ivschat.model.DeleteRoomRequest;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.DisconnectUserResult;
import com.amazonaws.services.ivschat.model.ResourceNotFoundException;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import dev.ivschat.testkit.SentEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SendEvent, DeleteMessage and DisconnectUser each record the event the room receives. */
class EventsTest {
  private static final Instant START = Instant.parse("2024-05-01T12:00:00Z");

  private final FakeAmazonivschat fake = FakeAmazonivschat.builder().clockStart(START).build();
  private final Amazonivschat ivschat = fake;
  private final String room = ivschat.createRoom(new CreateRoomRequest()).getArn();

  @Test
  void send_event_records_the_event_with_its_name_attributes_id_and_send_time() {
    fake.clock().advance(Duration.ofSeconds(5));

    String id = ivschat.sendEvent(new SendEventRequest().withRoomIdentifier(room)
        .withEventName("app:poll").withAttributes(Map.of("question", "Tea?"))).getId();

    assertThat(id).matches("[a-zA-Z0-9]{12}");
    assertThat(fake.sentEvents()).singleElement().satisfies(e -> {
      assertThat(e.roomArn()).isEqualTo(room);
      assertThat(e.id()).isEqualTo(id);
      assertThat(e.eventName()).isEqualTo("app:poll");
      assertThat(e.attributes()).isEqualTo(Map.of("question", "Tea?"));
      assertThat(e.sendTime()).isEqualTo(START.plusSeconds(5));
      assertThat(e.requestId()).isEqualTo(fake.calls().get(fake.calls().size() - 1).requestId());
    });
  }

  @Test
  void an_event_without_attributes_has_an_empty_map() {
    ivschat.sendEvent(new SendEventRequest().withRoomIdentifier(room).withEventName("ping"));

    assertThat(fake.sentEvents().get(0).attributes()).isEmpty();
  }

  @Test
  void delete_message_sends_aws_delete_message_with_both_message_id_spellings_and_the_reason() {
    String id = ivschat.deleteMessage(new DeleteMessageRequest().withRoomIdentifier(room)
        .withId("M2YcHkgffEvU").withReason("spam")).getId();

    assertThat(id).matches("[a-zA-Z0-9]{12}").isNotEqualTo("M2YcHkgffEvU");
    assertThat(fake.sentEvents(room)).singleElement().satisfies(e -> {
      assertThat(e.id()).isEqualTo(id);
      assertThat(e.eventName()).isEqualTo("aws:DELETE_MESSAGE").isEqualTo(SentEvent.DELETE_MESSAGE);
      assertThat(e.attributes()).isEqualTo(Map.of("MessageId", "M2YcHkgffEvU",
          "MessageID", "M2YcHkgffEvU", "Reason", "spam"));
    });
  }

  @Test
  void delete_message_without_a_reason_sends_no_reason_attribute() {
    ivschat.deleteMessage(new DeleteMessageRequest().withRoomIdentifier(room)
        .withId("M2YcHkgffEvU"));

    assertThat(fake.sentEvents().get(0).attributes())
        .isEqualTo(Map.of("MessageId", "M2YcHkgffEvU", "MessageID", "M2YcHkgffEvU"));
  }

  @Test
  void disconnect_user_sends_aws_disconnect_user_with_the_user_and_reason() {
    DisconnectUserResult result = ivschat.disconnectUser(new DisconnectUserRequest()
        .withRoomIdentifier(room).withUserId("mallory").withReason("abuse"));
    ivschat.disconnectUser(new DisconnectUserRequest().withRoomIdentifier(room)
        .withUserId("eve"));

    assertThat(result).isNotNull();
    assertThat(fake.sentEvents(room)).hasSize(2).allSatisfy(e -> {
      assertThat(e.eventName()).isEqualTo("aws:DISCONNECT_USER")
          .isEqualTo(SentEvent.DISCONNECT_USER);
      assertThat(e.id()).matches("[a-zA-Z0-9]{12}");
    });
    assertThat(fake.sentEvents(room).get(0).attributes())
        .isEqualTo(Map.of("UserId", "mallory", "Reason", "abuse"));
    assertThat(fake.sentEvents(room).get(1).attributes()).isEqualTo(Map.of("UserId", "eve"));
  }

  @Test
  void events_are_kept_per_room_oldest_first() {
    String other = ivschat.createRoom(new CreateRoomRequest()).getArn();
    ivschat.sendEvent(new SendEventRequest().withRoomIdentifier(room).withEventName("one"));
    ivschat.sendEvent(new SendEventRequest().withRoomIdentifier(other).withEventName("two"));
    ivschat.sendEvent(new SendEventRequest().withRoomIdentifier(room).withEventName("three"));

    assertThat(fake.sentEvents(room)).extracting(SentEvent::eventName)
        .containsExactly("one", "three");
    assertThat(fake.sentEvents(other)).extracting(SentEvent::eventName).containsExactly("two");
    assertThat(fake.sentEvents()).extracting(SentEvent::eventName)
        .containsExactly("one", "two", "three");
    assertThat(fake.sentEvents(room.substring(room.lastIndexOf('/') + 1)))
        .extracting(SentEvent::eventName).containsExactly("one", "three");
  }

  @Test
  void sent_events_of_an_identifier_that_names_no_room_the_fake_had_fail_with_the_rooms_it_had() {
    assertThatThrownBy(() -> fake.sentEvents(Requests.ROOM_ARN_PREFIX + "g1H2I3j4k5L6"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'" + Requests.ROOM_ARN_PREFIX + "g1H2I3j4k5L6' names no room this fake has"
            + " had; it has had [" + room + "]");
    ivschat.deleteRoom(new DeleteRoomRequest().withIdentifier(room));
    assertThat(fake.sentEvents(room)).isEmpty();
  }

  @Test
  void event_names_with_the_aws_prefix_are_not_reserved_for_send_event() {
    ivschat.sendEvent(new SendEventRequest().withRoomIdentifier(room)
        .withEventName("aws:DELETE_MESSAGE"));

    assertThat(fake.sentEvents()).extracting(SentEvent::eventName)
        .containsExactly("aws:DELETE_MESSAGE");
  }

  @Test
  void every_event_gets_its_own_id() {
    for (int i = 0; i < 100; i++) {
      ivschat.sendEvent(new SendEventRequest().withRoomIdentifier(room).withEventName("e"));
    }

    assertThat(fake.sentEvents()).extracting(SentEvent::id).doesNotHaveDuplicates();
  }

  @Test
  void events_to_a_room_that_does_not_exist_are_404s_and_record_nothing() {
    String missing = Requests.ROOM_ARN_PREFIX + "g1H2I3j4k5L6";

    assertThat(catchThrowableOfType(ResourceNotFoundException.class, () -> ivschat.sendEvent(
        new SendEventRequest().withRoomIdentifier(missing).withEventName("x")))).isNotNull();
    assertThat(catchThrowableOfType(ResourceNotFoundException.class, () -> ivschat.deleteMessage(
        new DeleteMessageRequest().withRoomIdentifier(missing).withId("M2YcHkgffEvU"))))
        .isNotNull();
    assertThat(catchThrowableOfType(ResourceNotFoundException.class, () -> ivschat.disconnectUser(
        new DisconnectUserRequest().withRoomIdentifier(missing).withUserId("u")))).isNotNull();
    assertThat(fake.sentEvents()).isEmpty();
  }
}
