package dev.ivschat.testkit.assertj;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatLogRecord;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.ServiceError;
import java.util.List;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The IVS Chat entry points for soft assertions, to mix into any {@link SoftAssertionsProvider}.
 *
 * <p>{@link IvsChatSoftAssertions} is the ready-made one; implement this interface on your own
 * soft assertions class to combine it with others:
 *
 * <pre>{@code
 * public class MySoftAssertions extends SoftAssertions implements IvsChatSoftAssertionsProvider {}
 * }</pre>
 *
 * <p>Every assert returned, and every assert reached from it ({@code room(arn)},
 * {@code sentEvents()}, {@code calls().call(1)}, {@code tags()}, ...), collects its failures
 * instead of throwing them. A navigation that fails (a missing room, say) is collected as well,
 * and the chain carries on over a null value, whose assertions then fail as AssertJ's do on null.
 */
public interface IvsChatSoftAssertionsProvider extends SoftAssertionsProvider {

  /**
   * Soft assertions on the fake.
   *
   * @param actual the fake: a v1 or v2 front door or the {@link dev.ivschat.testkit.IvsChat}
   *     handle, all of which are its control surface
   * @return the assert
   */
  @CheckReturnValue
  default FakeAssert assertThat(IvsChatControl actual) {
    Navigation softly = Navigation.soft(this);
    return softly.open(FakeAssert.class, IvsChatControl.class, actual,
        () -> new FakeAssert(actual), null).navigation(softly);
  }

  /**
   * Soft assertions on a room.
   *
   * @param actual the room
   * @return the assert
   */
  @CheckReturnValue
  default RoomAssert assertThat(Room actual) {
    Navigation softly = Navigation.soft(this);
    return softly.open(RoomAssert.class, Room.class, actual, () -> new RoomAssert(actual), null)
        .navigation(softly);
  }

  /**
   * Soft assertions on one sent event.
   *
   * @param actual the event
   * @return the assert
   */
  @CheckReturnValue
  default SentEventAssert assertThat(SentEvent actual) {
    Navigation softly = Navigation.soft(this);
    return softly.open(SentEventAssert.class, SentEvent.class, actual,
        () -> new SentEventAssert(actual), null).navigation(softly);
  }

  /**
   * Soft assertions on sent events.
   *
   * @param actual the events, oldest first
   * @return the assert
   */
  @CheckReturnValue
  default SentEventsAssert assertThatSentEvents(List<SentEvent> actual) {
    Navigation softly = Navigation.soft(this);
    return softly.open(SentEventsAssert.class, List.class, actual,
        () -> new SentEventsAssert(actual), null).navigation(softly);
  }

  /**
   * Soft assertions on a live chat connection.
   *
   * @param actual the connection
   * @return the assert
   */
  @CheckReturnValue
  default ChatConnectionAssert assertThat(ChatConnection actual) {
    Navigation softly = Navigation.soft(this);
    return softly.open(ChatConnectionAssert.class, ChatConnection.class, actual,
        () -> new ChatConnectionAssert(actual), null).navigation(softly);
  }

  /**
   * Soft assertions on chat log records.
   *
   * @param actual the records, oldest first
   * @return the assert
   */
  @CheckReturnValue
  default ChatLogAssert assertThatChatLog(List<ChatLogRecord> actual) {
    Navigation softly = Navigation.soft(this);
    return softly.open(ChatLogAssert.class, List.class, actual, () -> new ChatLogAssert(actual),
        null).navigation(softly);
  }

  /**
   * Soft assertions on one call of the journal.
   *
   * @param actual the call
   * @return the assert
   */
  @CheckReturnValue
  default CallAssert assertThat(Call actual) {
    Navigation softly = Navigation.soft(this);
    return softly.open(CallAssert.class, Call.class, actual, () -> new CallAssert(actual), null)
        .navigation(softly);
  }

  /**
   * Soft assertions on calls.
   *
   * @param actual the calls, oldest first
   * @return the assert
   */
  @CheckReturnValue
  default CallsAssert assertThatCalls(List<Call> actual) {
    Navigation softly = Navigation.soft(this);
    return softly.open(CallsAssert.class, List.class, actual, () -> new CallsAssert(actual), null)
        .navigation(softly);
  }

  /**
   * Soft assertions on an SDK-neutral service error.
   *
   * @param actual the error
   * @return the assert
   */
  @CheckReturnValue
  default ServiceErrorAssert assertThat(ServiceError actual) {
    return Navigation.soft(this).serviceError(ServiceError.class, actual);
  }

  /**
   * Soft assertions on a service error a v1 or v2 SDK threw.
   *
   * @param actual the exception
   * @return the assert
   */
  @CheckReturnValue
  default ServiceErrorAssert assertThatServiceError(Throwable actual) {
    return Navigation.soft(this).serviceError(Throwable.class, actual);
  }

  /**
   * Runs code that should fail with a service error, and softly asserts on that error; if it threw
   * nothing (or nothing an installed front door reads as a service error), that failure is
   * collected and the returned assert is on null.
   *
   * @param call the code, typically one SDK call
   * @return an assert on the exception it threw
   */
  @CheckReturnValue
  default ServiceErrorAssert assertThatIvsChatCall(ThrowingCallable call) {
    return Navigation.soft(this).thrownBy(call);
  }
}
