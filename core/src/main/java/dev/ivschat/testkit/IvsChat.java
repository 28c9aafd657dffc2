package dev.ivschat.testkit;

import dev.ivschat.testkit.internal.engine.Engine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One in-memory IVS Chat: an account in a region with its rooms, logging configurations, tokens,
 * events, call journal, clock and fault scripts. It is the handle every front door works on and
 * the {@link IvsChatControl control surface} a test reads and steers.
 *
 * <p>Front doors translate their client's requests into {@link IvsChatRequest} records and call
 * {@link #call}; several front doors (the v1 and v2 SDK fakes, the local server) can share one
 * handle, so an application that holds both SDK clients is tested against one service:
 *
 * <pre>{@code
 * IvsChat ivsChat = new IvsChat();
 * Amazonivschat v1 = new FakeAmazonivschat(ivsChat);     // ivschat-testkit-sdk1
 * IvschatClient v2 = new FakeIvschatClient(ivsChat);     // ivschat-testkit-sdk2
 * Outcome<Room> made = ivsChat.call(IvsChatRequest.CreateRoom.named("lobby"));
 * assertThat(ivsChat.rooms()).hasSize(1);
 * }</pre>
 *
 * <p>Thread-safe: every call is atomic.
 */
public final class IvsChat implements IvsChatControl, AutoCloseable {
  private final Engine engine;
  private volatile boolean closed;

  /** A fresh IVS Chat with the defaults: {@code us-east-1}, account {@code 123456789012}. */
  public IvsChat() {
    this(IvsChatConfig.defaults());
  }

  /**
   * A fresh IVS Chat with a configuration.
   *
   * @param config the configuration
   */
  public IvsChat(IvsChatConfig config) {
    this.engine = new Engine(config);
  }

  /**
   * Runs one call as the service would: the account switches and fault scripts, the rate quota,
   * validation and the operation, all atomically, and records it in the journal.
   *
   * @param request the neutral request
   * @param <R> the result type
   * @return how the call ended: the result, or the service error, with the request id
   */
  public <R> Outcome<R> call(IvsChatRequest<R> request) {
    return call(request, null, null);
  }

  /**
   * Runs one call made through a front door, keeping a copy of the front door's own request
   * object in the journal ({@link Call#sdkRequest()}) for tests that want it.
   *
   * @param request the neutral request, translated from {@code sdkRequest}
   * @param sdkRequest the caller's request object, or null
   * @param copier makes a deep copy of such an object that shares nothing mutable with it
   * @param <R> the result type
   * @param <S> the front door's request type
   * @return how the call ended
   * @throws IllegalStateException after {@link #close()}
   */
  public <R, S> Outcome<R> call(IvsChatRequest<R> request, S sdkRequest, UnaryOperator<S> copier) {
    Objects.requireNonNull(request, "request");
    if (closed) {
      throw new IllegalStateException("This IVS Chat is closed (its test or scope has ended);"
          + " it takes no more calls");
    }
    if (sdkRequest != null) {
      Objects.requireNonNull(copier, "copier");
    }
    return engine.call(request, sdkRequest, copier);
  }

  /**
   * Closes this IVS Chat: later calls through any front door on it fail with
   * {@link IllegalStateException}, so a client kept past its test cannot change that test's
   * state. The control surface stays readable. The JUnit extension closes each test's IVS Chat
   * when the test ends.
   */
  @Override
  public void close() {
    closed = true;
    engine.close();
  }

  /**
   * Opens a chat connection with a token, as a client's WebSocket handshake does.
   *
   * @param token a token this fake issued, unused, before its {@code tokenExpirationTime}, whose
   *     room exists
   * @return the connection
   * @throws ConnectionRefusedException when the token cannot connect (its reason carries the
   *     handshake's HTTP status)
   * @throws IllegalStateException after {@link #close()}
   */
  @Override
  public ChatConnection connect(String token) {
    return connect(token, null);
  }

  /**
   * Opens a chat connection with a listener that hears everything from the start.
   *
   * @param token the token
   * @param listener the listener, or null
   * @return the connection
   * @throws ConnectionRefusedException when the token cannot connect
   * @throws IllegalStateException after {@link #close()}
   */
  @Override
  public ChatConnection connect(String token, ChatListener listener) {
    if (closed) {
      throw new IllegalStateException("This IVS Chat is closed (its test or scope has ended);"
          + " it takes no more connections");
    }
    return new ChatConnection(engine, engine.connect(token, listener));
  }

  @Override
  public List<ChatConnectionInfo> connections() {
    return engine.connections().stream().map(c -> c.info()).toList();
  }

  @Override
  public List<ChatFrame.Message> chatMessages() {
    return engine.chatMessages();
  }

  @Override
  public List<MessageReview> messageReviews() {
    return engine.reviews();
  }

  @Override
  public ReviewHandlers reviewHandlers() {
    return engine.reviewHandlers();
  }

  @Override
  public List<ChatLogRecord> chatLogs() {
    return engine.chatLogs();
  }

  /**
   * Whether {@link #close()} was called.
   *
   * @return true once closed
   */
  public boolean isClosed() {
    return closed;
  }

  @Override
  public IvsChat ivsChat() {
    return this;
  }

  @Override
  public IvsChatConfig config() {
    return engine.config();
  }

  @Override
  public List<Room> rooms() {
    return engine.rooms();
  }

  @Override
  public Optional<Room> room(String arn) {
    return engine.room(arn);
  }

  @Override
  public List<LoggingConfiguration> loggingConfigurations() {
    return engine.loggingConfigurations();
  }

  @Override
  public Optional<LoggingConfiguration> loggingConfiguration(String arn) {
    return engine.loggingConfiguration(arn);
  }

  @Override
  public List<ChatToken> chatTokens() {
    return engine.chatTokens();
  }

  @Override
  public Optional<ChatToken> chatToken(String token) {
    return engine.chatToken(token);
  }

  @Override
  public List<SentEvent> sentEvents() {
    return engine.sentEvents();
  }

  @Override
  public List<SentEvent> sentEvents(String roomArn) {
    return engine.sentEvents(roomArn);
  }

  @Override
  public List<Call> calls() {
    return engine.calls();
  }

  @Override
  public List<Call> calls(Operation operation) {
    return engine.calls(operation);
  }

  @Override
  public List<Call> lastCalls(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be 0 or more, but was " + n);
    }
    return engine.lastCalls(n);
  }

  @Override
  public FakeClock clock() {
    if (engine.clock() instanceof FakeClock fakeClock) {
      return fakeClock;
    }
    throw new IllegalStateException("This IVS Chat runs on " + engine.clock()
        + ", not a FakeClock; configure it with clockStart(...) to move time from a test");
  }

  @Override
  public Faults faults() {
    return engine.faults();
  }

  @Override
  public void setLoggingConfigurationState(String arn, String state) {
    engine.setLoggingConfigurationState(arn, state);
  }

  @Override
  public void reset() {
    engine.reset();
  }

  @Override
  public String toString() {
    return "IvsChat[" + engine.config().region() + ", " + engine.config().accountId() + "]";
  }
}
