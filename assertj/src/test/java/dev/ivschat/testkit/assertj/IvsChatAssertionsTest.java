package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.Fixtures.LOBBY;
import static dev.ivschat.testkit.assertj.Fixtures.MISSING;
import static dev.ivschat.testkit.assertj.Fixtures.expectFailure;
import static dev.ivschat.testkit.assertj.Fixtures.fakeWithEvents;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatCalls;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatIvsChatCall;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatSentEvents;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatServiceError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.amazonaws.services.ivschat.model.GetRoomRequest;
import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.ServiceError;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.sdk1.FakeAmazonivschatAsync;
import dev.ivschat.testkit.sdk2.FakeIvschatAsyncClient;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The entry point: each overload makes an assert on exactly the value it is given, which passes
 * when that value fits and fails naming it when it does not; and it resolves next to AssertJ's own
 * {@code assertThat}, both imported statically.
 */
class IvsChatAssertionsTest {
  private static final String ROOMS = String.join("\n",
      "  \"stage\" (arn:aws:ivschat:us-east-1:123456789012:room/XOFV0n8Az2yX)",
      "  \"lobby\" (arn:aws:ivschat:us-east-1:123456789012:room/1rqOLnsUJjR4)");

  private final FakeAmazonivschat fake = fakeWithEvents();

  @Test
  void should_assert_on_the_v1_fake_given() {
    assertThat(fake).isSameAs(fake).hasRoomCount(2);
    expectFailure(() -> assertThat(fake).hasNoRooms(), holdsNoRooms("FakeAmazonivschat[us-east-1, 123456789012]"));
  }

  @Test
  void should_assert_on_the_v1_async_fake_given() {
    FakeAmazonivschatAsync async = fake.async();

    assertThat(async).isSameAs(async).hasRoomCount(2);
    expectFailure(() -> assertThat(async).hasNoRooms(),
        holdsNoRooms("FakeAmazonivschatAsync[us-east-1, 123456789012]"));
  }

  @Test
  void should_assert_on_the_v2_fakes_given() {
    FakeIvschatClient v2 = new FakeIvschatClient(fake.ivsChat());
    FakeIvschatAsyncClient v2Async = v2.async();

    assertThat(v2).isSameAs(v2).hasRoomCount(2);
    assertThat(v2Async).isSameAs(v2Async).hasRoomNamed("stage");
    expectFailure(() -> assertThat(v2).hasNoRooms(),
        holdsNoRooms("FakeIvschatClient[us-east-1, 123456789012]"));
    expectFailure(() -> assertThat(v2Async).hasNoRooms(),
        holdsNoRooms("FakeIvschatAsyncClient[us-east-1, 123456789012]"));
  }

  @Test
  void should_assert_on_the_neutral_handle_given() {
    IvsChat handle = fake.ivsChat();
    IvsChatControl control = handle;

    assertThat(handle).isSameAs(handle).hasRoomCount(2);
    assertThat(control).isSameAs(handle).hasRoomNamed("lobby");
    expectFailure(() -> assertThat(handle).hasNoRooms(), holdsNoRooms("IvsChat[us-east-1, 123456789012]"));
  }

  @Test
  void should_assert_on_the_room_given() {
    Room lobby = fake.room(LOBBY).orElseThrow();

    assertThat(lobby).isSameAs(lobby).hasName("lobby");
    expectFailure(() -> assertThat(lobby).hasName("hall"), """

        Expecting actual:
          "lobby" (%s)
        to have name:
          "hall"
        but had:
          "lobby\"""".formatted(LOBBY));
  }

  @Test
  void should_assert_on_the_event_given() {
    SentEvent welcome = fake.sentEvents().get(0);

    assertThat(welcome).isSameAs(welcome).hasName("app:welcome");
    expectFailure(() -> assertThat(welcome).hasName("app:bye"), """

        Expecting actual:
          app:welcome {greeting="hi"} to room 1rqOLnsUJjR4 at 2025-01-01T00:00:00Z
        to have eventName:
          "app:bye"
        but had:
          "app:welcome\"""");
  }

  @Test
  void should_assert_on_the_events_given() {
    List<SentEvent> welcomeOnly = fake.sentEvents().subList(0, 1);

    assertThatSentEvents(welcomeOnly).isSameAs(welcomeOnly).containsEventNamed("app:welcome");
    expectFailure(() -> assertThatSentEvents(welcomeOnly).containsEventNamed("app:bye"), """

        Expecting actual:
          app:welcome {greeting="hi"} to room 1rqOLnsUJjR4 at 2025-01-01T00:00:00Z
        to contain an event named "app:bye"
        but none matched""");
  }

