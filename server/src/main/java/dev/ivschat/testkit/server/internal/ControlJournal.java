package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.Operation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET .../calls}: the account's call journal, each call with its request and result in
 * the wire's member names (the neutral request records name their components after the
 * model's members).
 */
final class ControlJournal {
  private ControlJournal() {
  }

  /**
   * The journal's filters.
   *
   * @param operation only this operation's calls, or null for all
   * @param last only the newest this many, or null for all
   */
  record Filter(Operation operation, Integer last) {
  }

  /** Reads {@code operation=} and {@code last=}. */
  static Filter filter(ControlRequest request) throws ControlException {
    String operationName = request.query("operation");
    Operation operation = null;
    if (operationName != null) {
      operation = ControlAccount.operation("operation", operationName);
    }
    Integer last = null;
    String lastText = request.query("last");
    if (lastText != null) {
      try {
        last = Integer.parseInt(lastText);
      } catch (NumberFormatException e) {
        last = -1;
      }
      if (last < 0) {
        throw ControlException.badField("last", lastText, "an integer of 0 or more");
      }
    }
    return new Filter(operation, last);
  }

  static Object calls(IvsChat ivsChat, Filter filter) {
    Operation operation = filter.operation();
    Integer last = filter.last();
    List<Call> calls = operation == null ? ivsChat.calls() : ivsChat.calls(operation);
    if (last != null && last < calls.size()) {
      calls = calls.subList(calls.size() - last, calls.size());
    }
    List<Object> out = new ArrayList<>();
    for (Call call : calls) {
      out.add(call(call));
    }
    return Map.of("calls", out);
  }

  static Map<String, Object> call(Call call) {
    Map<String, Object> m = WireText.members("sequence", call.sequence(),
        "operation", call.operation().wireName(), "time", call.time(),
        "requestId", call.requestId(), "request", record((Record) call.request()));
    if (call.failed()) {
      m.put("status", call.error().statusCode());
      m.put("error", ControlWire.error(call.error()));
    } else {
      m.put("status", call.operation().successStatus());
      Map<String, Object> result = ResponseWriter.output(call.operation(), call.result());
      m.put("result", result == null ? Map.of() : result);
    }
    return m;
  }

  /** A request record as its wire members: unset members left out, nested records as objects. */
  static Map<String, Object> record(Record record) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read " + component, e);
      }
      if (value != null) {
        m.put(component.getName(), value instanceof Record r ? record(r) : value);
      }
    }
    return m;
  }
}
