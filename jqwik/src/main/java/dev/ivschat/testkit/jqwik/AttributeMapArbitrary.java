package dev.ivschat.testkit.jqwik;

import java.util.Map;
import net.jqwik.api.Arbitrary;

/**
 * Attribute maps of chat tokens and events that stay within the size limit: the UTF-8 bytes of all
 * keys and values together at most 1024 (the documented 1 KB). Some maps fill the limit exactly.
 *
 * <pre>{@code
 * Arbitrary<Map<String, String>> attrs = IvsChatArbitraries.attributeMaps();
 * Arbitrary<Map<String, String>> forAQuota = IvsChatArbitraries.attributeMaps().ofMaxBytes(4096);
 * }</pre>
 */
public interface AttributeMapArbitrary extends Arbitrary<Map<String, String>> {

  /**
   * Uses another limit, for a fake configured with
   * {@code Quotas.defaults().withMaxAttributeBytes(n)}.
   *
   * @param maxBytes at least 1
   * @return a new arbitrary
   * @throws IllegalArgumentException when less than 1
   */
  AttributeMapArbitrary ofMaxBytes(int maxBytes);
}
