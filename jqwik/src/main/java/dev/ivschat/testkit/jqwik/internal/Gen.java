package dev.ivschat.testkit.jqwik.internal;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Small building blocks shared by the generators. */
public final class Gen {
  /** How often, against one, the random part of {@link #withBoundaries} is chosen. */
  private static final int RANDOM_WEIGHT = 15;

  private Gen() {
  }

  /**
   * Mostly the random values, sometimes one of the boundary values; the boundary values are also
   * edge cases, so jqwik mixes them in early.
   *
   * @param random the random values
   * @param boundaries values at the constraints' boundaries (immutable, as they are shared)
   * @param <T> the type
   * @return the arbitrary
   */
  public static <T> Arbitrary<T> withBoundaries(Arbitrary<T> random, List<T> boundaries) {
    if (boundaries.isEmpty()) {
      return random;
    }
    List<Arbitrary<T>> each = new ArrayList<>();
    for (T b : boundaries) {
      each.add(Arbitraries.just(b));
    }
    return Arbitraries.frequencyOf(List.of(Tuple.of(1, Arbitraries.oneOf(each)),
        Tuple.of(RANDOM_WEIGHT, random)));
  }

  /**
   * One of several arbitraries, with equal chance; their edge cases take turns, so that each
   * choice has its edge cases tried early.
   *
   * @param choices the arbitraries
   * @param <T> the type
   * @return the arbitrary
   */
  public static <T> Arbitrary<T> oneOf(List<Arbitrary<T>> choices) {
    return new Interleaved<>(choices);
  }

  /**
   * A string of code points from an alphabet, its length (in code points) in a range.
   *
   * @param alphabet the characters
   * @param min the shortest length
   * @param max the longest length
   * @return the strings, shrinking towards shorter ones made of the alphabet's first character
   */
  public static Arbitrary<String> strings(Alphabet alphabet, int min, int max) {
    return alphabet.codePoints().list().ofMinSize(min).ofMaxSize(max).map(Gen::text);
  }

  /**
   * The string of these code points.
   *
   * @param codePoints the code points
   * @return the string
   */
  public static String text(List<Integer> codePoints) {
    StringBuilder sb = new StringBuilder(codePoints.size());
    for (int cp : codePoints) {
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  /**
   * A code point repeated.
   *
   * @param codePoint the code point
   * @param times how often
   * @return the string
   */
  public static String repeat(int codePoint, int times) {
    return new String(Character.toChars(codePoint)).repeat(times);
  }

  /**
   * The length the service counts: code points.
   *
   * @param s a string
   * @return its code points
   */
  public static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
