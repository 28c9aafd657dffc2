package dev.ivschat.testkit.internal.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The resources of one kind, by id and in list order (newest {@code updateTime} first, ties broken
 * by newest change). Lookups are O(1), changes O(log n), and a page is O(page + log n) plus the
 * entries a filter skips. Not thread-safe: the engine calls it under its lock.
 *
 * @param <T> the resource snapshot type
 */
final class Catalog<T> {
  /** A position in list order. */
  record Key(long updateMillis, long sequence, String id) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = Long.compare(o.updateMillis, updateMillis);
      return c != 0 ? c : Long.compare(o.sequence, sequence);
    }
  }

  /** One page: the items, and the key of the last one when more may follow. */
  record Page<T>(List<T> items, Key last, boolean more) {
  }

  private final Map<String, Key> keys = new HashMap<>();
  private final NavigableMap<Key, T> order = new TreeMap<>();
  private long sequence;

  T get(String id) {
    Key key = keys.get(id);
    return key == null ? null : order.get(key);
  }

  /** Adds or replaces a resource; it moves to the position of its update time. */
  void put(String id, T value, Instant updateTime) {
    Key old = keys.get(id);
    if (old != null) {
      order.remove(old);
    }
    Key key = new Key(updateTime.toEpochMilli(), ++sequence, id);
    keys.put(id, key);
    order.put(key, value);
  }

  /** Replaces a resource without moving it (for changes that do not touch its update time). */
  void replaceInPlace(String id, T value) {
    Key key = keys.get(id);
    order.put(key, value);
  }

  T remove(String id) {
    Key key = keys.remove(id);
    return key == null ? null : order.remove(key);
  }

  boolean contains(String id) {
    return keys.containsKey(id);
  }

  int size() {
    return keys.size();
  }

  Collection<T> values() {
    return order.values();
  }

  void clear() {
    keys.clear();
    order.clear();
    sequence = 0;
  }

  /**
   * The page after {@code after} (from the start when null) of at most {@code limit} items that
   * match; whether more follow is found by looking for one more match.
   */
  Page<T> page(Key after, Predicate<T> filter, int limit) {
    NavigableMap<Key, T> rest = after == null ? order : order.tailMap(after, false);
    List<T> items = new ArrayList<>(Math.min(limit, keys.size()));
    Key last = null;
    for (Map.Entry<Key, T> e : rest.entrySet()) {
      if (!filter.test(e.getValue())) {
        continue;
      }
      if (items.size() == limit) {
        return new Page<>(items, last, true);
      }
      items.add(e.getValue());
      last = e.getKey();
    }
    return new Page<>(items, last, false);
  }
}
