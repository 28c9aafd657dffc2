package dev.ivschat.testkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Immutable map copies for the snapshot records, in a stable order, so that snapshots print (and
 * assertion messages read) the same on every run; {@code Map.copyOf} would not.
 */
final class Snapshots {
  private Snapshots() {
  }

  /** Tags, sorted by key. */
  static Map<String, String> sorted(Map<String, String> map) {
    Map<String, String> copy = new TreeMap<>(map);
    copy.values().forEach(v -> Objects.requireNonNull(v, "map value"));
    return Collections.unmodifiableMap(copy);
  }

  /** Attributes, in the order given. */
  static Map<String, String> ordered(Map<String, String> map) {
    Map<String, String> copy = new LinkedHashMap<>(map);
    copy.forEach((k, v) -> {
      Objects.requireNonNull(k, "map key");
      Objects.requireNonNull(v, "map value");
    });
    return Collections.unmodifiableMap(copy);
  }
}
