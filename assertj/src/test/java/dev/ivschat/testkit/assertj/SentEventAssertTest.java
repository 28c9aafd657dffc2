package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.Fixtures.LOBBY;
import static dev.ivschat.testkit.assertj.Fixtures.START;
import static dev.ivschat.testkit.assertj.Fixtures.STAGE;
import static dev.ivschat.testkit.assertj.Fixtures.expectFailure;
import static dev.ivschat.testkit.assertj.Fixtures.fakeWithEvents;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;

import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import org.junit.jupiter.api.Test;

class SentEventAssertTest {
  private static final String WELCOME =
      "app:welcome {greeting=\"hi\"} to room 1rqOLnsUJjR4 at 2025-01-01T00:00:00Z";
  private static final String DISCONNECT =
      "aws:DISCONNECT_USER {Reason=\"abuse\", UserId=\"user-1\"} to room 1rqOLnsUJjR4 at "
          + "2025-01-01T00:00:00Z";

  private final FakeAmazonivschat fake = fakeWithEvents();
  private final SentEvent welcome = fake.sentEvents().get(0);
  private final SentEvent disconnect = fake.sentEvents().get(2);

  @Test
  void should_pass_when_the_event_has_the_expected_properties() {
    assertThat(welcome)
        .hasName("app:welcome")
        .wasSentTo(LOBBY)
        .wasSentAt(START)
        .hasAttribute("greeting", "hi")
        .hasNoAttribute("Reason")
        .hasNoReason();
    assertThat(disconnect).hasReason("abuse").hasAttribute("UserId", "user-1");
  }

  @Test
  void should_pass_when_using_assertj_map_assertions_on_the_attributes() {
    assertThat(disconnect).attributes().containsOnlyKeys("UserId", "Reason");
  }

  @Test
  void should_fail_when_the_name_differs() {
    expectFailure(() -> assertThat(welcome).hasName("app:bye"), """

        Expecting actual:
          %s
        to have eventName:
          "app:bye"
        but had:
          "app:welcome\"""".formatted(WELCOME));
  }

  @Test
  void should_fail_when_it_was_sent_to_another_room() {
    expectFailure(() -> assertThat(welcome).wasSentTo(STAGE), """

        Expecting actual:
          %s
        to have roomArn:
          "%s"
        but had:
          "%s\"""".formatted(WELCOME, STAGE, LOBBY));
  }

  @Test
  void should_fail_when_it_was_sent_at_another_time() {
    expectFailure(() -> assertThat(welcome).wasSentAt(START.plusSeconds(1)), """

        Expecting actual:
          %s
        to have sendTime:
          2025-01-01T00:00:01Z
        but had:
          2025-01-01T00:00:00Z""".formatted(WELCOME));
  }

  @Test
  void should_fail_when_an_attribute_is_missing() {
    expectFailure(() -> assertThat(welcome).hasAttribute("lang", "en"), """

        Expecting actual:
          %s
        to have attribute "lang":
          "en"
        but had:
          none""".formatted(WELCOME));
  }

  @Test
  void should_fail_when_an_attribute_was_not_expected() {
    expectFailure(() -> assertThat(welcome).hasNoAttribute("greeting"), """

        Expecting actual:
          %s
        to have attribute "greeting":
          none
        but had:
          "hi\"""".formatted(WELCOME));
  }

  @Test
  void should_fail_when_the_reason_differs() {
    expectFailure(() -> assertThat(disconnect).hasReason("spam"), """

        Expecting actual:
          %s
        to have attribute "Reason":
          "spam"
        but had:
          "abuse\"""".formatted(DISCONNECT));
  }

  @Test
  void should_fail_when_a_reason_was_not_expected() {
    expectFailure(() -> assertThat(disconnect).hasNoReason(), """

        Expecting actual:
          %s
        to have attribute "Reason":
          none
        but had:
          "abuse\"""".formatted(DISCONNECT));
  }

  @Test
  void should_fail_when_the_event_is_null() {
    expectFailure(() -> assertThat((SentEvent) null).hasName("app:welcome"), """

        Expecting actual not to be null""");
  }
}
