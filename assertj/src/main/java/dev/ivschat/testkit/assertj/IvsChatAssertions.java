package dev.ivschat.testkit.assertj;

import com.amazonaws.AmazonServiceException;
import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.FakeAmazonivschat;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import java.util.List;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The entry point of the AssertJ assertions on the IVS Chat fake: rooms, sent events, the call
 * journal and service errors.
 *
 * <p>Import it statically next to (or instead of) AssertJ's {@code Assertions}; the overloads are
 * more specific than AssertJ's, and the lists of events and calls have their own names so that
 * AssertJ's {@code assertThat(List)} keeps working.
 *
 * <pre>{@code
 * import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;
 * import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatIvsChatCall;
 *
 * FakeAmazonivschat fake = new FakeAmazonivschat();
 * String room = fake.createRoom(new CreateRoomRequest().withName("lobby")).getArn();
 * new Moderator(fake).ban(room, "user-1", "spam");
 *
 * assertThat(fake).roomNamed("lobby").hasNoTags();
 * assertThat(fake).sentEvents(room).disconnectedUser("user-1").hasReason("spam");
 * assertThat(fake).calls().hasNoFailedCalls();
 * assertThatIvsChatCall(() -> fake.getRoom(new GetRoomRequest().withIdentifier("nope")))
 *     .isNotFound();
 * }</pre>
 *
 * <p>For soft assertions use {@link IvsChatSoftAssertions}.
 */
public final class IvsChatAssertions {
  private IvsChatAssertions() {
  }

  /**
   * Assertions on the fake: its rooms, logging configurations, sent events and calls.
   *
   * @param actual the fake (its control surface)
   * @return the assert
   */
  @CheckReturnValue
  public static FakeAssert assertThat(IvsChatControl actual) {
    return new FakeAssert(actual);
  }

  /**
   * Assertions on the fake: its rooms, logging configurations, sent events and calls.
   *
   * @param actual the fake
   * @return the assert
   */
  @CheckReturnValue
  public static FakeAssert assertThat(FakeAmazonivschat actual) {
    return new FakeAssert(actual);
  }

  /**
   * Assertions on a room.
   *
   * @param actual the room
   * @return the assert
   */
  @CheckReturnValue
  public static RoomAssert assertThat(Room actual) {
    return new RoomAssert(actual);
  }

  /**
   * Assertions on one sent event.
   *
   * @param actual the event
   * @return the assert
   */
  @CheckReturnValue
  public static SentEventAssert assertThat(SentEvent actual) {
    return new SentEventAssert(actual);
  }

  /**
   * Assertions on sent events, such as {@link IvsChatControl#sentEvents(String)}.
   *
   * @param actual the events, oldest first
   * @return the assert
   */
  @CheckReturnValue
  public static SentEventsAssert assertThatSentEvents(List<SentEvent> actual) {
    return new SentEventsAssert(actual);
  }

  /**
   * Assertions on one call of the journal.
   *
   * @param actual the call
   * @return the assert
   */
  @CheckReturnValue
  public static CallAssert assertThat(Call actual) {
    return new CallAssert(actual);
  }

  /**
   * Assertions on calls, such as {@link IvsChatControl#calls()}.
   *
   * @param actual the calls, oldest first
   * @return the assert
   */
  @CheckReturnValue
  public static CallsAssert assertThatCalls(List<Call> actual) {
    return new CallsAssert(actual);
  }

  /**
   * Assertions on a service error the SDK threw.
   *
   * @param actual the exception
   * @return the assert
   */
  @CheckReturnValue
  public static ServiceErrorAssert assertThat(AmazonServiceException actual) {
    return new ServiceErrorAssert(actual);
  }

  /**
   * Runs code that should fail with a service error, and asserts on that error.
   *
   * <pre>{@code
   * assertThatIvsChatCall(() -> ivschat.deleteRoom(new DeleteRoomRequest().withIdentifier(arn)))
   *     .isNotFound(roomId, "ROOM");
   * }</pre>
   *
   * @param call the code, typically one SDK call
   * @return an assert on the {@link AmazonServiceException} it threw
   * @throws AssertionError if it threw nothing, or something else
   */
  @CheckReturnValue
  public static ServiceErrorAssert assertThatIvsChatCall(ThrowingCallable call) {
    return Navigation.HARD.thrownBy(call);
  }
}
