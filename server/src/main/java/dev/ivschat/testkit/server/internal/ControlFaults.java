package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.Faults;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.ServiceError;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code .../faults}: scripts {@link Faults} rules from JSON and remembers the rules it added,
 * by id, so a test can list them (with how often each fired) and remove one.
 */
final class ControlFaults {
  private record Added(String id, Map<String, Object> description, Faults.Rule rule) {
    Map<String, Object> view() {
      Map<String, Object> m = new LinkedHashMap<>(description);
      m.put("firedCount", rule.firedCount());
      return m;
    }
  }

  private final AtomicLong ids = new AtomicLong();
  private final Map<IvsChat, Map<String, Added>> added = new WeakHashMap<>();

  /** Reads and checks a rule; nothing is added until the whole body is valid. */
  Object add(ControlBody body, ControlAccount account) throws ControlException {
    body.allow("operation", "error", "nthCall", "times", "when");
    Operation operation = null;
    String name = body.string("operation");
    if (name != null) {
      operation = ControlAccount.operation("operation", name);
    }
    if (!body.has("error")) {
      throw ControlException.badRequest("Bad body: the member error is missing (a wire error"
          + " code such as \"ThrottlingException\", or {\"code\": ..., \"message\": ...})");
    }
    ServiceError error = ControlServiceErrors.read(body.raw("error"));
    Integer nth = body.integer("nthCall", 1);
    Integer times = body.integer("times", 1);
    if (nth != null && times != null) {
      throw ControlException.badRequest("Bad body: a fault takes nthCall or times, not both");
    }
    Map<String, Object> when = when(body.object("when"), operation);
    IvsChat ivsChat = account.forWrite();
    Faults.RuleBuilder rule = operation == null ? ivsChat.faults().onAnyOperation()
        : ivsChat.faults().on(operation);
    if (nth != null) {
      rule.nthCall(nth);
    }
    if (times != null) {
      rule.times(times);
    }
    if (!when.isEmpty()) {
      rule.when(request -> matches(request, when));
    }
    String id = "fault-" + ids.incrementAndGet();
    Map<String, Object> description = WireText.members("id", id,
        "operation", operation == null ? null : operation.wireName(),
        "error", ControlWire.error(error), "nthCall", nth, "times", times,
        "when", when.isEmpty() ? null : when);
    Added entry = new Added(id, description, rule.fail(error));
    synchronized (added) {
      added.computeIfAbsent(ivsChat, k -> new LinkedHashMap<>()).put(id, entry);
    }
    return entry.view();
  }

  private static Map<String, Object> when(Map<?, ?> when, Operation operation)
      throws ControlException {
    Map<String, Object> out = new LinkedHashMap<>();
    if (when == null) {
      return out;
    }
    for (Map.Entry<?, ?> e : when.entrySet()) {
      String member = (String) e.getKey();
      Object value = e.getValue();
      if (!(value instanceof String) && !(value instanceof Long)) {
        throw ControlException.badField("when." + member, value, "a string or an integer");
      }
      if (operation != null && Arrays.stream(operation.requestType().getRecordComponents())
          .map(RecordComponent::getName).noneMatch(member::equals)) {
        throw ControlException.badField("when", member, "a request member of "
            + operation.wireName() + ": " + String.join(", ", Arrays.stream(
                operation.requestType().getRecordComponents()).map(RecordComponent::getName)
                .toList()));
      }
      out.put(member, value);
    }
    return out;
  }

  private static boolean matches(IvsChatRequest<?> request, Map<String, Object> when) {
    Map<String, Object> members = ControlJournal.record((Record) request);
    for (Map.Entry<String, Object> e : when.entrySet()) {
      Object actual = members.get(e.getKey());
      Object expected = e.getValue();
      boolean same = actual instanceof Number n && expected instanceof Long l
          ? n.longValue() == l : Objects.equals(actual, expected);
      if (!same) {
        return false;
      }
    }
    return true;
  }

  Object list(IvsChat ivsChat) {
    List<Object> out = new ArrayList<>();
    synchronized (added) {
      for (Added a : added.getOrDefault(ivsChat, Map.of()).values()) {
        out.add(a.view());
      }
    }
    return Map.of("faults", out);
  }

  Object get(IvsChat ivsChat, String id) throws ControlException {
    synchronized (added) {
      Added a = added.getOrDefault(ivsChat, Map.of()).get(id);
      if (a == null) {
        throw unknown(id);
      }
      return a.view();
    }
  }

  Object remove(IvsChat ivsChat, String id) throws ControlException {
    Added a;
    synchronized (added) {
      a = added.getOrDefault(ivsChat, new LinkedHashMap<>()).remove(id);
    }
    if (a == null) {
      throw unknown(id);
    }
    a.rule().remove();
    return a.view();
  }

  /** Removes every rule and turns every switch off ({@link Faults#clear()}). */
  void clear(IvsChat ivsChat) {
    ivsChat.faults().clear();
    forget(ivsChat);
  }

  /** Forgets the rules of an account that was reset. */
  void forget(IvsChat ivsChat) {
    synchronized (added) {
      added.remove(ivsChat);
    }
  }

  private static ControlException unknown(String id) {
    return ControlException.notFound("No fault " + Json.text(id) + " on this account (list them"
        + " with GET .../faults)");
  }

  /** {@code POST .../faults/account}: the account-wide switches. */
  static Object switches(ControlBody body, ControlAccount account) throws ControlException {
    body.allow("pendingVerification", "accessDenied", "enforceRateQuotas");
    Boolean pending = body.bool("pendingVerification");
    Boolean denied = body.bool("accessDenied");
    Boolean rates = body.bool("enforceRateQuotas");
    if (pending == null && denied == null && rates == null) {
      throw ControlException.badRequest("Bad body: give at least one of pendingVerification,"
          + " accessDenied, enforceRateQuotas (true or false)");
    }
    Faults faults = account.forWrite().faults();
    if (pending != null) {
      faults.pendingVerification(pending);
    }
    if (denied != null) {
      faults.accessDenied(denied);
    }
    if (rates != null) {
      faults.enforceRateQuotas(rates);
    }
    return WireText.members("pendingVerification", pending, "accessDenied", denied,
        "enforceRateQuotas", rates);
  }
}
