package dev.ivschat.testkit.jqwik;

import java.util.Map;
import net.jqwik.api.Arbitrary;

/**
 * Tag maps the service accepts: at most 50 entries, keys of 1 to 128 and values of 0 to 256
 * characters, no key with the reserved {@code aws:} prefix. Each method returns a new arbitrary.
 *
 * <pre>{@code
 * Arbitrary<Map<String, String>> someTags = IvsChatArbitraries.tagMaps().ofMinSize(1).ofMaxSize(5);
 * }</pre>
 */
public interface TagMapArbitrary extends Arbitrary<Map<String, String>> {

  /**
   * Narrows the smallest number of tags.
   *
   * @param minSize from 0 to the current maximum
   * @return a new arbitrary
   * @throws IllegalArgumentException when outside that range
   */
  TagMapArbitrary ofMinSize(int minSize);

  /**
   * Narrows the largest number of tags.
   *
   * @param maxSize from the current minimum to 50
   * @return a new arbitrary
   * @throws IllegalArgumentException when outside that range
   */
  TagMapArbitrary ofMaxSize(int maxSize);
}
