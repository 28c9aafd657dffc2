package dev.ivschat.testkit.server.contract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Real clients for the contract targets, each with an access key of its own, lent out per target
 * and given back when the target closes: a test that opens three services at once gets three keys
 * (three isolated accounts on the server), and building a client per test is avoided.
 *
 * @param <C> the client type
 */
final class ClientPool<C> {
  /** A lent client and its key. */
  record Lease<C>(String accessKeyId, String region, C client) {
  }

  private final String keyPrefix;
  private final BiFunction<String, String, C> factory;
  private final Consumer<C> closer;
  private final Map<String, Deque<Lease<C>>> idle = new HashMap<>();
  private final List<C> all = new ArrayList<>();
  private int made;

  ClientPool(String keyPrefix, BiFunction<String, String, C> factory, Consumer<C> closer) {
    this.keyPrefix = keyPrefix;
    this.factory = factory;
    this.closer = closer;
  }

  synchronized Lease<C> lease(String region) {
    Lease<C> lease = idle.computeIfAbsent(region, r -> new ArrayDeque<>()).poll();
    if (lease == null) {
      String key = keyPrefix + (++made);
      C client = factory.apply(key, region);
      all.add(client);
      lease = new Lease<>(key, region, client);
    }
    return lease;
  }

  synchronized void giveBack(Lease<C> lease) {
    idle.get(lease.region()).push(lease);
  }

  synchronized void close() {
    all.forEach(closer);
    all.clear();
    idle.clear();
  }
}
