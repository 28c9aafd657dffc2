package dev.ivschat.testkit;

import java.util.List;
import java.util.Optional;

/**
 * The fake's control surface: what a test reads and steers beside the SDK interface.
 *
 * <p>{@link FakeAmazonivschat} and {@link FakeAmazonivschatAsync} both implement it, over the same
 * state when one was made from the other. Every list returned is an immutable snapshot.
 *
 * <pre>{@code
 * FakeAmazonivschat fake = new FakeAmazonivschat();
 * new MyModerationService(fake).ban("room-arn", "user-1");
 * assertThat(fake.sentEvents()).extracting(SentEvent::eventName)
 *     .containsExactly(SentEvent.DISCONNECT_USER);
 * }</pre>
 */
public interface IvsChatControl {

  /**
   * The configuration the fake was made with.
   *
   * @return the configuration
   */
  IvsChatConfig config();

  /**
   * The rooms, newest {@code updateTime} first (the order of {@code ListRooms}).
   *
   * @return a snapshot
   */
  List<Room> rooms();

  /**
   * One room.
   *
   * @param arn the room ARN
   * @return the room, if it exists
   */
  Optional<Room> room(String arn);

  /**
   * The logging configurations, newest {@code updateTime} first.
   *
   * @return a snapshot
   */
  List<LoggingConfiguration> loggingConfigurations();

  /**
   * One logging configuration.
   *
   * @param arn its ARN
   * @return the configuration, if it exists
   */
  Optional<LoggingConfiguration> loggingConfiguration(String arn);

  /**
   * Every chat token issued, oldest first.
   *
   * @return a snapshot
   */
  List<ChatToken> chatTokens();

  /**
   * A chat token by its value.
   *
   * @param token the token string
   * @return what the fake remembers of it
   */
  Optional<ChatToken> chatToken(String token);

  /**
   * Every event sent to any room, oldest first.
   *
   * @return a snapshot
   */
  List<SentEvent> sentEvents();

  /**
   * The events sent to one room, oldest first.
   *
   * @param roomArn the room ARN
   * @return a snapshot
   */
  List<SentEvent> sentEvents(String roomArn);

  /**
   * The call journal: every call made through the front doors, oldest first.
   *
   * @return a snapshot
   */
  List<Call> calls();

  /**
   * The calls of one operation, oldest first.
   *
   * @param operation the operation
   * @return a snapshot
   */
  List<Call> calls(Operation operation);

  /**
   * The fake's clock, to move time.
   *
   * @return the clock
   * @throws IllegalStateException when the fake was configured with a clock that is not a
   *     {@link FakeClock}
   */
  FakeClock clock();

  /**
   * The fault scripts.
   *
   * @return the faults
   */
  Faults faults();

  /**
   * Sets a logging configuration's state, e.g. to {@code "UPDATING"}, to test code that meets a
   * configuration still in progress (updates then fail with {@code ConflictException}, and rooms
   * cannot attach it).
   *
   * @param arn its ARN
   * @param state one of the service's {@code LoggingConfigurationState} values
   * @throws IllegalArgumentException when there is no such configuration or state
   */
  void setLoggingConfigurationState(String arn, String state);

  /**
   * Forgets everything: rooms, logging configurations, tokens, events, the journal and the fault
   * scripts. The id generator and the clock start again from their configured seed and start.
   */
  void reset();
}
