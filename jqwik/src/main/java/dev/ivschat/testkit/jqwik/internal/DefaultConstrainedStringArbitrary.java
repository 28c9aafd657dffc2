package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.ServiceConstraints.Constraint;
import dev.ivschat.testkit.jqwik.ConstrainedStringArbitrary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** Strings of one shape: its alphabet, within its length bounds, with boundary edge cases. */
public final class DefaultConstrainedStringArbitrary extends ArbitraryDecorator<String>
    implements ConstrainedStringArbitrary {
  private final Constraint constraint;
  private final Alphabet alphabet;
  private final Predicate<String> accept;
  private int minLength;
  private int maxLength;

  /**
   * Strings of a shape.
   *
   * @param constraint the shape's constraints (its bounds)
   * @param alphabet the characters its pattern allows, or free text
   * @param accept a further rule the fake applies beyond the shape (e.g. no reserved tag prefix)
   */
  public DefaultConstrainedStringArbitrary(Constraint constraint, Alphabet alphabet,
      Predicate<String> accept) {
    this.constraint = constraint;
    this.alphabet = alphabet;
    this.accept = accept;
    this.minLength = Model.min(constraint);
    this.maxLength = constraint.max();
  }

  @Override
  protected Arbitrary<String> arbitrary() {
    Arbitrary<String> random = Gen.strings(alphabet, minLength, maxLength).filter(accept);
    List<String> boundaries = new ArrayList<>();
    boundaries.add(Gen.repeat(alphabet.filler(), minLength));
    boundaries.add(Gen.repeat(alphabet.filler(), maxLength));
    if (!alphabet.isPattern() && maxLength > 0) {
      boundaries.add(Gen.repeat(Alphabet.EMOJI, maxLength));
    }
    return Gen.withBoundaries(random, boundaries.stream().distinct().toList());
  }

  @Override
  public ConstrainedStringArbitrary ofMinLength(int length) {
    check(length, Model.min(constraint), maxLength, "minLength");
    DefaultConstrainedStringArbitrary clone = typedClone();
    clone.minLength = length;
    return clone;
  }

  @Override
  public ConstrainedStringArbitrary ofMaxLength(int length) {
    check(length, minLength, constraint.max(), "maxLength");
    DefaultConstrainedStringArbitrary clone = typedClone();
    clone.maxLength = length;
    return clone;
  }

  @Override
  public int minLength() {
    return minLength;
  }

  @Override
  public int maxLength() {
    return maxLength;
  }

  private void check(int length, int lowest, int highest, String what) {
    if (length < lowest || length > highest) {
      throw new IllegalArgumentException(what + " of " + constraint.shape() + " must be between "
          + lowest + " and " + highest + ", but was " + length);
    }
  }
}
