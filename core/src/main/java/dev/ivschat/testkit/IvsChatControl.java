package dev.ivschat.testkit;

import java.util.List;
import java.util.Optional;

/**
 * The fake's control surface: what a test reads and steers beside the SDK interface.
 *
 * <p>{@link IvsChat} is the control surface of one in-memory IVS Chat; every front door (the v1
 * and v2 SDK fakes) implements this interface too, answering for the {@link IvsChat} it works on.
 * A front door only implements {@link #ivsChat()}; every other method is answered by that handle.
 * Every list returned is an immutable snapshot.
 *
 * <pre>{@code
 * FakeIvschatClient fake = new FakeIvschatClient();
 * new MyModerationService(fake).ban("room-arn", "user-1");
 * assertThat(fake.sentEvents()).extracting(SentEvent::eventName)
 *     .containsExactly(SentEvent.DISCONNECT_USER);
 * }</pre>
 */
public interface IvsChatControl {

  /**
   * The in-memory IVS Chat this control surface answers for.
   *
   * @return the handle
   */
  IvsChat ivsChat();

  /**
   * The configuration the fake was made with.
   *
   * @return the configuration
   */
  default IvsChatConfig config() {
    return ivsChat().config();
  }

  /**
   * The rooms, newest {@code updateTime} first (the order of {@code ListRooms}).
   *
   * @return a snapshot
   */
  default List<Room> rooms() {
    return ivsChat().rooms();
  }

  /**
   * One room.
   *
   * @param arn the room's ARN, or its bare 12-character id
   * @return the room, if it exists now
   */
  default Optional<Room> room(String arn) {
    return ivsChat().room(arn);
  }

  /**
   * The logging configurations, newest {@code updateTime} first.
   *
   * @return a snapshot
   */
  default List<LoggingConfiguration> loggingConfigurations() {
    return ivsChat().loggingConfigurations();
  }

  /**
   * One logging configuration.
   *
   * @param arn its ARN
   * @return the configuration, if it exists
   */
  default Optional<LoggingConfiguration> loggingConfiguration(String arn) {
    return ivsChat().loggingConfiguration(arn);
  }

  /**
   * Every chat token issued, oldest first.
   *
   * @return a snapshot
   */
  default List<ChatToken> chatTokens() {
    return ivsChat().chatTokens();
  }

  /**
   * A chat token by its value.
   *
   * @param token the token string
   * @return what the fake remembers of it
   */
  default Optional<ChatToken> chatToken(String token) {
    return ivsChat().chatToken(token);
  }

  /**
   * Every event sent to any room, oldest first.
   *
   * @return a snapshot
   */
  default List<SentEvent> sentEvents() {
    return ivsChat().sentEvents();
  }

  /**
   * The events sent to one room, oldest first.
   *
   * @param roomArn the room's ARN, or its bare 12-character id
   * @return a snapshot
   * @throws IllegalArgumentException when it names no room the fake has had since it was made or
   *     reset (the message lists those it has had), so a typo cannot pass as "no events"
   */
  default List<SentEvent> sentEvents(String roomArn) {
    return ivsChat().sentEvents(roomArn);
  }

  /**
   * The call journal: every call made through the front doors, oldest first.
   *
   * @return a snapshot
   */
  default List<Call> calls() {
    return ivsChat().calls();
  }

  /**
   * The calls of one operation, oldest first.
   *
   * @param operation the operation
   * @return a snapshot
   */
  default List<Call> calls(Operation operation) {
    return ivsChat().calls(operation);
  }

  /**
   * The newest calls of the journal, oldest of them first.
   *
   * @param n how many at most, 0 or more
   * @return a snapshot
   */
  default List<Call> lastCalls(int n) {
    return ivsChat().lastCalls(n);
  }

  /**
   * The fake's clock, to move time.
   *
   * @return the clock
   * @throws IllegalStateException when the fake was configured with a clock that is not a
   *     {@link FakeClock}
   */
  default FakeClock clock() {
    return ivsChat().clock();
  }

  /**
   * The fault scripts.
   *
   * @return the faults
   */
  default Faults faults() {
    return ivsChat().faults();
  }

  /**
   * Sets a logging configuration's state, e.g. to {@code "UPDATING"}, to test code that meets a
   * configuration still in progress (updates then fail with {@code ConflictException}, and rooms
   * cannot attach it).
   *
   * @param arn its ARN
   * @param state one of the service's {@code LoggingConfigurationState} values
   * @throws IllegalArgumentException when there is no such configuration or state
   */
  default void setLoggingConfigurationState(String arn, String state) {
    ivsChat().setLoggingConfigurationState(arn, state);
  }

  /**
   * Forgets everything: rooms, logging configurations, tokens, events, the journal and the fault
   * scripts; every chat connection closes ({@link CloseReason.Kind#FAKE_SHUT_DOWN}) and is
   * forgotten, with its messages, reviews and chat logs. The id generator and the clock start again from their configured seed and start,
   * and page tokens issued before no longer work.
   */
  default void reset() {
    ivsChat().reset();
  }

  /**
   * Opens a chat connection with a token, as a client's WebSocket handshake does.
   *
   * @param token a token this fake issued
   * @return the connection
   * @throws ConnectionRefusedException when the token is unknown, used, expired or its room gone
   */
  default ChatConnection connect(String token) {
    return ivsChat().connect(token);
  }

  /**
   * Opens a chat connection with a listener that hears every frame and the close.
   *
   * @param token a token this fake issued
   * @param listener the listener, or null
   * @return the connection
   * @throws ConnectionRefusedException when the token cannot connect
   */
  default ChatConnection connect(String token, ChatListener listener) {
    return ivsChat().connect(token, listener);
  }

  /**
   * Every chat connection since the fake was made or reset, open and closed, oldest first.
   *
   * @return snapshots
   */
  default List<ChatConnectionInfo> connections() {
    return ivsChat().connections();
  }

  /**
   * Every MESSAGE delivered in any room, once each, as its sender received it, oldest first.
   *
   * @return a snapshot
   */
  default List<ChatFrame.Message> chatMessages() {
    return ivsChat().chatMessages();
  }

  /**
   * Every message review: allowed, rewritten, denied, fallen back or dropped, oldest first.
   *
   * @return a snapshot
   */
  default List<MessageReview> messageReviews() {
    return ivsChat().messageReviews();
  }

  /**
   * The Java functions standing in for message review Lambdas. {@link #reset()} keeps them.
   *
   * @return the registry
   */
  default ReviewHandlers reviewHandlers() {
    return ivsChat().reviewHandlers();
  }

  /**
   * Every chat log record written to any destination, oldest first.
   *
   * @return a snapshot
   */
  default List<ChatLogRecord> chatLogs() {
    return ivsChat().chatLogs();
  }

  /**
   * The chat log records one destination received, oldest first.
   *
   * @param destinationName the bucket, log group or delivery stream name
   * @return a snapshot
   */
  default List<ChatLogRecord> chatLog(String destinationName) {
    return chatLogs().stream().filter(r -> r.destination().name().equals(destinationName))
        .toList();
  }
}
