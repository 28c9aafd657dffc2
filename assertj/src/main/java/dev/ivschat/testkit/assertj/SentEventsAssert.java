package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.internal.ShouldContainEvent.shouldContainEvent;
import static dev.ivschat.testkit.assertj.internal.ShouldContainEventNames.shouldContainEventNamesInOrder;
import static dev.ivschat.testkit.assertj.internal.ShouldContainEventNames.shouldContainExactlyEventNames;
import static dev.ivschat.testkit.assertj.internal.ShouldNotContainEvent.shouldNotContainEvent;
import static org.assertj.core.error.ShouldNotBeNull.shouldNotBeNull;

import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.assertj.internal.EventPattern;
import dev.ivschat.testkit.assertj.internal.Render;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.AbstractListAssert;

/**
 * Assertions on the events sent to rooms, oldest first: a list assert (all of AssertJ's list
 * assertions apply) with filters by room, name and attribute, and checks for the two events the
 * service sends itself.
 *
 * <pre>{@code
 * assertThat(fake).sentEvents()
 *     .inRoom(roomArn)
 *     .containsEventNamesInOrder("app:welcome", SentEvent.DISCONNECT_USER)
 *     .disconnectedUser("user-1", "spam");
 * }</pre>
 *
 * <p>When an expected event is missing, the failure message lists the events that were sent (to
 * the room the assert was filtered on).
 */
