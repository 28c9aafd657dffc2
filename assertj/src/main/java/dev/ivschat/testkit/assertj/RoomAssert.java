package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.internal.ShouldHaveProperty.none;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveProperty.shouldHaveProperty;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveProperty.unquoted;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveTags.shouldHaveNoTags;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveTags.shouldHaveTags;
import static org.assertj.core.error.ShouldNotBeNull.shouldNotBeNull;

import dev.ivschat.testkit.ReviewHandler;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.assertj.internal.Render;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.MapAssert;

/**
 * Assertions on a {@link Room}: its name, limits, review handler, tags, logging configurations and
 * times.
 *
 * <pre>{@code
 * assertThat(fake).room(arn)
 *     .hasName("lobby")
 *     .hasMaximumMessageLength(200)
 *     .hasReviewHandlerUri(lambdaArn)
 *     .hasTag("team", "chat");
 * }</pre>
 */
public class RoomAssert extends AbstractAssert<RoomAssert, Room> {
  private Navigation navigation = Navigation.HARD;

  /**
   * An assert on a room.
   *
   * @param actual the room
   */
  public RoomAssert(Room actual) {
    super(actual, RoomAssert.class);
  }

  /**
   * Verifies that the actual value is not null.
   *
   * @return this assertion object
   * @throws AssertionError if it is null
   */
  @Override
  public RoomAssert isNotNull() {
    if (actual == null) {
      throwAssertionError(shouldNotBeNull());
    }
    return myself;
  }

  RoomAssert navigation(Navigation navigation) {
    this.navigation = navigation;
    return this;
  }

  /**
   * Verifies the room's ARN.
   *
   * @param expected the expected ARN
   * @return this assertion object
   * @throws AssertionError if the ARN differs
   */
  public RoomAssert hasArn(String expected) {
    return has("arn", expected, actualOrNull(Room::arn));
  }

  /**
   * Verifies the room's name ({@code ""} for a room created without one).
   *
   * @param expected the expected name
   * @return this assertion object
   * @throws AssertionError if the name differs
   */
  public RoomAssert hasName(String expected) {
    return has("name", expected, actualOrNull(Room::name));
  }

  /**
   * Verifies the room's {@code maximumMessageRatePerSecond}.
   *
   * @param expected the expected rate
   * @return this assertion object
   * @throws AssertionError if the rate differs
   */
  public RoomAssert hasMaximumMessageRatePerSecond(int expected) {
    return has("maximumMessageRatePerSecond", expected,
        actualOrNull(Room::maximumMessageRatePerSecond));
  }

  /**
   * Verifies the room's {@code maximumMessageLength}.
   *
   * @param expected the expected length
   * @return this assertion object
   * @throws AssertionError if the length differs
   */
  public RoomAssert hasMaximumMessageLength(int expected) {
    return has("maximumMessageLength", expected, actualOrNull(Room::maximumMessageLength));
  }

  /**
   * Verifies that the room has a message review handler with this URI (a Lambda ARN).
   *
   * @param expected the expected URI
   * @return this assertion object
   * @throws AssertionError if the room has no handler, or one with another URI
   */
  public RoomAssert hasReviewHandlerUri(String expected) {
    isNotNull();
    Object had = actual.messageReviewHandler().<Object>map(ReviewHandler::uri).orElse(none());
    return has("review handler URI", expected, had);
  }

  /**
   * Verifies the fallback result of the room's review handler.
   *
   * @param expected {@code "ALLOW"} or {@code "DENY"}
   * @return this assertion object
   * @throws AssertionError if the room has no handler, or one with another fallback
   */
  public RoomAssert hasReviewHandlerFallbackResult(String expected) {
    isNotNull();
    Object had = actual.messageReviewHandler().<Object>map(ReviewHandler::fallbackResult)
        .orElse(none());
    return has("review handler fallback result", expected, had);
  }

