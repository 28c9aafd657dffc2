package dev.ivschat.testkit.jqwik.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * One of several arbitraries with equal chance, whose edge cases take turns: the first edge case
 * of each choice, then the second of each, and so on. jqwik's own {@code oneOf} lists all edge
 * cases of the first choice before those of the next, so with a limited budget the early choices
 * (the first member of a request) would crowd out the others.
 *
 * @param <T> the type
 */
final class Interleaved<T> extends ArbitraryDecorator<T> {
  private final List<Arbitrary<T>> choices;

  Interleaved(List<Arbitrary<T>> choices) {
    this.choices = List.copyOf(choices);
  }

  @Override
  protected Arbitrary<T> arbitrary() {
    return Arbitraries.oneOf(choices);
  }

  @Override
  public EdgeCases<T> edgeCases(int maxEdgeCases) {
    int each = Math.max(1, maxEdgeCases / choices.size());
    List<Iterator<Supplier<Shrinkable<T>>>> sources = new ArrayList<>();
    for (Arbitrary<T> choice : choices) {
      sources.add(choice.edgeCases(each).suppliers().iterator());
    }
    List<Supplier<Shrinkable<T>>> out = new ArrayList<>();
    boolean more = true;
    while (more && out.size() < maxEdgeCases) {
      more = false;
      for (Iterator<Supplier<Shrinkable<T>>> source : sources) {
        if (source.hasNext() && out.size() < maxEdgeCases) {
          out.add(source.next());
          more = true;
        }
      }
    }
    return EdgeCases.fromSuppliers(out);
  }
}