  @Test
  void should_assert_on_the_call_given() {
    Call first = fake.calls().get(0);

    assertThat(first).isSameAs(first).hasOperation(Operation.CREATE_ROOM);
    expectFailure(() -> assertThat(first).failed(), """

        Expecting actual:
          #1 CreateRoom[name=lobby, maximumMessageRatePerSecond=null, maximumMessageLength=200, \
        messageReviewHandler=null, tags={team=chat}, loggingConfigurationIdentifiers=null]: \
        succeeded
        to have failed
        but it succeeded""");
  }

  @Test
  void should_assert_on_the_calls_given() {
    List<Call> firstTwo = fake.calls().subList(0, 2);

    assertThatCalls(firstTwo).isSameAs(firstTwo).hasCallCount(Operation.CREATE_ROOM, 2);
    expectFailure(() -> assertThatCalls(firstTwo).hasCalled(Operation.SEND_EVENT), """

        Expecting actual:
          #1 CreateRoom: succeeded
          #2 CreateRoom: succeeded
        to have at least one call of SendEvent
        but had 0""");
  }

  @Test
  void should_assert_on_the_neutral_error_given() {
    ServiceError conflict = ServiceError.conflict("AbCdEfGhIjKl", ServiceError.ROOM, "busy");

    assertThat(conflict).isSameAs(conflict).isConflict();
    expectFailure(() -> assertThat(conflict).isNotFound(), """

        Expecting actual:
          ConflictException (409): busy
        to be a ResourceNotFoundException
        but it is a ConflictException""");
  }

  @Test
  void should_assert_on_the_exception_given() {
    Throwable notFound = catchThrowable(
        () -> fake.getRoom(new GetRoomRequest().withIdentifier(MISSING)));

    assertThatServiceError(notFound).isSameAs(notFound).isNotFound();
    expectFailure(() -> assertThatServiceError(notFound).isConflict(), """

        Expecting actual:
          ResourceNotFoundException (404): Room not found: AbCdEfGhIjKl
        to be a ConflictException
        but it is a ResourceNotFoundException""");
  }

  @Test
  void should_assert_on_the_v2_exception_given() {
    FakeIvschatClient v2 = new FakeIvschatClient(fake.ivsChat());
    Throwable notFound = catchThrowable(() -> v2.getRoom(r -> r.identifier(MISSING)));

    assertThatServiceError(notFound).isSameAs(notFound)
        .isInstanceOf(software.amazon.awssdk.services.ivschat.model.ResourceNotFoundException.class)
        .isNotFound();
    expectFailure(() -> assertThatServiceError(notFound).isConflict(), """

        Expecting actual:
          ResourceNotFoundException (404): Room not found: AbCdEfGhIjKl
        to be a ConflictException
        but it is a ResourceNotFoundException""");
  }

  @Test
  void should_assert_on_the_exception_the_call_threw() {
    Throwable notFound = catchThrowable(
        () -> fake.getRoom(new GetRoomRequest().withIdentifier(MISSING)));

    assertThatIvsChatCall(() -> {
      throw notFound;
    }).isSameAs(notFound).isNotFound();
    expectFailure(() -> assertThatIvsChatCall(() -> {
      throw notFound;
    }).isThrottled(), """

        Expecting actual:
          ResourceNotFoundException (404): Room not found: AbCdEfGhIjKl
        to be a ThrottlingException
        but it is a ResourceNotFoundException""");
  }

  @Test
  void should_leave_assertj_own_assertions_to_assertj() {
    Throwable notFound = catchThrowable(
        () -> fake.getRoom(new GetRoomRequest().withIdentifier(MISSING)));

    assertThat(List.of(1, 2)).containsExactly(1, 2);
    assertThat("lobby").startsWith("lo");
    assertThat(notFound).hasMessageStartingWith("Room not found: AbCdEfGhIjKl");
    assertThat(fake.sentEvents()).hasSize(3);
  }

  /** The failure of {@code hasNoRooms()} on the two rooms, the fake shown as it reads. */
  private static String holdsNoRooms(String fake) {
    return "\nExpecting actual:\n  " + fake + "\nto hold 0 room(s)\nbut it holds 2:\n" + ROOMS;
  }
}
