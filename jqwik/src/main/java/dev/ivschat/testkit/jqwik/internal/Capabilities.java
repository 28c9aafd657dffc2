package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.jqwik.Invalid;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Chat-token capability lists. */
public final class Capabilities {
  private static final String FIELD = "capabilities";

  private Capabilities() {
  }

  /**
   * Lists of distinct capabilities, from none to all of them.
   *
   * @return the lists
   */
  public static Arbitrary<List<String>> valid() {
    List<String> all = Model.CAPABILITY.enumValues();
    return Gen.withBoundaries(
        Arbitraries.of(all).list().uniqueElements().ofMaxSize(all.size()),
        List.of(List.of(), all));
  }

  /**
   * Lists with one value that is not a capability, among valid ones.
   *
   * @return the invalid lists
   */
  public static Arbitrary<Invalid<List<String>>> invalid() {
    List<String> all = Model.CAPABILITY.enumValues();
    Arbitrary<List<String>> some = Arbitraries.of(all).list().uniqueElements()
        .ofMaxSize(all.size() - 1);
    return Combinators.combine(some, Violating.enumValues(FIELD, Model.CAPABILITY),
        Arbitraries.integers().between(0, all.size())).as((valid, bad, where) -> {
          List<String> list = new ArrayList<>(valid);
          list.add(Math.min(where, list.size()), bad.value());
          return new Invalid<>(List.copyOf(list), FIELD, "has an element that " + bad.violation());
        });
  }
}
