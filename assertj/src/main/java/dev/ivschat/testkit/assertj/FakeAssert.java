package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.internal.ShouldHaveOneRoomNamed.shouldHaveOneRoomNamed;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveResourceCount.shouldHaveLoggingConfigurationCount;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveResourceCount.shouldHaveRoomCount;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveRoom.shouldHaveRoomNamed;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveRoom.shouldHaveRoomWithArn;
import static org.assertj.core.error.ShouldNotBeNull.shouldNotBeNull;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.ChatLogRecord;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the fake as a whole (any {@link IvsChatControl}: the v1 {@code FakeAmazonivschat},
 * the v2 {@code FakeIvschatClient}, their async variants, or the {@link dev.ivschat.testkit.IvsChat}
 * handle): the rooms and logging configurations it holds, and navigation to a room, the sent events
 * and the call journal. Failure messages show the fake as its {@code toString()} reads.
 *
 * <pre>{@code
 * assertThat(fake).hasRoomCount(1)
 *     .roomNamed("lobby").hasMaximumMessageLength(200);
 * assertThat(fake).sentEvents(roomArn).deletedMessage("msg-1").hasReason("spam");
 * }</pre>
 */
public class FakeAssert extends AbstractAssert<FakeAssert, IvsChatControl> {
  private Navigation navigation = Navigation.HARD;

  /**
   * An assert on the fake.
   *
   * @param actual the fake
   */
  public FakeAssert(IvsChatControl actual) {
    super(actual, FakeAssert.class);
  }

  /**
   * Verifies that the actual value is not null.
   *
   * @return this assertion object
   * @throws AssertionError if it is null
   */
  @Override
  public FakeAssert isNotNull() {
    if (actual == null) {
      throwAssertionError(shouldNotBeNull());
    }
    return myself;
  }

  FakeAssert navigation(Navigation navigation) {
    this.navigation = navigation;
    return this;
  }

