package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.Fixtures.LOBBY;
import static dev.ivschat.testkit.assertj.Fixtures.MESSAGE_1;
import static dev.ivschat.testkit.assertj.Fixtures.MESSAGE_2;
import static dev.ivschat.testkit.assertj.Fixtures.STAGE;
import static dev.ivschat.testkit.assertj.Fixtures.expectFailure;
import static dev.ivschat.testkit.assertj.Fixtures.fakeWithEvents;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatSentEvents;

import com.amazonaws.services.ivschat.model.SendEventRequest;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentEventsAssertTest {
  private static final String LOBBY_EVENTS = """
        app:welcome {greeting="hi"} to room 1rqOLnsUJjR4 at 2025-01-01T00:00:00Z
        aws:DELETE_MESSAGE {MessageID="message00001", MessageId="message00001", Reason="spam"} \
      to room 1rqOLnsUJjR4 at 2025-01-01T00:00:00Z
        aws:DISCONNECT_USER {Reason="abuse", UserId="user-1"} to room 1rqOLnsUJjR4 at \
      2025-01-01T00:00:00Z""";

  private final FakeAmazonivschat fake = fakeWithEvents();

  @Test
  void should_pass_when_the_expected_events_were_sent() {
    assertThat(fake).sentEvents()
        .hasSize(3)
        .containsEventNamed("app:welcome")
        .containsEvent("app:welcome", Map.of("greeting", "hi"))
        .hasAttribute("UserId", "user-1")
        .doesNotContainEventNamed("app:bye")
        .containsEventNamesInOrder("app:welcome", SentEvent.DISCONNECT_USER)
        .containsExactlyEventNames("app:welcome", SentEvent.DELETE_MESSAGE,
            SentEvent.DISCONNECT_USER)
        .deletedMessage(MESSAGE_1, "spam")
        .disconnectedUser("user-1", "abuse");
  }

  @Test
  void should_pass_when_navigating_to_the_service_events() {
    assertThat(fake).sentEvents().deletedMessage(MESSAGE_1).hasReason("spam").wasSentTo(LOBBY);
    assertThat(fake).sentEvents().disconnectedUser("user-1").hasReason("abuse");
  }

  @Test
  void should_pass_when_filtering_by_room_name_and_attribute() {
    fake.sendEvent(new SendEventRequest().withRoomIdentifier(STAGE).withEventName("app:welcome"));

    assertThat(fake).sentEvents().inRoom(STAGE).hasSize(1).containsExactlyEventNames("app:welcome");
    assertThat(fake).sentEvents().named("app:welcome").hasSize(2);
    assertThat(fake).sentEvents().havingAttribute("Reason", "spam")
        .containsExactlyEventNames(SentEvent.DELETE_MESSAGE);
    assertThat(fake).sentEvents().inRoom(LOBBY).named("app:welcome").hasSize(1);
  }

  @Test
  void should_pass_when_using_assertj_list_assertions() {
    assertThatSentEvents(fake.sentEvents(LOBBY))
        .extracting(SentEvent::eventName)
        .contains(SentEvent.DELETE_MESSAGE);
    assertThatSentEvents(fake.sentEvents(LOBBY))
        .filteredOn(e -> e.eventName().startsWith("aws:"))
        .hasSize(2);
    assertThatSentEvents(fake.sentEvents(LOBBY)).first().hasName("app:welcome");
    assertThatSentEvents(fake.sentEvents(LOBBY)).element(2).hasReason("abuse");
  }

  @Test
  void should_fail_when_an_event_name_is_missing_listing_the_events() {
    expectFailure(() -> assertThat(fake).sentEvents().containsEventNamed("app:bye"), """

        Expecting actual:
        %s
        to contain an event named "app:bye"
        but none matched""".formatted(LOBBY_EVENTS));
  }

  @Test
  void should_fail_when_an_event_was_sent_that_should_not_have_been() {
    expectFailure(() -> assertThat(fake).sentEvents().doesNotContainEventNamed("app:welcome"), """

        Expecting actual:
        %s
        not to contain an event named "app:welcome"
        but found:
          app:welcome {greeting="hi"} to room 1rqOLnsUJjR4 at 2025-01-01T00:00:00Z"""
        .formatted(LOBBY_EVENTS));
  }

  @Test
  void should_fail_when_no_event_has_the_attribute() {
    expectFailure(() -> assertThat(fake).sentEvents().hasAttribute("greeting", "hello"), """

        Expecting actual:
        %s
        to contain an event with attributes {greeting="hello"}
        but none matched""".formatted(LOBBY_EVENTS));
  }

  @Test
  void should_fail_when_no_event_has_the_name_and_attributes() {
    expectFailure(() -> assertThat(fake).sentEvents()
        .containsEvent("app:welcome", Map.of("greeting", "hello")), """

        Expecting actual:
        %s
        to contain an event named "app:welcome" with attributes {greeting="hello"}
        but none matched""".formatted(LOBBY_EVENTS));
  }

  @Test
  void should_fail_when_the_message_was_not_deleted_listing_the_events_of_the_room() {
    fake.sendEvent(new SendEventRequest().withRoomIdentifier(STAGE).withEventName("app:other"));

    expectFailure(() -> assertThat(fake).sentEvents(LOBBY).deletedMessage(MESSAGE_2), """

        Expecting actual:
        %s
        to contain an event named "aws:DELETE_MESSAGE" with attributes {MessageId="message00002"}
        but none matched""".formatted(LOBBY_EVENTS));
  }

  @Test
  void should_fail_when_the_message_was_deleted_for_another_reason() {
    expectFailure(() -> assertThat(fake).sentEvents().deletedMessage(MESSAGE_1, "rude"), """

        Expecting actual:
        %s
        to contain an event named "aws:DELETE_MESSAGE" with attributes \
        {MessageId="message00001", Reason="rude"}
        but none matched""".formatted(LOBBY_EVENTS));
  }

  @Test
  void should_fail_when_the_user_was_not_disconnected_in_that_room() {
    expectFailure(() -> assertThat(fake).sentEvents().inRoom(STAGE).disconnectedUser("user-1"), """

        Expecting actual:
          no events sent to arn:aws:ivschat:us-east-1:123456789012:room/XOFV0n8Az2yX
        to contain an event named "aws:DISCONNECT_USER" with attributes {UserId="user-1"}
        but none matched""");
  }

  @Test
  void should_fail_when_the_user_was_disconnected_for_another_reason() {
    expectFailure(() -> assertThat(fake).sentEvents().named(SentEvent.DISCONNECT_USER)
        .disconnectedUser("user-1", "spam"), """

        Expecting actual:
          aws:DISCONNECT_USER {Reason="abuse", UserId="user-1"} to room 1rqOLnsUJjR4 at \
        2025-01-01T00:00:00Z
        to contain an event named "aws:DISCONNECT_USER" with attributes \
        {Reason="spam", UserId="user-1"}
        but none matched""");
  }

  @Test
  void should_fail_when_filters_leave_no_event_naming_them_all() {
    expectFailure(() -> assertThat(fake).sentEvents().inRoom(LOBBY).named("app:bye")
        .havingAttribute("k", "v").containsEventNamed("app:bye"), """

        Expecting actual:
          no events sent to %s, named "app:bye", with k="v"
        to contain an event named "app:bye"
        but none matched""".formatted(LOBBY));
  }

  @Test
  void should_fail_when_the_names_are_not_in_order() {
    expectFailure(() -> assertThat(fake).sentEvents()
        .containsEventNamesInOrder(SentEvent.DISCONNECT_USER, "app:welcome"), """

        Expecting actual:
        %s
        to contain events named, in this order:
          ["aws:DISCONNECT_USER", "app:welcome"]
        but the event names were:
          ["app:welcome", "aws:DELETE_MESSAGE", "aws:DISCONNECT_USER"]"""
        .formatted(LOBBY_EVENTS));
  }

  @Test
  void should_fail_when_the_names_are_not_exactly_these() {
    expectFailure(() -> assertThat(fake).sentEvents().containsExactlyEventNames("app:welcome"), """

        Expecting actual:
        %s
        to contain exactly events named:
          ["app:welcome"]
        but the event names were:
          ["app:welcome", "aws:DELETE_MESSAGE", "aws:DISCONNECT_USER"]"""
        .formatted(LOBBY_EVENTS));
  }

  @Test
  void should_fail_when_a_navigated_element_assertion_fails_naming_the_element() {
    expectFailure(() -> assertThat(fake).sentEvents().first().hasName("app:bye"), """
        [SentEvents check first element]\s
        Expecting actual:
          app:welcome {greeting="hi"} to room 1rqOLnsUJjR4 at 2025-01-01T00:00:00Z
        to have eventName:
          "app:bye"
        but had:
          "app:welcome\"""");
  }

  @Test
  void should_fail_when_the_list_is_not_empty_with_assertj_message() {
    expectFailure(() -> assertThatSentEvents(List.of()).hasSize(1), """

        Expected size: 1 but was: 0 in:
        []""");
  }

  @Test
  void should_fail_when_the_events_are_null() {
    expectFailure(() -> assertThatSentEvents(null).containsEventNamed("app:welcome"), """

        Expecting actual not to be null""");
  }
}
