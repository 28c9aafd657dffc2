package dev.ivschat.testkit.jqwik;

import net.jqwik.api.Arbitrary;

/**
 * Strings that satisfy one of the service's string constraints (length in code points, and the
 * model's pattern where there is one), whose length range can be narrowed further. Each method
 * returns a new arbitrary and leaves this one unchanged.
 *
 * <pre>{@code
 * Arbitrary<String> shortNames = IvsChatArbitraries.roomNames().ofMinLength(1).ofMaxLength(20);
 * }</pre>
 */
public interface ConstrainedStringArbitrary extends Arbitrary<String> {

  /**
   * Narrows the shortest length.
   *
   * @param minLength code points, within the service's bounds and at most the current maximum
   * @return a new arbitrary
   * @throws IllegalArgumentException when the length is outside those bounds
   */
  ConstrainedStringArbitrary ofMinLength(int minLength);

  /**
   * Narrows the longest length.
   *
   * @param maxLength code points, within the service's bounds and at least the current minimum
   * @return a new arbitrary
   * @throws IllegalArgumentException when the length is outside those bounds
   */
  ConstrainedStringArbitrary ofMaxLength(int maxLength);

  /**
   * Fixes the length.
   *
   * @param length code points, within the service's bounds
   * @return a new arbitrary
   * @throws IllegalArgumentException when the length is outside those bounds
   */
  default ConstrainedStringArbitrary ofLength(int length) {
    return length >= minLength() ? ofMaxLength(length).ofMinLength(length)
        : ofMinLength(length).ofMaxLength(length);
  }

  /**
   * The shortest length generated.
   *
   * @return code points
   */
  int minLength();

  /**
   * The longest length generated.
   *
   * @return code points
   */
  int maxLength();
}
