package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.FakeClock;
import dev.ivschat.testkit.Faults;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.LoggingConfiguration;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.ServiceError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The SDK-neutral IVS Chat service: one account and region, all state, and the control surface.
 *
 * <p>Front doors call {@link #execute}, which runs one operation atomically under the engine's
 * lock: the account switches and fault scripts, the rate quotas, then the operation (which
 * validates the whole request before it touches state), and finally the journal entry.
 */
public final class Engine implements IvsChatControl {
  private static final Set<String> STATES = Set.of("CREATING", "CREATE_FAILED", "DELETING",
      "DELETE_FAILED", "UPDATING", "UPDATE_FAILED", "ACTIVE");

  private final Object lock = new Object();
  private final IvsChatConfig config;
  private final Instant clockStart;
  private final IdGenerator ids;
  private final State state;
  private final Service service;
  private final FaultRegistry faults;
  private final RateLimiter rateLimiter = new RateLimiter();
  private final List<Call> journal = new ArrayList<>();

  /**
   * An engine with the given configuration and nothing in it.
   *
   * @param config the configuration
   */
  public Engine(IvsChatConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.clockStart = config.clock().instant();
    this.ids = new IdGenerator(config.idSeed());
    this.state = new State(config, ids);
    this.service = new Service(state);
    this.faults = new FaultRegistry(config.enforceRateQuotas());
  }

  /**
   * Runs one call: faults, rate quota, the operation, the journal entry.
   *
   * @param operation the operation
   * @param request the front door's copy of the request, for the journal and fault predicates
   * @param body the operation, given the service
   * @param <R> the result type
   * @return the result and request id
   * @throws ServiceErrorException when the call fails, with the call's request id
   */
  public <R> Outcome<R> execute(Operation operation, Object request, Function<Service, R> body) {
    synchronized (lock) {
      Instant now = state.clockNow();
      String requestId = ids.requestId();
      state.now = now;
      state.requestId = requestId;
      ServiceError fault = faults.check(operation, request);
      if (fault == null && faults.rateQuotasEnforced()
          && !rateLimiter.tryAcquire(operation, now.toEpochMilli())) {
        fault = ServiceError.throttling(config.accountId(), ServiceError.ROOM,
            operation.rateLimitPerSecond());
      }
      if (fault != null) {
        record(operation, request, null, fault, now, requestId);
        throw new ServiceErrorException(fault, requestId);
      }
      try {
        R result = body.apply(service);
        record(operation, request, result, null, now, requestId);
        return new Outcome<>(result, requestId);
      } catch (ServiceErrorException e) {
        record(operation, request, null, e.error(), now, requestId);
        throw e.withRequestId(requestId);
      }
    }
  }

  private void record(Operation operation, Object request, Object result, ServiceError error,
      Instant now, String requestId) {
    journal.add(new Call(journal.size() + 1L, operation, request, result, error, now, requestId));
  }

  @Override
  public IvsChatConfig config() {
    return config;
  }

  @Override
  public List<Room> rooms() {
    synchronized (lock) {
      return List.copyOf(state.rooms.values());
    }
  }

  @Override
  public Optional<Room> room(String arn) {
    Objects.requireNonNull(arn, "arn");
    synchronized (lock) {
      String id = state.arns.roomId(arn);
      return Optional.ofNullable(id == null ? null : state.rooms.get(id));
    }
  }

  @Override
  public List<LoggingConfiguration> loggingConfigurations() {
    synchronized (lock) {
      return List.copyOf(state.loggingConfigurations.values());
    }
  }

  @Override
  public Optional<LoggingConfiguration> loggingConfiguration(String arn) {
    Objects.requireNonNull(arn, "arn");
    synchronized (lock) {
      String id = state.arns.loggingConfigurationId(arn);
      return Optional.ofNullable(id == null ? null : state.loggingConfigurations.get(id));
    }
  }

  @Override
  public List<ChatToken> chatTokens() {
    synchronized (lock) {
      return List.copyOf(state.tokens.values());
    }
  }

  @Override
  public Optional<ChatToken> chatToken(String token) {
    Objects.requireNonNull(token, "token");
    synchronized (lock) {
      return Optional.ofNullable(state.tokens.get(token));
    }
  }

  @Override
  public List<SentEvent> sentEvents() {
    synchronized (lock) {
      return List.copyOf(state.events);
    }
  }

  @Override
  public List<SentEvent> sentEvents(String roomArn) {
    Objects.requireNonNull(roomArn, "roomArn");
    synchronized (lock) {
      return state.events.stream().filter(e -> e.roomArn().equals(roomArn)).toList();
    }
  }

  @Override
  public List<Call> calls() {
    synchronized (lock) {
      return List.copyOf(journal);
    }
  }

  @Override
  public List<Call> calls(Operation operation) {
    Objects.requireNonNull(operation, "operation");
    synchronized (lock) {
      return journal.stream().filter(c -> c.operation() == operation).toList();
    }
  }

  @Override
  public FakeClock clock() {
    if (config.clock() instanceof FakeClock fakeClock) {
      return fakeClock;
    }
    throw new IllegalStateException("This fake runs on " + config.clock()
        + ", not a FakeClock; configure it with IvsChatConfig.builder().clock(new FakeClock(...))"
        + " to move time from a test");
  }

  @Override
  public Faults faults() {
    return faults;
  }

  @Override
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
      service.loggingConfigurations().setState(arn, newState);
    }
  }

  @Override
  public void reset() {
    synchronized (lock) {
      state.clear();
      journal.clear();
      faults.clear();
      rateLimiter.clear();
      ids.reset();
      if (config.clock() instanceof FakeClock fakeClock) {
        fakeClock.set(clockStart);
      }
    }
  }
}
