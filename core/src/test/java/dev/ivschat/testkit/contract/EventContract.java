package dev.ivschat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.ServiceError;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SendEvent, DeleteMessage and DisconnectUser each record the event the room receives. */
public interface EventContract extends Contract {

  @Test
  default void send_event_records_the_event_with_its_name_attributes_id_send_time_and_request_id() {
    Service s = openAtStart();
    String room = s.room();
    s.control().clock().advance(Duration.ofSeconds(5));

    Reply sent = s.ok("SendEvent", Wire.of("roomIdentifier", room, "eventName", "app:poll",
        "attributes", Wire.of("question", "Tea?", "options", "yes,no")));

    assertThat(sent.output()).containsOnlyKeys("id");
    assertThat(sent.string("id")).matches("[a-zA-Z0-9]{12}");
    assertThat(s.control().sentEvents()).singleElement().satisfies(e -> {
      assertThat(e.roomArn()).isEqualTo(room);
      assertThat(e.id()).isEqualTo(sent.string("id"));
      assertThat(e.eventName()).isEqualTo("app:poll");
      assertThat(e.attributes()).containsExactly(Map.entry("question", "Tea?"),
          Map.entry("options", "yes,no"));
      assertThat(e.sendTime()).isEqualTo(START.plusSeconds(5));
      assertThat(e.requestId()).isEqualTo(sent.requestId());
    });
  }

  @Test
  default void an_event_without_attributes_has_an_empty_map() {
    Service s = open();

    s.ok("SendEvent", Wire.of("roomIdentifier", s.room(), "eventName", "ping"));

    assertThat(s.control().sentEvents().get(0).attributes()).isEmpty();
  }

  @Test
  default void delete_message_sends_aws_delete_message_with_both_message_id_spellings_and_the_reason() {
    Service s = open();
    String room = s.room();

    Reply deleted = s.ok("DeleteMessage",
        Wire.of("roomIdentifier", room, "id", "M2YcHkgffEvU", "reason", "spam"));
    s.ok("DeleteMessage", Wire.of("roomIdentifier", room, "id", "M2YcHkgffEvV"));

    assertThat(deleted.string("id")).matches("[a-zA-Z0-9]{12}").isNotEqualTo("M2YcHkgffEvU");
    assertThat(s.control().sentEvents(room)).hasSize(2).allSatisfy(e ->
        assertThat(e.eventName()).isEqualTo(SentEvent.DELETE_MESSAGE));
    assertThat(s.control().sentEvents(room).get(0).id()).isEqualTo(deleted.string("id"));
    assertThat(s.control().sentEvents(room).get(0).attributes()).isEqualTo(Map.of(
        "MessageId", "M2YcHkgffEvU", "MessageID", "M2YcHkgffEvU", "Reason", "spam"));
    assertThat(s.control().sentEvents(room).get(1).attributes())
        .isEqualTo(Map.of("MessageId", "M2YcHkgffEvV", "MessageID", "M2YcHkgffEvV"));
  }

  @Test
  default void disconnect_user_sends_aws_disconnect_user_with_the_user_and_reason_and_answers_nothing() {
    Service s = open();
    String room = s.room();

    Reply result = s.ok("DisconnectUser",
        Wire.of("roomIdentifier", room, "userId", "mallory", "reason", "abuse"));
    s.ok("DisconnectUser", Wire.of("roomIdentifier", room, "userId", "eve"));

    assertThat(result.output()).isEmpty();
    assertThat(s.control().sentEvents(room)).hasSize(2).allSatisfy(e -> {
      assertThat(e.eventName()).isEqualTo(SentEvent.DISCONNECT_USER);
      assertThat(e.id()).matches("[a-zA-Z0-9]{12}");
    });
    assertThat(s.control().sentEvents(room).get(0).attributes())
        .isEqualTo(Map.of("UserId", "mallory", "Reason", "abuse"));
    assertThat(s.control().sentEvents(room).get(1).attributes()).isEqualTo(Map.of("UserId", "eve"));
  }

  @Test
  default void events_are_kept_per_room_oldest_first() {
    Service s = open();
    String room = s.room();
    String other = s.room();
    s.ok("SendEvent", Wire.of("roomIdentifier", room, "eventName", "one"));
    s.ok("SendEvent", Wire.of("roomIdentifier", other, "eventName", "two"));
    s.ok("SendEvent", Wire.of("roomIdentifier", room, "eventName", "three"));

    assertThat(s.control().sentEvents(room)).extracting(SentEvent::eventName)
        .containsExactly("one", "three");
    assertThat(s.control().sentEvents()).extracting(SentEvent::eventName)
        .containsExactly("one", "two", "three");
  }

  @Test
  default void events_to_a_room_that_does_not_exist_are_404s_and_record_nothing() {
    Service s = open();
    String missing = Fixture.ROOM_ARN_PREFIX + "g1H2I3j4k5L6";

    for (ServiceError e : new ServiceError[] {
        s.fails("SendEvent", Wire.of("roomIdentifier", missing, "eventName", "x"),
            ServiceError.RESOURCE_NOT_FOUND),
        s.fails("DeleteMessage", Wire.of("roomIdentifier", missing, "id", "M2YcHkgffEvU"),
            ServiceError.RESOURCE_NOT_FOUND),
        s.fails("DisconnectUser", Wire.of("roomIdentifier", missing, "userId", "u"),
            ServiceError.RESOURCE_NOT_FOUND)}) {
      assertThat(e.resourceId()).isEqualTo("g1H2I3j4k5L6");
      assertThat(e.resourceType()).isEqualTo(ServiceError.ROOM);
    }
    assertThat(s.control().sentEvents()).isEmpty();
  }
}
