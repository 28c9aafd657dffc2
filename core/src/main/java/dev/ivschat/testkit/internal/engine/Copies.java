package dev.ivschat.testkit.internal.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies of caller collections that keep nulls (so validation can report them) and cannot change
 * afterwards.
 */
public final class Copies {
  private Copies() {
  }

  /**
   * An unmodifiable copy of a list, keeping null elements; null stays null.
   *
   * @param list the caller's list
   * @return the copy
   */
  public static List<String> list(Collection<String> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * An unmodifiable copy of a map in its iteration order, keeping null keys and values; null stays
   * null.
   *
   * @param map the caller's map
   * @return the copy
   */
  public static Map<String, String> map(Map<String, String> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
