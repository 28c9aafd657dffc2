package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.jqwik.AttributeMapArbitrary;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** Attribute maps within a byte limit; one in four fills it exactly. */
public final class DefaultAttributeMapArbitrary extends ArbitraryDecorator<Map<String, String>>
    implements AttributeMapArbitrary {
  private int maxBytes = Model.MAX_ATTRIBUTE_BYTES;

  @Override
  protected Arbitrary<Map<String, String>> arbitrary() {
    int limit = maxBytes;
    Arbitrary<Map<String, String>> random = Arbitraries.frequencyOf(List.of(
        Tuple.of(3, AttributeMaps.raw().map(m -> AttributeMaps.fit(m, limit))),
        Tuple.of(1, AttributeMaps.raw().map(m -> AttributeMaps.fill(m, limit)))));
    return Gen.withBoundaries(random, List.of(Map.of(), AttributeMaps.single(limit)));
  }

  @Override
  public AttributeMapArbitrary ofMaxBytes(int bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException(
          "maxBytes must be between 1 and " + Integer.MAX_VALUE + ", but was " + bytes);
    }
    DefaultAttributeMapArbitrary clone = typedClone();
    clone.maxBytes = bytes;
    return clone;
  }
}
