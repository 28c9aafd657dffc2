package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.jqwik.Invalid;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Builds just-invalid requests: a valid request with exactly one member replaced by an invalid
 * value, each member equally likely.
 *
 * @param <R> the request type
 */
public final class OneWrong<R> {
  private final Arbitrary<R> valid;
  private final UnaryOperator<R> copy;
  private final List<Arbitrary<Invalid<R>>> ways = new ArrayList<>();

  private OneWrong(Arbitrary<R> valid, UnaryOperator<R> copy) {
    this.valid = valid;
    this.copy = copy;
  }

  /**
   * Starts from valid requests.
   *
   * @param valid the valid requests
   * @param copy copies a request (the SDK beans' {@code clone()}), so no generated value is changed
   * @param <R> the request type
   * @return the builder
   */
  public static <R> OneWrong<R> of(Arbitrary<R> valid, UnaryOperator<R> copy) {
    return new OneWrong<>(valid, copy);
  }

  /**
   * Adds a member that can be wrong.
   *
   * @param invalid the invalid values of the member, with its field name
   * @param setter sets the member on a request
   * @param <V> the member type
   * @return this builder
   */
  public <V> OneWrong<R> member(Arbitrary<Invalid<V>> invalid, BiConsumer<R, V> setter) {
    ways.add(Combinators.combine(valid, invalid).as((request, bad) -> bad.map(value -> {
      R r = copy.apply(request);
      setter.accept(r, value);
      return r;
    })));
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
