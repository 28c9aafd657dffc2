package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatListener;
import dev.ivschat.testkit.ChatLogRecord;
import dev.ivschat.testkit.ChatRequest;
import dev.ivschat.testkit.CloseReason;
import dev.ivschat.testkit.ConnectionRefusedException;
import dev.ivschat.testkit.MessageReview;
import dev.ivschat.testkit.ReviewHandlers;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.FakeClock;
import dev.ivschat.testkit.Faults;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.LoggingConfiguration;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Outcome;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.ServiceError;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The SDK-neutral IVS Chat service: one account and region, all state, and the control surface's
 * data.
 *
 * <p>Every front door's call goes through {@link #call}, which runs it atomically under the
 * engine's lock: the account switches and fault scripts, the rate quota, then the operation from
 * the {@link Dispatch} table (which validates the whole request before it touches state), and
 * finally the journal entry. The outcome is returned as a value; nothing is thrown to the front
 * door.
 */
public final class Engine {
  private static final Set<String> STATES = Set.of("CREATING", "CREATE_FAILED", "DELETING",
      "DELETE_FAILED", "UPDATING", "UPDATE_FAILED", "ACTIVE");

  private static final String ARN = "arn:";

  private final Object lock = new Object();
  private final IvsChatConfig config;
  private final Clock clock;
  private final Instant clockStart;
  private final IdGenerator ids;
  private final State state;
  private final Dispatch dispatch;
  private final FaultRegistry faults;
  private final RateLimiter rateLimiter = new RateLimiter();
  private final Journal journal;
  private final ReviewHandlers reviewHandlers = new ReviewHandlers();
  private final Consumer<Instant> clockListener = t -> clockMoved();
  private Instant lastCallTime;

  /**
   * An engine with the given configuration and nothing in it, on a clock of its own.
   *
   * @param config the configuration
   */
  public Engine(IvsChatConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = config.newClock();
    this.clockStart = clock.instant();
    this.ids = new IdGenerator(config.idSeed());
    this.state = new State(config, ids);
    this.dispatch = new Dispatch(state);
    this.faults = new FaultRegistry(config.enforceRateQuotas());
    this.journal = new Journal(config.journalLimit());
    if (clock instanceof FakeClock fake) {
      fake.addListener(clockListener);
    }
  }

  /**
   * Runs one call: faults, rate quota, the operation, the journal entry.
   *
   * @param request the neutral request
   * @param sdkRequest the front door's own request object as the caller passed it, or null
   * @param sdkCopier a deep copy of such an object
   * @param <R> the result type
   * @param <S> the front door's request type
   * @return how the call ended
   * @throws IllegalStateException when the clock reads a time outside {@link FakeClock#MIN} to
   *     {@link FakeClock#MAX}; nothing is changed then
   */
  public <R, S> Outcome<R> call(IvsChatRequest<R> request, S sdkRequest,
      UnaryOperator<S> sdkCopier) {
    Objects.requireNonNull(request, "request");
    Operation operation = request.operation();
    try {
      return locked(request, sdkRequest, sdkCopier, operation);
    } finally {
      drain();
    }
  }

  @SuppressWarnings("unchecked")
  private <R, S> Outcome<R> locked(IvsChatRequest<R> request, S sdkRequest,
      UnaryOperator<S> sdkCopier, Operation operation) {
    synchronized (lock) {
      Instant now = nextCallTime();
      state.live.expireSessions(now);
      String requestId = ids.requestId();
      Object sdkCopy = sdkRequest == null || !config.journalSdkRequests() ? null
          : sdkCopier.apply(sdkRequest);
      UnaryOperator<Object> copier = (UnaryOperator<Object>) sdkCopier;
      ServiceError error = faults.check(operation, request, sdkCopy, copier);
      if (error == null && faults.rateQuotasEnforced()
          && !rateLimiter.tryAcquire(operation, now.toEpochMilli())) {
        error = ServiceError.throttling(config.accountId(), ServiceError.ROOM,
            operation.rateLimitPerSecond());
      }
      Object result = null;
      if (error == null) {
        try {
          result = dispatch.run(new CallContext(now, requestId), request);
        } catch (ServiceErrorException e) {
          error = e.error();
        }
      }
      journal.add(new Call(journal.nextSequence(), operation, request, result, error, now,
          requestId, sdkCopy, copier));
      return new Outcome<>(operation, error == null ? (R) result : null, error, requestId, now);
    }
  }

  /**
   * The time of the call being made: the clock's reading, made strictly later than the previous
   * call's by {@link IvsChatConfig#clockStep()} when it is not (unless a test set a
   * {@link FakeClock} back); a fake clock is moved to that time.
   */
  private Instant nextCallTime() {
    Instant read = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    if (read.isBefore(FakeClock.MIN) || read.isAfter(FakeClock.MAX)) {
      throw new IllegalStateException("The fake's clock reads " + read + ", outside the range "
          + FakeClock.MIN + " to " + FakeClock.MAX + " that the service's timestamps can carry");
    }
    Instant now = read;
    boolean setBack = clock instanceof FakeClock && lastCallTime != null
        && read.isBefore(lastCallTime);
    if (lastCallTime != null && !read.isAfter(lastCallTime) && !setBack) {
      now = lastCallTime.plus(config.clockStep());
      if (now.isAfter(FakeClock.MAX)) {
        now = lastCallTime;
      }
      if (clock instanceof FakeClock fake) {
        fake.set(now);
      }
    }
    lastCallTime = now;
    return now;
  }