  /**
   * Verifies that the room has no message review handler.
   *
   * @return this assertion object
   * @throws AssertionError if it has one
   */
  public RoomAssert hasNoReviewHandler() {
    isNotNull();
    actual.messageReviewHandler().ifPresent(h -> throwAssertionError(shouldHaveProperty(
        Render.room(actual), "review handler", none(),
        unquoted(h.uri() + " (fallback " + h.fallbackResult() + ")"))));
    return myself;
  }

  /**
   * Verifies that the room has this tag.
   *
   * @param key the tag key
   * @param value the tag value
   * @return this assertion object
   * @throws AssertionError if the tag is missing or has another value; the message shows the tags
   */
  public RoomAssert hasTag(String key, String value) {
    return hasTags(Map.of(key, value));
  }

  /**
   * Verifies that the room has all these tags (and maybe others).
   *
   * @param expected the expected tags
   * @return this assertion object
   * @throws AssertionError if one is missing or has another value; the message shows the tags
   */
  public RoomAssert hasTags(Map<String, String> expected) {
    isNotNull();
    boolean all = expected.entrySet().stream()
        .allMatch(e -> Objects.equals(actual.tags().get(e.getKey()), e.getValue()));
    if (!all) {
      throwAssertionError(shouldHaveTags(Render.room(actual), expected, actual.tags()));
    }
    return myself;
  }

  /**
   * Verifies that the room has no tags.
   *
   * @return this assertion object
   * @throws AssertionError if it has some
   */
  public RoomAssert hasNoTags() {
    isNotNull();
    if (!actual.tags().isEmpty()) {
      throwAssertionError(shouldHaveNoTags(Render.room(actual), actual.tags()));
    }
    return myself;
  }

  /**
   * Navigates to the room's tags, for AssertJ's map assertions.
   *
   * @return an assert on the tags
   */
  public MapAssert<String, String> tags() {
    return navigation.map(actual == null ? reportNull() : actual.tags(), this);
  }

  /**
   * Verifies that exactly these logging configurations are attached to the room, in any order.
   *
   * @param arns the logging configuration ARNs
   * @return this assertion object
   * @throws AssertionError if others are attached
   */
  public RoomAssert hasLoggingConfigurations(String... arns) {
    isNotNull();
    List<String> attached = actual.loggingConfigurationIdentifiers();
    if (attached.size() != arns.length || !new HashSet<>(attached).equals(new HashSet<>(List.of(arns)))) {
      throwAssertionError(shouldHaveProperty(Render.room(actual), "logging configurations",
          List.of(arns), attached));
    }
    return myself;
  }

  /**
   * Verifies that no logging configuration is attached to the room.
   *
   * @return this assertion object
   * @throws AssertionError if some are
   */
  public RoomAssert hasNoLoggingConfigurations() {
    return hasLoggingConfigurations();
  }

  /**
   * Navigates to the ARNs of the logging configurations attached to the room.
   *
   * @return an assert on the ARNs
   */
  public ListAssert<String> loggingConfigurations() {
    return navigation.list(
        actual == null ? reportNull() : actual.loggingConfigurationIdentifiers(), this);
  }

  /**
   * Verifies when the room was created, on the fake's clock.
   *
   * @param expected the expected instant
   * @return this assertion object
   * @throws AssertionError if it was created at another time
   */
  public RoomAssert hasCreateTime(Instant expected) {
    return has("createTime", expected, actualOrNull(Room::createTime));
  }

  /**
   * Verifies when the room was last updated, on the fake's clock.
   *
   * @param expected the expected instant
   * @return this assertion object
   * @throws AssertionError if it was updated at another time
   */
  public RoomAssert hasUpdateTime(Instant expected) {
    return has("updateTime", expected, actualOrNull(Room::updateTime));
  }

  private RoomAssert has(String property, Object expected, Object had) {
    isNotNull();
    if (!Objects.equals(expected, had)) {
      throwAssertionError(shouldHaveProperty(Render.room(actual), property, expected, had));
    }
    return myself;
  }

  private Object actualOrNull(Function<Room, Object> property) {
    return actual == null ? null : property.apply(actual);
  }

  private <T> T reportNull() {
    navigation.fail(assertionError(shouldNotBeNull()));
    return null;
  }
}
