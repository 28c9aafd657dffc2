package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.Faults;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.ServiceError;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** The engine's {@link Faults}: scripted rules and account-wide switches. */
final class FaultRegistry implements Faults {
  /** What a rule's predicates see of a call: the neutral request, and the front door's copy. */
  private record Probe(IvsChatRequest<?> request, Object sdkRequest,
      UnaryOperator<Object> sdkCopier) {
  }

  private final List<RuleImpl> rules = new CopyOnWriteArrayList<>();
  private final boolean configuredRateEnforcement;
  private volatile boolean pendingVerification;
  private volatile boolean accessDenied;
  private volatile boolean enforceRateQuotas;

  FaultRegistry(boolean enforceRateQuotas) {
    this.configuredRateEnforcement = enforceRateQuotas;
    this.enforceRateQuotas = enforceRateQuotas;
  }

  @Override
  public RuleBuilder on(Operation operation) {
    return new Builder(Objects.requireNonNull(operation, "operation"));
  }

  @Override
  public RuleBuilder onAnyOperation() {
    return new Builder(null);
  }

  @Override
  public void pendingVerification(boolean on) {
    pendingVerification = on;
  }

  @Override
  public void accessDenied(boolean on) {
    accessDenied = on;
  }

  @Override
  public void enforceRateQuotas(boolean on) {
    enforceRateQuotas = on;
  }

  boolean rateQuotasEnforced() {
    return enforceRateQuotas;
  }

  @Override
  public void clear() {
    rules.clear();
    pendingVerification = false;
    accessDenied = false;
    enforceRateQuotas = configuredRateEnforcement;
  }

  /** The error a call fails with before it runs, or null. Called under the engine lock. */
  ServiceError check(Operation operation, IvsChatRequest<?> request, Object sdkRequest,
      UnaryOperator<Object> sdkCopier) {
    if (accessDenied) {
      return ServiceError.accessDenied();
    }
    if (pendingVerification && operation.pendingVerificationModelled()) {
      return ServiceError.pendingVerification();
    }
    if (rules.isEmpty()) {
      return null;
    }
    Probe probe = new Probe(request, sdkRequest, sdkCopier);
    for (RuleImpl rule : rules) {
      if (rule.fires(operation, probe)) {
        return rule.error;
      }
    }
    return null;
  }

  private final class Builder implements RuleBuilder {
    private final Operation operation;
    private int nth;
    private int times;
    private Predicate<Probe> predicate = p -> true;

    Builder(Operation operation) {
      this.operation = operation;
    }

    @Override
    public RuleBuilder nthCall(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("nthCall must be 1 or more, but was " + n);
      }
      if (times != 0) {
        throw new IllegalStateException("A rule takes nthCall or times, not both");
      }
      nth = n;
      return this;
    }

    @Override
    public RuleBuilder times(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("times must be 1 or more, but was " + n);
      }
      if (nth != 0) {
        throw new IllegalStateException("A rule takes nthCall or times, not both");
      }
      times = n;
      return this;
    }

    @Override
    public RuleBuilder when(Predicate<? super IvsChatRequest<?>> predicate) {
      Objects.requireNonNull(predicate, "predicate");
      return and(p -> predicate.test(p.request()));
    }

    private RuleBuilder and(Predicate<Probe> next) {
      Predicate<Probe> before = this.predicate;
      this.predicate = p -> before.test(p) && next.test(p);
      return this;
    }

    @Override
    public <T> RuleBuilder when(Class<T> type, Predicate<? super T> predicate) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(predicate, "predicate");
      return and(p -> {
        if (type.isInstance(p.request())) {
          return predicate.test(type.cast(p.request()));
        }
        return p.sdkRequest() != null && type.isInstance(p.sdkRequest())
            && predicate.test(type.cast(p.sdkCopier().apply(p.sdkRequest())));
      });
    }

    @Override
    public Rule fail(ServiceError error) {
      RuleImpl rule = new RuleImpl(operation, nth, times, predicate,
          Objects.requireNonNull(error, "error"));
      rules.add(rule);
      return rule;
    }
  }

  private final class RuleImpl implements Rule {
    private final Operation operation;
    private final int nth;
    private final int times;
    private final Predicate<Probe> predicate;
    private final ServiceError error;
    private int seen;
    private volatile int fired;

    RuleImpl(Operation operation, int nth, int times, Predicate<Probe> predicate,
        ServiceError error) {
      this.operation = operation;
      this.nth = nth;
      this.times = times;
      this.predicate = predicate;
      this.error = error;
    }

    boolean fires(Operation op, Probe request) {
      if (operation != null && operation != op) {
        return false;
      }
      if (!predicate.test(request)) {
        return false;
      }
      seen++;
      boolean fire = nth != 0 ? seen == nth : times == 0 || fired < times;
      if (fire) {
        fired++;
      }
      return fire;
    }

    @Override
    public int firedCount() {
      return fired;
    }

    @Override
    public void remove() {
      rules.remove(this);
    }
  }
}
