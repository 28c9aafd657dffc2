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
    Arbitrary<String> keys = DefaultTagMapArbitrary.keys();
    Arbitrary<String> values = DefaultTagMapArbitrary.values();
    Arbitrary<Map<String, String>> base = Arbitraries.maps(keys, values).ofMaxSize(max - 1);
    Arbitrary<Map<String, String>> tooMany = Gen.withBoundaries(
        Arbitraries.maps(keys, values).ofMinSize(max + 1).ofMaxSize(max + 5),
        List.of(DefaultTagMapArbitrary.longest(max + 1)));
    return Gen.oneOf(List.of(
        tooMany.map(m -> new Invalid<>(m, TAGS, "has " + m.size()
            + " tags, more than the maximum of " + max)),
        Combinators.combine(base, tagKeys(), values).as((m, k, v) -> new Invalid<>(
            with(m, k.value(), v), TAGS, "has a key that " + k.violation())),
        Combinators.combine(base, keys, tagValues()).as((m, k, v) -> new Invalid<>(
            with(m, k, v.value()), TAGS, "has a value that " + v.violation()))));
  }

  /**
   * Tag keys that are empty, too long, or use the reserved prefix.
   *
   * @return the invalid keys, reported on {@code tags}
   */
  public static Arbitrary<Invalid<String>> tagKeys() {
    Arbitrary<String> reserved = Combinators.combine(Arbitraries.of("aws:", "AWS:", "Aws:"),
        Gen.strings(Alphabets.TEXT, 0, 40)).as(String::concat);
    return Gen.oneOf(List.of(
        Violating.strings(TAGS, Model.TAG_KEY, Alphabets.TEXT, false),
        reserved.map(k -> new Invalid<>(k, TAGS, "is '" + k + "', whose prefix '"
            + Model.RESERVED_TAG_PREFIX + "' is reserved"))));
  }

  /**
   * Tag values that are too long.
   *
   * @return the invalid values, reported on {@code tags}
   */
  public static Arbitrary<Invalid<String>> tagValues() {
    return Violating.strings(TAGS, Model.TAG_VALUE, Alphabets.TEXT, false);
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
