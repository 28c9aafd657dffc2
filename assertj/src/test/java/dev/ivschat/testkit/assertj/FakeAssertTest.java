package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.Fixtures.LOBBY;
import static dev.ivschat.testkit.assertj.Fixtures.MISSING;
import static dev.ivschat.testkit.assertj.Fixtures.STAGE;
import static dev.ivschat.testkit.assertj.Fixtures.expectFailure;
import static dev.ivschat.testkit.assertj.Fixtures.fake;
import static dev.ivschat.testkit.assertj.Fixtures.fakeWithEvents;
import static dev.ivschat.testkit.assertj.Fixtures.fakeWithRooms;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;

import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DestinationConfiguration;
import com.amazonaws.services.ivschat.model.S3DestinationConfiguration;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import org.junit.jupiter.api.Test;

class FakeAssertTest {
  private final FakeAmazonivschat fake = fakeWithRooms();

  @Test
  void should_pass_when_the_fake_holds_the_expected_rooms() {
    assertThat(fake).hasRoomCount(2).hasRoom(LOBBY).hasRoomNamed("stage")
        .hasNoLoggingConfigurations();
    assertThat(fake()).hasNoRooms().hasLoggingConfigurationCount(0);
  }

  @Test
  void should_pass_when_counting_logging_configurations() {
    fake.createLoggingConfiguration(new CreateLoggingConfigurationRequest().withName("logs")
        .withDestinationConfiguration(new DestinationConfiguration()
            .withS3(new S3DestinationConfiguration().withBucketName("chat-logs"))));

    assertThat(fake).hasLoggingConfigurationCount(1);
  }

  @Test
  void should_fail_when_the_room_count_differs_listing_the_rooms() {
    expectFailure(() -> assertThat(fake).hasRoomCount(3), """

        Expecting actual:
          FakeAmazonivschat[us-east-1, 123456789012]
        to hold 3 room(s)
        but it holds 2:
          "stage" (arn:aws:ivschat:us-east-1:123456789012:room/XOFV0n8Az2yX)
          "lobby" (arn:aws:ivschat:us-east-1:123456789012:room/1rqOLnsUJjR4)""");
  }

  @Test
  void should_fail_when_rooms_exist_but_none_were_expected() {
    expectFailure(() -> assertThat(fake).hasNoRooms(), """

        Expecting actual:
          FakeAmazonivschat[us-east-1, 123456789012]
        to hold 0 room(s)
        but it holds 2:
          "stage" (arn:aws:ivschat:us-east-1:123456789012:room/XOFV0n8Az2yX)
          "lobby" (arn:aws:ivschat:us-east-1:123456789012:room/1rqOLnsUJjR4)""");
  }

  @Test
  void should_fail_when_the_logging_configuration_count_differs() {
    expectFailure(() -> assertThat(fake).hasLoggingConfigurationCount(1), """

        Expecting actual:
          FakeAmazonivschat[us-east-1, 123456789012]
        to hold 1 logging configuration(s)
        but it holds 0:
          no logging configurations""");
  }

  @Test
  void should_fail_when_no_room_has_the_arn_listing_the_rooms() {
    expectFailure(() -> assertThat(fake).hasRoom(MISSING), """

        Expecting actual:
          FakeAmazonivschat[us-east-1, 123456789012]
        to hold a room with ARN:
          "arn:aws:ivschat:us-east-1:123456789012:room/AbCdEfGhIjKl"
        but it holds:
          "stage" (arn:aws:ivschat:us-east-1:123456789012:room/XOFV0n8Az2yX)
          "lobby" (arn:aws:ivschat:us-east-1:123456789012:room/1rqOLnsUJjR4)""");
  }

  @Test
  void should_fail_when_no_room_has_the_name() {
    expectFailure(() -> assertThat(fake()).hasRoomNamed("lobby"), """

        Expecting actual:
          FakeAmazonivschat[us-east-1, 123456789012]
        to hold a room with name:
          "lobby"
        but it holds:
          no rooms""");
  }

  @Test
  void should_pass_when_navigating_to_a_room_by_arn_or_name() {
    assertThat(fake).room(STAGE).hasName("stage");
    assertThat(fake).roomNamed("lobby").hasArn(LOBBY).hasMaximumMessageLength(200);
  }

  @Test
  void should_fail_when_navigating_to_a_missing_room() {
    expectFailure(() -> assertThat(fake).room(MISSING), """

        Expecting actual:
          FakeAmazonivschat[us-east-1, 123456789012]
        to hold a room with ARN:
          "arn:aws:ivschat:us-east-1:123456789012:room/AbCdEfGhIjKl"
        but it holds:
          "stage" (arn:aws:ivschat:us-east-1:123456789012:room/XOFV0n8Az2yX)
          "lobby" (arn:aws:ivschat:us-east-1:123456789012:room/1rqOLnsUJjR4)""");
  }

  @Test
  void should_fail_when_navigating_to_a_name_several_rooms_share() {
    fake.createRoom(new CreateRoomRequest().withName("stage"));

    expectFailure(() -> assertThat(fake).roomNamed("stage"), """

        Expecting actual:
          FakeAmazonivschat[us-east-1, 123456789012]
        to hold exactly one room named:
          "stage"
        but it holds 2:
          "stage" (arn:aws:ivschat:us-east-1:123456789012:room/mxx6g8nP27Mv)
          "stage" (arn:aws:ivschat:us-east-1:123456789012:room/XOFV0n8Az2yX)""");
  }

  @Test
  void should_fail_with_the_fake_description_on_the_navigated_assert() {
    expectFailure(() -> assertThat(fake).as("after setup").roomNamed("lobby").hasName("hall"), """
        [after setup]\s
        Expecting actual:
          "lobby" (arn:aws:ivschat:us-east-1:123456789012:room/1rqOLnsUJjR4)
        to have name:
          "hall"
        but had:
          "lobby\"""");
  }

  @Test
  void should_pass_when_navigating_to_sent_events_and_calls() {
    FakeAmazonivschat withEvents = fakeWithEvents();

    assertThat(withEvents).sentEvents().hasSize(3);
    assertThat(withEvents).sentEvents(LOBBY).containsEventNamed("app:welcome");
    assertThat(withEvents).sentEvents(STAGE).isEmpty();
    assertThat(withEvents).calls().hasCallCount(Operation.CREATE_ROOM, 2);
  }

  @Test
  void should_fail_when_a_room_has_no_event_naming_the_room_in_the_message() {
    expectFailure(() -> assertThat(fakeWithEvents()).sentEvents(STAGE)
        .containsEventNamed("app:welcome"), """

        Expecting actual:
          no events sent to arn:aws:ivschat:us-east-1:123456789012:room/XOFV0n8Az2yX
        to contain an event named "app:welcome"
        but none matched""");
  }

  @Test
  void should_fail_when_the_fake_is_null() {
    expectFailure(() -> assertThat((IvsChatControl) null).hasRoomCount(0), """

        Expecting actual not to be null""");
    expectFailure(() -> assertThat((IvsChatControl) null).room(LOBBY), """

        Expecting actual not to be null""");
  }
}