  /**
   * The configuration.
   *
   * @return the configuration
   */
  public IvsChatConfig config() {
    return config;
  }

  /**
   * The rooms, newest first.
   *
   * @return a snapshot
   */
  public List<Room> rooms() {
    synchronized (lock) {
      return List.copyOf(state.rooms.values());
    }
  }

  /**
   * A room by ARN or bare id.
   *
   * @param arnOrId the room's ARN or id
   * @return the room, if it exists
   */
  public Optional<Room> room(String arnOrId) {
    Objects.requireNonNull(arnOrId, "arn");
    synchronized (lock) {
      String id = roomIdOf(arnOrId);
      return Optional.ofNullable(id == null ? null : state.rooms.get(id));
    }
  }

  /** The room id named by an ARN of this fake's account and region, or by a bare id; else null. */
  private String roomIdOf(String arnOrId) {
    return arnOrId.startsWith(ARN) ? state.arns.roomId(arnOrId) : arnOrId;
  }

  /**
   * The logging configurations, newest first.
   *
   * @return a snapshot
   */
  public List<LoggingConfiguration> loggingConfigurations() {
    synchronized (lock) {
      return List.copyOf(state.loggingConfigurations.values());
    }
  }

  /**
   * A logging configuration by ARN or bare id.
   *
   * @param arnOrId its ARN or id
   * @return it, if it exists
   */
  public Optional<LoggingConfiguration> loggingConfiguration(String arnOrId) {
    Objects.requireNonNull(arnOrId, "arn");
    synchronized (lock) {
      String id = arnOrId.startsWith(ARN) ? state.arns.loggingConfigurationId(arnOrId)
          : arnOrId;
      return Optional.ofNullable(id == null ? null : state.loggingConfigurations.get(id));
    }
  }

  /**
   * Every token issued.
   *
   * @return a snapshot
   */
  public List<ChatToken> chatTokens() {
    synchronized (lock) {
      return List.copyOf(state.tokens.values());
    }
  }

  /**
   * A token by value.
   *
   * @param token the token
   * @return it, if issued
   */
  public Optional<ChatToken> chatToken(String token) {
    Objects.requireNonNull(token, "token");
    synchronized (lock) {
      return Optional.ofNullable(state.tokens.get(token));
    }
  }

  /**
   * Every event sent.
   *
   * @return a snapshot
   */
  public List<SentEvent> sentEvents() {
    synchronized (lock) {
      return List.copyOf(state.events);
    }
  }

  /**
   * The events of one room.
   *
   * @param arnOrId a room's ARN or bare id
   * @return a snapshot
   * @throws IllegalArgumentException when it names no room this fake has had since its last reset
   */
  public List<SentEvent> sentEvents(String arnOrId) {
    Objects.requireNonNull(arnOrId, "roomArn");
    synchronized (lock) {
      String id = roomIdOf(arnOrId);
      String arn = id == null ? null : state.roomsEverHad.get(id);
      if (arn == null) {
        throw new IllegalArgumentException("'" + arnOrId + "' names no room this fake has had"
            + (state.roomsEverHad.isEmpty() ? " (it has had none)"
                : "; it has had " + state.roomsEverHad.values()));
      }
      String roomArn = arn;
      return state.events.stream().filter(e -> e.roomArn().equals(roomArn)).toList();
    }
  }

  /**
   * The journal.
   *
   * @return a snapshot, oldest first
   */
  public List<Call> calls() {
    synchronized (lock) {
      return journal.all();
    }
  }

  /**
   * The calls of one operation, from the journal's index.
   *
   * @param operation the operation
   * @return a snapshot, oldest first
   */
  public List<Call> calls(Operation operation) {
    Objects.requireNonNull(operation, "operation");
    synchronized (lock) {
      return journal.of(operation);
    }
  }

  /**
   * The newest calls.
   *
   * @param n how many at most
   * @return a snapshot, oldest first
   */
  public List<Call> lastCalls(int n) {
    synchronized (lock) {
      return journal.last(n);
    }
  }

  /**
   * The engine's clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The fault scripts.
   *
   * @return the faults
   */
  public Faults faults() {
    return faults;
  }

  /**
   * Sets a logging configuration's state.
   *
   * @param arn its ARN
   * @param newState a {@code LoggingConfigurationState}
   */
  public void setLoggingConfigurationState(String arn, String newState) {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(newState, "state");
    if (!STATES.contains(newState)) {
      throw new IllegalArgumentException("state must be one of " + STATES.stream().sorted()
          .toList() + ", but was '" + newState + "'");
    }
    synchronized (lock) {
      if (loggingConfiguration(arn).isEmpty()) {
        throw new IllegalArgumentException("No logging configuration has the ARN '" + arn + "'");
      }
      dispatch.loggingConfigurations().setState(arn, newState);
    }
  }

