package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.Operation;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts each operation's accepted calls over the last second of the fake's clock, against
 * {@link Operation#rateLimitPerSecond()}. Not thread-safe: used under the engine lock.
 */
final class RateLimiter {
  private final Map<Operation, ArrayDeque<Long>> windows = new EnumMap<>(Operation.class);

  /** Whether a call at {@code nowMillis} fits the quota; if it does, it is counted. */
  boolean tryAcquire(Operation operation, long nowMillis) {
    ArrayDeque<Long> window = windows.computeIfAbsent(operation, o -> new ArrayDeque<>());
    while (!window.isEmpty() && window.peekFirst() <= nowMillis - 1000) {
      window.pollFirst();
    }
    if (window.size() >= operation.rateLimitPerSecond()) {
      return false;
    }
    window.addLast(nowMillis);
    return true;
  }

  void clear() {
    windows.clear();
  }
}