public class SentEventsAssert
    extends AbstractListAssert<SentEventsAssert, List<SentEvent>, SentEvent, SentEventAssert> {
  private static final String MESSAGE_ID = "MessageId";
  private static final String USER_ID = "UserId";
  private static final String REASON = "Reason";

  private Navigation navigation = Navigation.HARD;
  private String scope = "";

  /**
   * An assert on sent events.
   *
   * @param actual the events, oldest first
   */
  public SentEventsAssert(List<SentEvent> actual) {
    super(actual, SentEventsAssert.class);
  }

  /**
   * Verifies that the actual value is not null.
   *
   * @return this assertion object
   * @throws AssertionError if it is null
   */
  @Override
  public SentEventsAssert isNotNull() {
    if (actual == null) {
      throwAssertionError(shouldNotBeNull());
    }
    return myself;
  }

  SentEventsAssert navigation(Navigation navigation) {
    this.navigation = navigation;
    return this;
  }

  SentEventsAssert scope(String scope) {
    this.scope = scope;
    return this;
  }

  /**
   * Keeps only the events sent to one room.
   *
   * @param roomArn the room ARN
   * @return an assert on those events
   */
  @CheckReturnValue
  public SentEventsAssert inRoom(String roomArn) {
    return filtered(e -> e.roomArn().equals(roomArn), "sent to " + roomArn);
  }

  /**
   * Keeps only the events with this name.
   *
   * @param eventName the event name
   * @return an assert on those events
   */
  @CheckReturnValue
  public SentEventsAssert named(String eventName) {
    return filtered(e -> e.eventName().equals(eventName), "named \"" + eventName + "\"");
  }

  /**
   * Keeps only the events that have this attribute.
   *
   * @param key the attribute key
   * @param value the attribute value
   * @return an assert on those events
   */
  @CheckReturnValue
  public SentEventsAssert havingAttribute(String key, String value) {
    return filtered(EventPattern.withAttribute(key, value)::matches,
        "with " + key + "=\"" + value + "\"");
  }

  /**
   * Verifies that an event with this name was sent.
   *
   * @param eventName the event name
   * @return this assertion object
   * @throws AssertionError if none was; the message lists the events
   */
  public SentEventsAssert containsEventNamed(String eventName) {
    return contains(EventPattern.named(eventName));
  }

  /**
   * Verifies that no event with this name was sent.
   *
   * @param eventName the event name
   * @return this assertion object
   * @throws AssertionError if one was; the message lists the events
   */
  public SentEventsAssert doesNotContainEventNamed(String eventName) {
    isNotNull();
    EventPattern unexpected = EventPattern.named(eventName);
    List<SentEvent> found = actual.stream().filter(unexpected::matches).toList();
    if (!found.isEmpty()) {
      throwAssertionError(shouldNotContainEvent(describeEvents(), unexpected, found));
    }
    return myself;
  }

  /**
   * Verifies that an event with this name and (at least) these attributes was sent.
   *
   * @param eventName the event name
   * @param attributes attributes the event must have
   * @return this assertion object
   * @throws AssertionError if none was; the message lists the events
   */
  public SentEventsAssert containsEvent(String eventName, Map<String, String> attributes) {
    return contains(new EventPattern(eventName, attributes));
  }

  /**
   * Verifies that some event has this attribute.
   *
   * @param key the attribute key
   * @param value the attribute value
   * @return this assertion object
   * @throws AssertionError if none has; the message lists the events
   */
  public SentEventsAssert hasAttribute(String key, String value) {
    return contains(EventPattern.withAttribute(key, value));
  }

  /**
   * Verifies that events with these names were sent in this order, maybe with others between them.
   *
   * @param eventNames the names, in order
   * @return this assertion object
   * @throws AssertionError if they were not; the message lists the events
   */
  public SentEventsAssert containsEventNamesInOrder(String... eventNames) {
    isNotNull();
    List<String> names = names();
    int next = 0;
    for (String name : names) {
      if (next < eventNames.length && name.equals(eventNames[next])) {
        next++;
      }
    }
    if (next < eventNames.length) {
      throwAssertionError(
          shouldContainEventNamesInOrder(describeEvents(), List.of(eventNames), names));
    }
    return myself;
  }

  /**
   * Verifies that exactly these events were sent, in this order, by name.
   *
   * @param eventNames the names, in order
   * @return this assertion object
   * @throws AssertionError if others were; the message lists the events
   */
  public SentEventsAssert containsExactlyEventNames(String... eventNames) {
    isNotNull();
    if (!names().equals(List.of(eventNames))) {
      throwAssertionError(
          shouldContainExactlyEventNames(describeEvents(), List.of(eventNames), names()));
    }
    return myself;
  }

  /**
   * Verifies that {@code DeleteMessage} sent {@code aws:DELETE_MESSAGE} for this message, and
   * navigates to that event (the first one, if there are several).
   *
   * @param messageId the id of the deleted message
   * @return an assert on the event
   * @throws AssertionError if there is none; the message lists the events (in soft mode the error
   *     is collected and the returned assert is on null)
   */
  public SentEventAssert deletedMessage(String messageId) {
    return find(EventPattern.named(SentEvent.DELETE_MESSAGE).and(MESSAGE_ID, messageId));
  }

  /**
   * Verifies that {@code DeleteMessage} sent {@code aws:DELETE_MESSAGE} for this message with this
   * reason.
   *
   * @param messageId the id of the deleted message
   * @param reason the reason
   * @return this assertion object
   * @throws AssertionError if there is none; the message lists the events
   */
  public SentEventsAssert deletedMessage(String messageId, String reason) {
    return contains(
        EventPattern.named(SentEvent.DELETE_MESSAGE).and(MESSAGE_ID, messageId).and(REASON, reason));
  }

  /**
   * Verifies that {@code DisconnectUser} sent {@code aws:DISCONNECT_USER} for this user, and
   * navigates to that event (the first one, if there are several).
   *
   * @param userId the id of the disconnected user
   * @return an assert on the event
   * @throws AssertionError if there is none; the message lists the events (in soft mode the error
   *     is collected and the returned assert is on null)
   */
  public SentEventAssert disconnectedUser(String userId) {
    return find(EventPattern.named(SentEvent.DISCONNECT_USER).and(USER_ID, userId));
  }

  /**
   * Verifies that {@code DisconnectUser} sent {@code aws:DISCONNECT_USER} for this user with this
   * reason.
   *
   * @param userId the id of the disconnected user
   * @param reason the reason
   * @return this assertion object
   * @throws AssertionError if there is none; the message lists the events
   */
  public SentEventsAssert disconnectedUser(String userId, String reason) {
    return contains(
        EventPattern.named(SentEvent.DISCONNECT_USER).and(USER_ID, userId).and(REASON, reason));
  }

  /**
   * The description of an element navigated to with {@code first()}, {@code element(i)}, ...: the
   * same in soft mode as in hard mode.
   *
   * @param propertyName what was navigated to
   * @return the description
   */
  @Override
  protected String navigationDescription(String propertyName) {
    String text = descriptionText();
    return (text == null || text.isEmpty() ? "SentEvents" : text) + " " + propertyName;
  }

  @Override
  protected SentEventAssert toAssert(SentEvent value, String description) {
    return openEvent(value).as(description);
  }

  @Override
  protected SentEventsAssert newAbstractIterableAssert(Iterable<? extends SentEvent> iterable) {
    List<SentEvent> events = new ArrayList<>();
    iterable.forEach(events::add);
    return new SentEventsAssert(events).navigation(navigation).scope(scope);
  }

  private SentEventsAssert contains(EventPattern expected) {
    isNotNull();
    if (actual.stream().noneMatch(expected::matches)) {
      throwAssertionError(shouldContainEvent(describeEvents(), expected));
    }
    return myself;
  }

  private SentEventAssert find(EventPattern expected) {
    Optional<SentEvent> found = actual == null ? Optional.empty()
        : actual.stream().filter(expected::matches).findFirst();
    if (actual == null) {
      navigation.fail(assertionError(shouldNotBeNull()));
    } else if (found.isEmpty()) {
      navigation.fail(assertionError(shouldContainEvent(describeEvents(), expected)));
    }
    return openEvent(found.orElse(null));
  }

  private SentEventsAssert filtered(Predicate<SentEvent> keep, String label) {
    if (actual == null) {
      navigation.fail(assertionError(shouldNotBeNull()));
    }
    List<SentEvent> kept = actual == null ? null : actual.stream().filter(keep).toList();
    String narrower = scope.isEmpty() ? label : scope + ", " + label;
    return navigation.open(SentEventsAssert.class, List.class, kept,
        () -> new SentEventsAssert(kept), this).navigation(navigation).scope(narrower);
  }

  private SentEventAssert openEvent(SentEvent event) {
    return navigation.open(SentEventAssert.class, SentEvent.class, event,
        () -> new SentEventAssert(event), this).navigation(navigation);
  }

  private List<String> names() {
    return actual.stream().map(SentEvent::eventName).toList();
  }

  private String describeEvents() {
    if (actual.isEmpty()) {
      return scope.isEmpty() ? "no events" : "no events " + scope;
    }
    return Render.events(actual);
  }
}
