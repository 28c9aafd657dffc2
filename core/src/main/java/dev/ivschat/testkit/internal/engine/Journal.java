package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.Operation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The call journal: every call, oldest first, indexed by operation, keeping at most the newest
 * {@code limit} calls. Not thread-safe: used under the engine lock.
 */
final class Journal {
  private final int limit;
  private final ArrayDeque<Call> calls = new ArrayDeque<>();
  private final Map<Operation, ArrayDeque<Call>> byOperation = new EnumMap<>(Operation.class);
  private long sequence;

  Journal(int limit) {
    this.limit = limit;
  }

  long nextSequence() {
    return ++sequence;
  }

  void add(Call call) {
    if (limit == 0) {
      return;
    }
    if (calls.size() == limit) {
      Call oldest = calls.pollFirst();
      byOperation.get(oldest.operation()).pollFirst();
    }
    calls.addLast(call);
    byOperation.computeIfAbsent(call.operation(), o -> new ArrayDeque<>()).addLast(call);
  }

  List<Call> all() {
    return Collections.unmodifiableList(new ArrayList<>(calls));
  }

  List<Call> of(Operation operation) {
    ArrayDeque<Call> these = byOperation.get(operation);
    return these == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(these));
  }

  /** The newest {@code n} calls, oldest first. */
  List<Call> last(int n) {
    List<Call> out = new ArrayList<>(Math.min(n, calls.size()));
    var it = calls.descendingIterator();
    while (it.hasNext() && out.size() < n) {
      out.add(it.next());
    }
    Collections.reverse(out);
    return Collections.unmodifiableList(out);
  }

  void clear() {
    calls.clear();
    byOperation.clear();
    sequence = 0;
  }
}
