package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.Fixtures.LOBBY;
import static dev.ivschat.testkit.assertj.Fixtures.START;
import static dev.ivschat.testkit.assertj.Fixtures.expectFailure;
import static dev.ivschat.testkit.assertj.Fixtures.fake;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;

import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DestinationConfiguration;
import com.amazonaws.services.ivschat.model.MessageReviewHandler;
import com.amazonaws.services.ivschat.model.S3DestinationConfiguration;
import com.amazonaws.services.ivschat.model.UpdateRoomRequest;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoomAssertTest {
  private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:review";

  private final FakeAmazonivschat fake = fake();
  private final String logs = fake.createLoggingConfiguration(
      new CreateLoggingConfigurationRequest().withName("logs").withDestinationConfiguration(
          new DestinationConfiguration()
              .withS3(new S3DestinationConfiguration().withBucketName("chat-logs")))).getArn();
  private final String reviewed = fake.createRoom(new CreateRoomRequest().withName("reviewed")
      .withMaximumMessageRatePerSecond(5).withMaximumMessageLength(200)
      .withMessageReviewHandler(new MessageReviewHandler().withUri(LAMBDA).withFallbackResult("DENY"))
      .addTagsEntry("team", "chat").addTagsEntry("env", "test")
      .withLoggingConfigurationIdentifiers(logs)).getArn();
  private final String plain = fake.createRoom(new CreateRoomRequest()).getArn();

  private Room room(String arn) {
    return fake.room(arn).orElseThrow();
  }

  @Test
  void should_pass_when_the_room_has_the_expected_properties() {
    assertThat(room(reviewed))
        .hasArn(reviewed)
        .hasName("reviewed")
        .hasMaximumMessageRatePerSecond(5)
        .hasMaximumMessageLength(200)
        .hasReviewHandlerUri(LAMBDA)
        .hasReviewHandlerFallbackResult("DENY")
        .hasTag("team", "chat")
        .hasTags(Map.of("team", "chat", "env", "test"))
        .hasLoggingConfigurations(logs)
        .hasCreateTime(START)
        .hasUpdateTime(START);
  }

  @Test
  void should_pass_when_the_room_has_the_defaults() {
    assertThat(room(plain))
        .hasName("")
        .hasMaximumMessageRatePerSecond(Room.DEFAULT_MAXIMUM_MESSAGE_RATE_PER_SECOND)
        .hasMaximumMessageLength(Room.DEFAULT_MAXIMUM_MESSAGE_LENGTH)
        .hasNoReviewHandler()
        .hasNoTags()
        .hasNoLoggingConfigurations();
  }

  @Test
  void should_pass_when_using_assertj_map_and_list_assertions_on_tags_and_logging() {
    assertThat(room(reviewed)).tags().containsEntry("env", "test").hasSize(2);
    assertThat(room(reviewed)).loggingConfigurations().containsExactly(logs);
  }

  @Test
  void should_pass_when_the_update_time_moved_with_the_clock() {
    Instant later = fake.clock().advance(Duration.ofMinutes(5));
    fake.updateRoom(new UpdateRoomRequest().withIdentifier(plain).withName("renamed"));

    assertThat(fake).room(plain).hasName("renamed").hasCreateTime(START).hasUpdateTime(later);
  }

  @Test
  void should_fail_when_the_name_differs() {
    expectFailure(() -> assertThat(room(reviewed)).hasName("lobby"), """

        Expecting actual:
          "reviewed" (%s)
        to have name:
          "lobby"
        but had:
          "reviewed\"""".formatted(reviewed));
  }

  @Test
  void should_fail_when_a_limit_differs() {
    expectFailure(() -> assertThat(room(plain)).hasMaximumMessageRatePerSecond(5), """

        Expecting actual:
          "" (%s)
        to have maximumMessageRatePerSecond:
          5
        but had:
          10""".formatted(plain));
    expectFailure(() -> assertThat(room(plain)).hasMaximumMessageLength(200), """

        Expecting actual:
          "" (%s)
        to have maximumMessageLength:
          200
        but had:
          500""".formatted(plain));
  }

  @Test
  void should_fail_when_the_room_has_no_review_handler() {
    expectFailure(() -> assertThat(room(plain)).hasReviewHandlerUri(LAMBDA), """

        Expecting actual:
          "" (%s)
        to have review handler URI:
          "arn:aws:lambda:us-east-1:123456789012:function:review"
        but had:
          none""".formatted(plain));
  }

  @Test
  void should_fail_when_the_fallback_result_differs() {
    expectFailure(() -> assertThat(room(reviewed)).hasReviewHandlerFallbackResult("ALLOW"), """

        Expecting actual:
          "reviewed" (%s)
        to have review handler fallback result:
          "ALLOW"
        but had:
          "DENY\"""".formatted(reviewed));
  }

  @Test
  void should_fail_when_a_review_handler_was_not_expected() {
    expectFailure(() -> assertThat(room(reviewed)).hasNoReviewHandler(), """

        Expecting actual:
          "reviewed" (%s)
        to have review handler:
          none
        but had:
          arn:aws:lambda:us-east-1:123456789012:function:review (fallback DENY)"""
        .formatted(reviewed));
  }

  @Test
  void should_fail_when_a_tag_is_missing_showing_the_tags() {
    expectFailure(() -> assertThat(room(reviewed)).hasTag("team", "ops"), """

        Expecting actual:
          "reviewed" (%s)
        to have the tag:
          {team="ops"}
        but its tags are:
          {env="test", team="chat"}""".formatted(reviewed));
  }

  @Test
  void should_fail_when_some_of_the_tags_are_missing() {
    expectFailure(() -> assertThat(room(plain)).hasTags(Map.of("a", "1", "b", "2")), """

        Expecting actual:
          "" (%s)
        to have the tags:
          {a="1", b="2"}
        but its tags are:
          {}""".formatted(plain));
  }

  @Test
  void should_fail_when_tags_were_not_expected() {
    expectFailure(() -> assertThat(room(reviewed)).hasNoTags(), """

        Expecting actual:
          "reviewed" (%s)
        to have no tags
        but its tags are:
          {env="test", team="chat"}""".formatted(reviewed));
  }

  @Test
  void should_fail_when_the_tags_map_assertion_fails() {
    expectFailure(() -> assertThat(room(plain)).as("tags").tags().containsKey("team"), """
        [tags]\s
        Expecting actual:
          {}
        to contain key:
          "team\"""");
  }

  @Test
  void should_fail_when_other_logging_configurations_are_attached() {
    expectFailure(() -> assertThat(room(reviewed)).hasNoLoggingConfigurations(), """

        Expecting actual:
          "reviewed" (%s)
        to have logging configurations:
          []
        but had:
          ["%s"]""".formatted(reviewed, logs));
  }

  @Test
  void should_fail_when_a_time_differs() {
    Instant later = START.plusSeconds(60);
    expectFailure(() -> assertThat(room(reviewed)).hasCreateTime(later), """

        Expecting actual:
          "reviewed" (%s)
        to have createTime:
          2025-01-01T00:01:00Z
        but had:
          2025-01-01T00:00:00Z""".formatted(reviewed));
    expectFailure(() -> assertThat(room(reviewed)).hasUpdateTime(later), """

        Expecting actual:
          "reviewed" (%s)
        to have updateTime:
          2025-01-01T00:01:00Z
        but had:
          2025-01-01T00:00:00Z""".formatted(reviewed));
  }

  @Test
  void should_fail_when_the_room_is_null() {
    expectFailure(() -> assertThat((Room) null).hasName("lobby"), """

        Expecting actual not to be null""");
  }

  @Test
  void should_pass_when_reached_from_the_fake() {
    FakeAmazonivschat lobby = Fixtures.fakeWithRooms();
    assertThat(lobby).room(LOBBY).hasName("lobby").hasTag("team", "chat");
  }
}
