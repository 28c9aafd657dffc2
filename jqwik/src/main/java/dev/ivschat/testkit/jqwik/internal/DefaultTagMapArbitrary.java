package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.jqwik.TagMapArbitrary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** Tag maps within the {@code Tags}, {@code TagKey} and {@code TagValue} shapes. */
public final class DefaultTagMapArbitrary extends ArbitraryDecorator<Map<String, String>>
    implements TagMapArbitrary {
  private int minSize = Model.min(Model.TAGS);
  private int maxSize = Model.TAGS.max();

  /**
   * Valid tag keys: free text of the {@code TagKey} lengths, without the reserved prefix.
   *
   * @return the keys
   */
  public static DefaultConstrainedStringArbitrary keys() {
    return new DefaultConstrainedStringArbitrary(Model.TAG_KEY, Alphabets.TEXT,
        k -> !Model.isReserved(k));
  }

  /**
   * Valid tag values.
   *
   * @return the values
   */
  public static DefaultConstrainedStringArbitrary values() {
    return new DefaultConstrainedStringArbitrary(Model.TAG_VALUE, Alphabets.TEXT, v -> true);
  }

  @Override
  protected Arbitrary<Map<String, String>> arbitrary() {
    Arbitrary<Map<String, String>> random =
        Arbitraries.maps(keys(), values()).ofMinSize(minSize).ofMaxSize(maxSize);
    List<Map<String, String>> boundaries = new ArrayList<>();
    boundaries.add(longest(minSize));
    boundaries.add(longest(maxSize));
    return Gen.withBoundaries(random, boundaries.stream().distinct().toList());
  }

  /**
   * A map of {@code size} tags whose keys and values all have the longest allowed length.
   *
   * @param size the number of tags
   * @return an unmodifiable map
   */
  public static Map<String, String> longest(int size) {
    int keyLength = Model.TAG_KEY.max();
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      String number = String.format("key%02d-", i);
      map.put(number + "k".repeat(keyLength - number.length()), "v".repeat(Model.TAG_VALUE.max()));
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public TagMapArbitrary ofMinSize(int size) {
    check(size, Model.min(Model.TAGS), maxSize, "minSize");
    DefaultTagMapArbitrary clone = typedClone();
    clone.minSize = size;
    return clone;
  }

  @Override
  public TagMapArbitrary ofMaxSize(int size) {
    check(size, minSize, Model.TAGS.max(), "maxSize");
    DefaultTagMapArbitrary clone = typedClone();
    clone.maxSize = size;
    return clone;
  }

  private static void check(int size, int lowest, int highest, String what) {
    if (size < lowest || size > highest) {
      throw new IllegalArgumentException(what + " of a tag map must be between " + lowest
          + " and " + highest + ", but was " + size);
    }
  }
}