  /** Forgets everything; ids replay from the seed and a fake clock returns to its start. */
  public void reset() {
    synchronized (lock) {
      state.live.closeAll(new CloseReason(CloseReason.Kind.FAKE_SHUT_DOWN, "The fake was reset"),
          clock.instant());
      state.clear();
      journal.clear();
      faults.clear();
      rateLimiter.clear();
      ids.reset();
      lastCallTime = null;
      if (clock instanceof FakeClock fakeClock) {
        fakeClock.set(clockStart);
      }
    }
    drain();
  }

  /**
   * Closes every connection and stops listening to the clock; for {@code IvsChat.close()}.
   */
  public void close() {
    synchronized (lock) {
      state.live.closeAll(new CloseReason(CloseReason.Kind.FAKE_SHUT_DOWN, "The fake was closed"),
          clock.instant());
    }
    if (clock instanceof FakeClock fake) {
      fake.removeListener(clockListener);
    }
    drain();
  }

  private void clockMoved() {
    synchronized (lock) {
      Instant now = clock.instant();
      state.live.expireSessions(now);
    }
    drain();
  }

  /** Tells listeners what happened, unless this thread still holds the lock. */
  private void drain() {
    if (!Thread.holdsLock(lock)) {
      state.live.drain();
    }
  }

  /** The time of a chat action: as a call's, after ending the sessions whose time is up. */
  private Instant liveNow() {
    Instant now = nextCallTime();
    state.live.expireSessions(now);
    return now;
  }

  /**
   * Opens a connection with a token, as the WebSocket handshake does.
   *
   * @param token the token string
   * @param listener told of the connection's frames and close from the start, or null
   * @return the connection
   * @throws ConnectionRefusedException when the token cannot connect
   */
  public Connection connect(String token, ChatListener listener) {
    Objects.requireNonNull(token, "token");
    try {
      synchronized (lock) {
        Instant now = liveNow();
        Connection connection = state.live.open(lock, token, now);
        if (listener != null) {
          connection.addListener(listener);
        }
        state.live.expireSessions(now);
        return connection;
      }
    } finally {
      drain();
    }
  }

  /**
   * Handles one request on a connection; a review handler runs outside the lock. A request on a
   * closed connection is dropped.
   *
   * @param connection the connection
   * @param request the request
   */
  public void send(Connection connection, ChatRequest request) {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(request, "request");
    LiveChat.PendingReview review;
    try {
      synchronized (lock) {
        Instant now = liveNow();
        if (!connection.isOpenLocked()) {
          return;
        }
        review = state.live.handle(connection, request, now);
      }
    } finally {
      drain();
    }
    if (review == null) {
      return;
    }
    MessageReview.Response response = null;
    String failure = null;
    Optional<Function<MessageReview.Request, MessageReview.Response>> handler =
        reviewHandlers.handler(review.handler().uri());
    if (handler.isEmpty()) {
      failure = "No review handler is registered for " + review.handler().uri();
    } else {
      try {
        response = handler.get().apply(review.payload());
      } catch (RuntimeException | AssertionError e) {
        failure = "The handler threw " + e;
      }
    }
    try {
      synchronized (lock) {
        liveNow();
        state.live.finishReview(review, response, failure);
      }
    } finally {
      drain();
    }
  }

  /**
   * The client closes its own connection.
   *
   * @param connection the connection
   */
  public void close(Connection connection) {
    try {
      synchronized (lock) {
        Instant now = liveNow();
        state.live.close(connection, new CloseReason(CloseReason.Kind.CLIENT_CLOSED,
            "The client closed the connection"), now);
      }
    } finally {
      drain();
    }
  }

  /**
   * Every connection since the last reset, oldest first.
   *
   * @return a snapshot
   */
  public List<Connection> connections() {
    synchronized (lock) {
      return List.copyOf(state.live.connections);
    }
  }

  /**
   * Every message delivered, as the sender received it.
   *
   * @return a snapshot, oldest first
   */
  public List<ChatFrame.Message> chatMessages() {
    synchronized (lock) {
      return List.copyOf(state.live.messages);
    }
  }

  /**
   * Every message review.
   *
   * @return a snapshot, oldest first
   */
  public List<MessageReview> reviews() {
    synchronized (lock) {
      return List.copyOf(state.live.reviews);
    }
  }

  /**
   * Every chat log record written.
   *
   * @return a snapshot, oldest first
   */
  public List<ChatLogRecord> chatLogs() {
    synchronized (lock) {
      return List.copyOf(state.live.logs.records);
    }
  }

  /**
   * The review handler registry.
   *
   * @return the registry
   */
  public ReviewHandlers reviewHandlers() {
    return reviewHandlers;
  }
}
