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
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The entry point of the AssertJ assertions on the IVS Chat fake: rooms, sent events, the call
 * journal and service errors, the same for the AWS SDK for Java v1 and v2 fakes.
 *
 * <p>Import it statically next to (or instead of) AssertJ's {@code Assertions}; the overloads are
 * more specific than AssertJ's, and the lists of events and calls and the exceptions have their own
 * names ({@code assertThatSentEvents}, {@code assertThatCalls}, {@code assertThatServiceError}) so
 * that AssertJ's {@code assertThat(List)} and {@code assertThat(Throwable)} keep working. No method
 * names an SDK type: the fakes are taken as their {@link IvsChatControl} control surface, and
 * exceptions as {@link Throwable}, read through the installed front door.
 *
 * <pre>{@code
 * import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;
 * import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatIvsChatCall;
 *
 * FakeIvschatClient fake = new FakeIvschatClient(); // or the v1 FakeAmazonivschat
 * String room = fake.createRoom(r -> r.name("lobby")).arn();
 * new Moderator(fake).ban(room, "user-1", "spam");
 *
 * assertThat(fake).roomNamed("lobby").hasNoTags();
 * assertThat(fake).sentEvents(room).disconnectedUser("user-1").hasReason("spam");
 * assertThat(fake).calls().hasNoFailedCalls();
 * assertThatIvsChatCall(() -> fake.getRoom(r -> r.identifier("nope"))).isNotFound();
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
   * @param actual the fake: a v1 or v2 front door ({@code FakeAmazonivschat},
   *     {@code FakeIvschatClient}, ...) or the {@link dev.ivschat.testkit.IvsChat} handle, all of
   *     which are its control surface
   * @return the assert
   */
  @CheckReturnValue
  public static FakeAssert assertThat(IvsChatControl actual) {
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
   * Assertions on a live chat connection: open or closed, and what it received.
   *
   * <pre>{@code
   * assertThat(viewer).receivedMessages().containsExactly("hi");
   * assertThat(spammer).wasDisconnected().withReason("spam");
   * }</pre>
   *
   * @param actual the connection
   * @return the assert
   */
  @CheckReturnValue
  public static ChatConnectionAssert assertThat(ChatConnection actual) {
    return new ChatConnectionAssert(actual);
  }

  /**
   * Assertions on chat log records, such as {@link IvsChatControl#chatLog(String)}.
   *
   * @param actual the records, oldest first
   * @return the assert
   */
  @CheckReturnValue
  public static ChatLogAssert assertThatChatLog(List<ChatLogRecord> actual) {
    return new ChatLogAssert(actual);
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
   * Assertions on an SDK-neutral service error, such as the {@link Call#error()} of the journal or
   * one a fault script fails with.
   *
   * @param actual the error
   * @return the assert
   */
  @CheckReturnValue
  public static ServiceErrorAssert assertThat(ServiceError actual) {
    return new ServiceErrorAssert(actual);
  }

  /**
   * Assertions on a service error an SDK threw: a v1 or v2 IVS Chat exception (or a future's
   * {@code CompletionException} or {@code ExecutionException} around one), read through the
   * installed front door. Any other throwable fails the assertions with a message that says so.
   *
   * <pre>{@code
   * IvschatException e = catchThrowableOfType(IvschatException.class, () -> service.open("lobby"));
   * assertThatServiceError(e).isQuotaExceeded(50);
   * }</pre>
   *
   * @param actual the exception
   * @return the assert
   */
  @CheckReturnValue
  public static ServiceErrorAssert assertThatServiceError(Throwable actual) {
    return new ServiceErrorAssert(actual);
  }

  /**
   * Runs code that should fail with a service error, and asserts on that error.
   *
   * <pre>{@code
   * assertThatIvsChatCall(() -> client.deleteRoom(r -> r.identifier(arn)))
   *     .isNotFound(roomId, "ROOM");
   * }</pre>
   *
   * @param call the code, typically one SDK call (of a v1 or v2 client; for an async client, the
   *     call and the {@code join()} or {@code get()} of its future)
   * @return an assert on the exception it threw
   * @throws AssertionError if it threw nothing, or nothing an installed front door reads as a
   *     service error
   */
  @CheckReturnValue
  public static ServiceErrorAssert assertThatIvsChatCall(ThrowingCallable call) {
    return Navigation.HARD.thrownBy(call);
  }
}
