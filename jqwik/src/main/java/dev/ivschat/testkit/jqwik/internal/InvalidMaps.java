package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.jqwik.Invalid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Tag and attribute maps that break exactly one rule. */
public final class InvalidMaps {
  private static final String TAGS = "tags";
  private static final String ATTRIBUTES = "attributes";

  private InvalidMaps() {
  }

  /**
   * Tag maps with one too many tags or more, or one bad entry among valid ones: an empty key, a
   * key or value one character too long or longer, or a key with the reserved prefix.
   *
   * @return the invalid maps, reported on {@code tags}
   */
  public static Arbitrary<Invalid<Map<String, String>>> tags() {
    int max = Model.TAGS.max();
    int keyMax = Model.TAG_KEY.max();
    int valueMax = Model.TAG_VALUE.max();
    Arbitrary<String> keys = DefaultTagMapArbitrary.keys();
    Arbitrary<String> values = DefaultTagMapArbitrary.values();
    Arbitrary<Map<String, String>> base = Arbitraries.maps(keys, values).ofMaxSize(max - 1);
    Arbitrary<Map<String, String>> tooMany = Gen.withBoundaries(
        Arbitraries.maps(keys, values).ofMinSize(max + 1).ofMaxSize(max + 5),
        List.of(DefaultTagMapArbitrary.longest(max + 1)));
    Arbitrary<String> longKeys = Gen.withBoundaries(Gen.strings(Alphabets.TEXT, keyMax + 1,
        keyMax + 32), List.of("k".repeat(keyMax + 1)));
    Arbitrary<String> longValues = Gen.withBoundaries(Gen.strings(Alphabets.TEXT, valueMax + 1,
        valueMax + 64), List.of("v".repeat(valueMax + 1)));
    Arbitrary<String> reservedKeys = Combinators.combine(Arbitraries.of("aws:", "AWS:", "Aws:"),
        Gen.strings(Alphabets.TEXT, 0, 40)).as(String::concat);
    return Gen.oneOf(List.of(
        tooMany.map(m -> new Invalid<>(m, TAGS, "has " + m.size() + " tags, more than the maximum of "
            + max)),
        Combinators.combine(base, values).as((m, v) -> new Invalid<>(with(m, "", v), TAGS,
            "has an empty key; keys have at least " + Model.min(Model.TAG_KEY) + " character")),
        Combinators.combine(base, longKeys, values).as((m, k, v) -> new Invalid<>(with(m, k, v),
            TAGS, "has a key of " + Gen.length(k) + " characters, more than the maximum of "
                + keyMax)),
        Combinators.combine(base, keys, longValues).as((m, k, v) -> new Invalid<>(with(m, k, v),
            TAGS, "has a value of " + Gen.length(v) + " characters, more than the maximum of "
                + valueMax)),
        Combinators.combine(base, reservedKeys, values).as((m, k, v) -> new Invalid<>(
            with(m, k, v), TAGS, "has the key '" + k + "', whose prefix '"
                + Model.RESERVED_TAG_PREFIX + "' is reserved"))));
  }

  /**
   * Attribute maps whose keys and values take more UTF-8 bytes than the limit: one byte more, or
   * many.
   *
   * @param maxBytes the limit
   * @return the invalid maps, reported on {@code attributes}
   */
  public static Arbitrary<Invalid<Map<String, String>>> attributes(int maxBytes) {
    Arbitrary<Integer> over = Gen.withBoundaries(Arbitraries.integers().between(1, maxBytes),
        List.of(1));
    return Combinators.combine(AttributeMaps.raw(), over)
        .as((m, extra) -> AttributeMaps.fill(m, maxBytes + extra))
        .map(m -> new Invalid<>(m, ATTRIBUTES, "has keys and values of "
            + AttributeMaps.bytes(m) + " bytes in UTF-8, more than the maximum of " + maxBytes));
  }

  private static Map<String, String> with(Map<String, String> map, String key, String value) {
    Map<String, String> out = new LinkedHashMap<>(map);
    out.put(key, value);
    return out;
  }
}
