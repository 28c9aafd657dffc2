package dev.ivschat.testkit.jqwik.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;

/**
 * The characters a generated string may hold: either the set a model pattern allows (such as
 * {@code [a-zA-Z0-9-_]}), or free text for members without a pattern.
 *
 * <p>Free text is mostly printable ASCII with some Latin, CJK and emoji; the emoji lie outside the
 * Basic Multilingual Plane, so code-point lengths (what the service counts) and {@code char}
 * lengths differ. Unpaired surrogates are never generated.
 */
public final class Alphabet {
  /** A character outside the BMP: two {@code char}s, one code point, four UTF-8 bytes. */
  public static final int EMOJI = 0x1F600;
  /**
   * Free text: weight, first and last code point of each range, mostly lower-case ASCII, then
   * printable ASCII, Latin, CJK and emoji (outside the BMP).
   */
  private static final int[][] TEXT_RANGES = {{12, 'a', 'z'}, {6, 0x20, 0x7E}, {2, 0xA1, 0x24F},
      {1, 0x4E00, 0x9FFF}, {1, 0x1F300, 0x1F64F}};
  private static final int TEXT_WEIGHTS = 22;
  /** Slots per unit of weight: a multiple of no range's size is needed, only enough spread. */
  private static final int TEXT_SLOTS = 1 << 16;
  private static final String SUSPECTS = " !\"#$%&'()*+,-./:;<=>?@AZ[\\]^_`az{|}~\té";

  private final String description;
  private final int[] allowed;

  private Alphabet(String description, int[] allowed) {
    this.description = description;
    this.allowed = allowed;
  }

  /**
   * The characters of a pattern's character class.
   *
   * @param description the class as the model writes it, e.g. {@code [a-z0-9-.]}
   * @param chars every allowed character
   * @return the alphabet
   */
  public static Alphabet of(String description, String chars) {
    int[] cps = chars.codePoints().distinct().sorted().toArray();
    return new Alphabet(description, cps);
  }

  /**
   * Free text: any character except unpaired surrogates.
   *
   * @return the alphabet
   */
  public static Alphabet anyText() {
    return new Alphabet("any text", null);
  }

  /**
   * The allowed code points, as an arbitrary that shrinks towards the first of them.
   *
   * @return the code points
   */
  public Arbitrary<Integer> codePoints() {
    if (allowed != null) {
      List<Integer> list = new ArrayList<>(allowed.length);
      Arrays.stream(allowed).forEach(list::add);
      return Arbitraries.of(list);
    }
    return Arbitraries.integers().between(0, TEXT_WEIGHTS * TEXT_SLOTS - 1)
        .withDistribution(RandomDistribution.uniform()).map(Alphabet::textCodePoint);
  }

  /**
   * The free-text code point of a slot: slots are split into the ranges of {@link #TEXT_RANGES}
   * in proportion to their weights, so one integer draw (which shrinks towards slot 0, an
   * {@code a}) picks both the range and the character.
   */
  private static int textCodePoint(int slot) {
    int weight = slot / TEXT_SLOTS;
    int offset = slot % TEXT_SLOTS;
    for (int[] range : TEXT_RANGES) {
      if (weight < range[0]) {
        return range[1] + offset % (range[2] - range[1] + 1);
      }
      weight -= range[0];
    }
    throw new IllegalArgumentException("slot " + slot);
  }

  /**
   * Whether a code point belongs to this alphabet.
   *
   * @param codePoint the code point
   * @return true when allowed
   */
  public boolean allows(int codePoint) {
    if (allowed == null) {
      return !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
    }
    return Arrays.binarySearch(allowed, codePoint) >= 0;
  }

  /**
   * Characters a pattern with this alphabet rejects, chosen among the usual suspects
   * (punctuation, space, letters of the other case, an accented letter, an emoji).
   *
   * @return the rejected code points
   * @throws IllegalStateException for free text, which rejects nothing
   */
  public Arbitrary<Integer> outsiders() {
    List<Integer> out = new ArrayList<>();
    SUSPECTS.codePoints().filter(cp -> !allows(cp)).forEach(out::add);
    if (!allows(EMOJI)) {
      out.add(EMOJI);
    }
    if (allowed == null || out.isEmpty()) {
      throw new IllegalStateException(description + " allows every suspect character");
    }
    return Arbitraries.of(out);
  }

  /**
   * The character used to fill boundary strings: the first letter the alphabet allows.
   *
   * @return a code point
   */
  public int filler() {
    return allows('a') ? 'a' : allows('A') ? 'A' : allowed[0];
  }

  /**
   * Whether this is a pattern's alphabet (false for free text).
   *
   * @return true for a pattern's alphabet
   */
  public boolean isPattern() {
    return allowed != null;
  }

  @Override
  public String toString() {
    return description;
  }
}
