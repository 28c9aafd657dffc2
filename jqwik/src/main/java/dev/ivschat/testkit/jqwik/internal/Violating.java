package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.ServiceConstraints.Constraint;
import dev.ivschat.testkit.jqwik.Invalid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Values that break one constraint of one member: just too short, just too long, one character
 * the pattern does not allow, just out of range, not in the enum, or missing.
 */
public final class Violating {
  private Violating() {
  }

  /**
   * Strings that break a string shape, each in one way the shape allows to break.
   *
   * @param field the member name the fake reports
   * @param c the shape
   * @param alphabet the characters its pattern allows (free text when it has none)
   * @param required whether the member is required (then null is one of the invalid values)
   * @return the invalid strings
   */
  public static Arbitrary<Invalid<String>> strings(String field, Constraint c, Alphabet alphabet,
      boolean required) {
    List<Arbitrary<Invalid<String>>> ways = new ArrayList<>();
    int min = Model.min(c);
    if (required) {
      ways.add(Arbitraries.just(new Invalid<>(null, field, "is missing but required")));
    }
    if (min > 0) {
      ways.add(Gen.withBoundaries(Gen.strings(alphabet, 0, min - 1),
          List.of(Gen.repeat(alphabet.filler(), min - 1)))
          .map(s -> new Invalid<>(s, field, "has " + Gen.length(s)
              + " characters, fewer than the minimum of " + min)));
    }
    if (c.max() != null) {
      int max = c.max();
      ways.add(Gen.withBoundaries(Gen.strings(alphabet, max + 1, max + Math.max(8, max / 4)),
          List.of(Gen.repeat(alphabet.filler(), max + 1)))
          .map(s -> new Invalid<>(s, field, "has " + Gen.length(s)
              + " characters, more than the maximum of " + max)));
    }
    if (alphabet.isPattern()) {
      ways.add(withOutsider(alphabet, Math.max(min, 1), c.max())
          .map(s -> new Invalid<>(s, field, outsiderMessage(s, alphabet))));
    }
    return Gen.oneOf(ways);
  }

  /**
   * Integers just outside a range, and further out.
   *
   * @param field the member name
   * @param c an integer shape
   * @return the invalid integers
   */
  public static Arbitrary<Invalid<Integer>> integers(String field, Constraint c) {
    int min = c.min();
    int max = c.max();
    Arbitrary<Invalid<Integer>> below =
        Gen.withBoundaries(Arbitraries.integers().lessOrEqual(min - 1), List.of(min - 1, 0))
            .map(i -> new Invalid<>(i, field, "is " + i + ", less than the minimum of " + min));
    Arbitrary<Invalid<Integer>> above =
        Gen.withBoundaries(Arbitraries.integers().greaterOrEqual(max + 1), List.of(max + 1))
            .map(i -> new Invalid<>(i, field, "is " + i + ", more than the maximum of " + max));
    return Gen.oneOf(List.of(below, above));
  }

  /**
   * Strings that are not one of an enum's values: the values in another case, with a space,
   * empty, or made up.
   *
   * @param field the member name
   * @param c an enum shape
   * @return the invalid values
   */
  public static Arbitrary<Invalid<String>> enumValues(String field, Constraint c) {
    List<String> wrong = new ArrayList<>();
    for (String v : c.enumValues()) {
      wrong.add(v.toLowerCase(Locale.ROOT));
      wrong.add(v + " ");
    }
    wrong.add("");
    Arbitrary<String> madeUp = Gen.strings(Alphabets.NAME, 1, 20);
    return Arbitraries.oneOf(List.of(Arbitraries.of(wrong), madeUp))
        .filter(s -> !c.enumValues().contains(s))
        .map(s -> new Invalid<>(s, field, "is '" + s + "', not one of " + c.enumValues()));
  }

  /** Strings of allowed length, from the alphabet except one character it does not allow. */
  private static Arbitrary<String> withOutsider(Alphabet alphabet, int min, int max) {
    Arbitrary<List<Integer>> rest = alphabet.codePoints().list().ofMinSize(min - 1)
        .ofMaxSize(max - 1);
    return Combinators.combine(rest, alphabet.outsiders(), Arbitraries.integers().between(0, 1000))
        .as((cps, bad, where) -> {
          List<Integer> all = new ArrayList<>(cps);
          all.add(where % (cps.size() + 1), bad);
          return Gen.text(all);
        });
  }

  private static String outsiderMessage(String s, Alphabet alphabet) {
    int bad = s.codePoints().filter(cp -> !alphabet.allows(cp)).findFirst().orElseThrow();
    return "contains '" + new String(Character.toChars(bad)) + "' (U+"
        + String.format(Locale.ROOT, "%04X", bad) + "), which " + alphabet + " does not allow";
  }
}