  /**
   * Verifies that the fake holds this many rooms.
   *
   * @param expected the expected number of rooms
   * @return this assertion object
   * @throws AssertionError if it holds another number; the message lists the rooms
   */
  public FakeAssert hasRoomCount(int expected) {
    isNotNull();
    if (actual.rooms().size() != expected) {
      throwAssertionError(shouldHaveRoomCount(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies that the fake holds no room.
   *
   * @return this assertion object
   * @throws AssertionError if it holds some; the message lists them
   */
  public FakeAssert hasNoRooms() {
    return hasRoomCount(0);
  }

  /**
   * Verifies that the fake holds this many logging configurations.
   *
   * @param expected the expected number
   * @return this assertion object
   * @throws AssertionError if it holds another number; the message lists them
   */
  public FakeAssert hasLoggingConfigurationCount(int expected) {
    isNotNull();
    if (actual.loggingConfigurations().size() != expected) {
      throwAssertionError(shouldHaveLoggingConfigurationCount(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies that the fake holds no logging configuration.
   *
   * @return this assertion object
   * @throws AssertionError if it holds some; the message lists them
   */
  public FakeAssert hasNoLoggingConfigurations() {
    return hasLoggingConfigurationCount(0);
  }

  /**
   * Verifies that the fake holds a room with this ARN.
   *
   * @param arn the room ARN
   * @return this assertion object
   * @throws AssertionError if there is none; the message lists the rooms
   */
  public FakeAssert hasRoom(String arn) {
    isNotNull();
    if (actual.room(arn).isEmpty()) {
      throwAssertionError(shouldHaveRoomWithArn(actual, arn));
    }
    return myself;
  }

  /**
   * Verifies that the fake holds at least one room with this name.
   *
   * @param name the room name
   * @return this assertion object
   * @throws AssertionError if there is none; the message lists the rooms
   */
  public FakeAssert hasRoomNamed(String name) {
    isNotNull();
    if (roomsNamed(name).isEmpty()) {
      throwAssertionError(shouldHaveRoomNamed(actual, name));
    }
    return myself;
  }

  /**
   * Verifies that the fake holds a room with this ARN and navigates to it.
   *
   * @param arn the room ARN
   * @return an assert on the room
   * @throws AssertionError if there is none; the message lists the rooms (in soft mode the error is
   *     collected and the returned assert is on null)
   */
  public RoomAssert room(String arn) {
    Room room = actual == null ? null : actual.room(arn).orElse(null);
    if (actual == null) {
      navigation.fail(assertionError(shouldNotBeNull()));
    } else if (room == null) {
      navigation.fail(assertionError(shouldHaveRoomWithArn(actual, arn)));
    }
    return openRoom(room);
  }

  /**
   * Verifies that the fake holds exactly one room with this name and navigates to it.
   *
   * @param name the room name
   * @return an assert on the room
   * @throws AssertionError if there is none, or several; the message lists the rooms (in soft mode
   *     the error is collected and the returned assert is on null)
   */
  public RoomAssert roomNamed(String name) {
    List<Room> rooms = actual == null ? List.of() : roomsNamed(name);
    if (actual == null) {
      navigation.fail(assertionError(shouldNotBeNull()));
    } else if (rooms.isEmpty()) {
      navigation.fail(assertionError(shouldHaveRoomNamed(actual, name)));
    } else if (rooms.size() > 1) {
      navigation.fail(assertionError(shouldHaveOneRoomNamed(actual, name, rooms)));
    }
    return openRoom(rooms.size() == 1 ? rooms.get(0) : null);
  }

  /**
   * Navigates to every event sent to any room, oldest first.
   *
   * @return an assert on the events
   */
  public SentEventsAssert sentEvents() {
    return openEvents(actual == null ? null : actual.sentEvents(), "");
  }

  /**
   * Navigates to the events sent to one room, oldest first; failure messages about them list only
   * that room's events.
   *
   * @param roomArn the room ARN
   * @return an assert on the room's events
   */
  public SentEventsAssert sentEvents(String roomArn) {
    return openEvents(actual == null ? null : actual.sentEvents(roomArn), "sent to " + roomArn);
  }

  /**
   * Navigates to the call journal, oldest call first.
   *
   * @return an assert on the calls
   */
  public CallsAssert calls() {
    if (actual == null) {
      navigation.fail(assertionError(shouldNotBeNull()));
    }
    List<Call> calls = actual == null ? null : actual.calls();
    return navigation.open(CallsAssert.class, List.class, calls, () -> new CallsAssert(calls), this)
        .navigation(navigation);
  }

  /**
   * Navigates to the chat log records one logging destination received, oldest first; failure
   * messages name the destination.
   *
   * @param destinationName the bucket, log group or delivery stream name
   * @return an assert on the records
   */
  public ChatLogAssert chatLog(String destinationName) {
    return openLog(actual == null ? null : actual.chatLog(destinationName),
        "chat log of \"" + destinationName + "\"");
  }

  /**
   * Navigates to the records every logging destination received, oldest first.
   *
   * @return an assert on the records
   */
  public ChatLogAssert chatLogs() {
    return openLog(actual == null ? null : actual.chatLogs(), "chat logs");
  }

  private ChatLogAssert openLog(List<ChatLogRecord> records, String log) {
    if (actual == null) {
      navigation.fail(assertionError(shouldNotBeNull()));
    }
    return navigation.open(ChatLogAssert.class, List.class, records,
        () -> new ChatLogAssert(records), this).navigation(navigation).log(log);
  }

  private List<Room> roomsNamed(String name) {
    return actual.rooms().stream().filter(r -> r.name().equals(name)).toList();
  }

  private RoomAssert openRoom(Room room) {
    return navigation.open(RoomAssert.class, Room.class, room, () -> new RoomAssert(room), this)
        .navigation(navigation);
  }

  private SentEventsAssert openEvents(List<SentEvent> events, String scope) {
    if (actual == null) {
      navigation.fail(assertionError(shouldNotBeNull()));
    }
    return navigation.open(SentEventsAssert.class, List.class, events,
        () -> new SentEventsAssert(events), this).navigation(navigation).scope(scope);
  }
}
