package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.jqwik.Invalid;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Builds just-invalid requests: a valid request with exactly one member replaced by an invalid
 * value, each member equally likely.
 *
 * @param <R> the request type (an immutable record, so no copy is needed)
 */
public final class OneWrong<R> {
  private final Arbitrary<R> valid;
  private final List<Arbitrary<Invalid<R>>> ways = new ArrayList<>();

  private OneWrong(Arbitrary<R> valid) {
    this.valid = valid;
  }

  /**
   * Starts from valid requests.
   *
   * @param valid the valid requests
   * @param <R> the request type
   * @return the builder
   */
  public static <R> OneWrong<R> of(Arbitrary<R> valid) {
    return new OneWrong<>(valid);
  }

  /**
   * Adds a member that can be wrong.
   *
   * @param invalid the invalid values of the member, with its field name
   * @param with a copy of a request with the member replaced
   * @param <V> the member type
   * @return this builder
   */
  public <V> OneWrong<R> member(Arbitrary<Invalid<V>> invalid, BiFunction<R, V, R> with) {
    ways.add(Combinators.combine(valid, invalid)
        .as((request, bad) -> bad.map(value -> with.apply(request, value))));
    return this;
  }

  /**
   * The invalid requests.
   *
   * @return one wrong member each
   */
  public Arbitrary<Invalid<R>> build() {
    return Gen.oneOf(ways);
  }
}
