package dev.ivschat.testkit.jqwik.internal;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Attribute maps measured in UTF-8 bytes, as the fake measures them. */
public final class AttributeMaps {
  private static final String PAD_KEY = "pad";

  private AttributeMaps() {
  }

  /**
   * Maps of a few short entries, of any size in bytes; cut to size with {@link #fit} or
   * {@link #fill}.
   *
   * @return the maps
   */
  public static Arbitrary<Map<String, String>> raw() {
    return Arbitraries.maps(Gen.strings(Alphabets.TEXT, 1, 24), Gen.strings(Alphabets.TEXT, 0, 96))
        .ofMaxSize(10);
  }

  /**
   * The UTF-8 bytes of all keys and values.
   *
   * @param map a map
   * @return the bytes
   */
  public static int bytes(Map<String, String> map) {
    int n = 0;
    for (Map.Entry<String, String> e : map.entrySet()) {
      n += utf8(e.getKey()) + utf8(e.getValue());
    }
    return n;
  }

  /**
   * The entries of a map, in its order, that fit in a budget.
   *
   * @param map the map
   * @param budget bytes
   * @return a new map of at most {@code budget} bytes
   */
  public static Map<String, String> fit(Map<String, String> map, int budget) {
    Map<String, String> out = new LinkedHashMap<>();
    int used = 0;
    for (Map.Entry<String, String> e : map.entrySet()) {
      int size = utf8(e.getKey()) + utf8(e.getValue());
      if (used + size <= budget) {
        out.put(e.getKey(), e.getValue());
        used += size;
      }
    }
    return out;
  }

  /**
   * Some entries of a map padded with one more entry so that the map has exactly
   * {@code target} bytes.
   *
   * @param map the map
   * @param target bytes, at least 1
   * @return a new map of exactly {@code target} bytes
   */
  public static Map<String, String> fill(Map<String, String> map, int target) {
    if (target < 16) {
      return single(target);
    }
    Map<String, String> out = fit(map, target - 16);
    String key = PAD_KEY;
    while (out.containsKey(key)) {
      key = "_" + key;
    }
    out.put(key, "");
    out.put(key, "x".repeat(target - bytes(out)));
    return out;
  }

  /**
   * A single entry of exactly {@code target} bytes, its value made of four-byte characters as far
   * as they go.
   *
   * @param target bytes, at least 1
   * @return an unmodifiable map
   */
  public static Map<String, String> single(int target) {
    int valueBytes = target - 1;
    String value = Gen.repeat(Alphabet.EMOJI, valueBytes / 4) + "a".repeat(valueBytes % 4);
    return Collections.unmodifiableMap(new LinkedHashMap<>(Map.of("k", value)));
  }

  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
