package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.internal.ShouldHaveProperty.none;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveProperty.shouldHaveProperty;
import static org.assertj.core.error.ShouldNotBeNull.shouldNotBeNull;

import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.assertj.internal.Render;
import java.time.Instant;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.MapAssert;

/**
 * Assertions on one {@link SentEvent}: its name, room, attributes (and the {@code Reason} the
 * service's own events carry) and send time.
 *
 * <pre>{@code
 * assertThat(fake).sentEvents().deletedMessage("msg-1").hasReason("spam");
 * }</pre>
 */
public class SentEventAssert extends AbstractAssert<SentEventAssert, SentEvent> {
  private static final String REASON = "Reason";

  private Navigation navigation = Navigation.HARD;

  /**
   * An assert on an event.
   *
   * @param actual the event
   */
  public SentEventAssert(SentEvent actual) {
    super(actual, SentEventAssert.class);
  }

  /**
   * Verifies that the actual value is not null.
   *
   * @return this assertion object
   * @throws AssertionError if it is null
   */
  @Override
  public SentEventAssert isNotNull() {
    if (actual == null) {
      throwAssertionError(shouldNotBeNull());
    }
    return myself;
  }

  SentEventAssert navigation(Navigation navigation) {
    this.navigation = navigation;
    return this;
  }

  /**
   * Verifies the event's name.
   *
   * @param expected the expected name
   * @return this assertion object
   * @throws AssertionError if the name differs
   */
  public SentEventAssert hasName(String expected) {
    isNotNull();
    return has("eventName", expected, actual.eventName());
  }

  /**
   * Verifies the room the event was sent to.
   *
   * @param roomArn the expected room ARN
   * @return this assertion object
   * @throws AssertionError if it went to another room
   */
  public SentEventAssert wasSentTo(String roomArn) {
    isNotNull();
    return has("roomArn", roomArn, actual.roomArn());
  }

  /**
   * Verifies when the event was sent, on the fake's clock.
   *
   * @param expected the expected instant
   * @return this assertion object
   * @throws AssertionError if it was sent at another time
   */
  public SentEventAssert wasSentAt(Instant expected) {
    isNotNull();
    return has("sendTime", expected, actual.sendTime());
  }

  /**
   * Verifies one attribute of the event.
   *
   * @param key the attribute key
   * @param value the expected value
   * @return this assertion object
   * @throws AssertionError if the attribute is missing or has another value
   */
  public SentEventAssert hasAttribute(String key, String value) {
    isNotNull();
    return has("attribute \"" + key + "\"", value, valueOf(key));
  }

  /**
   * Verifies that the event does not have an attribute.
   *
   * @param key the attribute key
   * @return this assertion object
   * @throws AssertionError if it has it
   */
  public SentEventAssert hasNoAttribute(String key) {
    isNotNull();
    if (actual.attribute(key) != null) {
      throwAssertionError(shouldHaveProperty(Render.event(actual), "attribute \"" + key + "\"",
          none(), actual.attribute(key)));
    }
    return myself;
  }

  /**
   * Verifies the {@code Reason} attribute, which {@code DeleteMessage} and {@code DisconnectUser}
   * set when given a reason.
   *
   * @param expected the expected reason
   * @return this assertion object
   * @throws AssertionError if there is no reason, or another
   */
  public SentEventAssert hasReason(String expected) {
    return hasAttribute(REASON, expected);
  }

  /**
   * Verifies that the event has no {@code Reason} attribute.
   *
   * @return this assertion object
   * @throws AssertionError if it has one
   */
  public SentEventAssert hasNoReason() {
    return hasNoAttribute(REASON);
  }

  /**
   * Navigates to the event's attributes, for AssertJ's map assertions.
   *
   * @return an assert on the attributes
   */
  public MapAssert<String, String> attributes() {
    if (actual == null) {
      navigation.fail(assertionError(shouldNotBeNull()));
    }
    return navigation.map(actual == null ? null : actual.attributes(), this);
  }

  private Object valueOf(String key) {
    String value = actual.attribute(key);
    return value == null ? none() : value;
  }

  private SentEventAssert has(String property, Object expected, Object had) {
    if (!Objects.equals(expected, had)) {
      throwAssertionError(shouldHaveProperty(Render.event(actual), property, expected, had));
    }
    return myself;
  }
}
