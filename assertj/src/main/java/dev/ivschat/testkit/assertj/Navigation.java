package dev.ivschat.testkit.assertj;

import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ivschat.testkit.ServiceError;
import dev.ivschat.testkit.assertj.internal.ServiceErrors;
import dev.ivschat.testkit.assertj.internal.ShouldHaveThrownServiceError;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.MapAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * How an assert reaches the asserts of the values it navigates to, hard or soft.
 *
 * <p>Hard, the child is a plain assert and a failed navigation throws. Soft, the child is a proxy of
 * the soft assertions (so its failures are collected too), and a failed navigation is collected and
 * the chain carries on over a null value (whose assertions then fail as AssertJ's do on null).
 * Children inherit the parent's description and representation.
 */
final class Navigation {
  /** Navigation of assertions made with {@link IvsChatAssertions}. */
  static final Navigation HARD = new Navigation(null);

  private static final Set<String> ENTRY_POINTS = Set.of(Navigation.class.getName(),
      IvsChatAssertions.class.getName(), IvsChatSoftAssertionsProvider.class.getName());

  private final SoftAssertionsProvider softly;

  private Navigation(SoftAssertionsProvider softly) {
    this.softly = softly;
  }

  static Navigation soft(SoftAssertionsProvider softly) {
    return new Navigation(Objects.requireNonNull(softly, "softly"));
  }

  /** The assert on a value reached from {@code parent} (null for an entry point). */
  <A extends AbstractAssert<A, ? extends T>, T> A open(Class<A> type, Class<T> actualType,
      T value, Supplier<A> hard, AbstractAssert<?, ?> parent) {
    A child = softly == null ? hard.get() : softly.proxy(type, actualType, value);
    inherit(child, parent);
    return child;
  }

  /** Reports a navigation that failed: thrown when hard, collected when soft. */
  void fail(AssertionError error) {
    if (softly == null) {
      throw error;
    }
    softly.collectAssertionError(error);
  }

  @SuppressWarnings("unchecked")
  <K, V> MapAssert<K, V> map(Map<K, V> value, AbstractAssert<?, ?> parent) {
    MapAssert<K, V> child = softly == null ? new MapAssert<>(value)
        : softly.proxy(MapAssert.class, Map.class, value);
    inherit(child, parent);
    return child;
  }

  @SuppressWarnings("unchecked")
  <E> ListAssert<E> list(List<E> value, AbstractAssert<?, ?> parent) {
    ListAssert<E> child = softly == null ? new ListAssert<>(value)
        : softly.proxy(ListAssert.class, List.class, value);
    inherit(child, parent);
    return child;
  }

  @SuppressWarnings("unchecked")
  <T> ObjectAssert<T> object(T value, AbstractAssert<?, ?> parent) {
    ObjectAssert<T> child = softly == null ? new ObjectAssert<>(value)
        : softly.proxy(ObjectAssert.class, Object.class, value);
    inherit(child, parent);
    return child;
  }

  /**
   * Runs code that should fail with a service error and opens an assert on what it threw; when it
   * threw nothing, or nothing an installed front door reads as a service error, that is reported
   * and the assert is on null.
   */
  ServiceErrorAssert thrownBy(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    Throwable error = null;
    if (thrown == null) {
      fail(ownFramesRemoved(new AssertionError(
          ShouldHaveThrownServiceError.shouldHaveThrownServiceError().create())));
    } else if (ServiceErrors.read(thrown) == null) {
      fail(ownFramesRemoved(new AssertionError(
          ShouldHaveThrownServiceError.shouldHaveThrownServiceError(thrown).create(), thrown)));
    } else {
      error = thrown;
    }
    return serviceError(Throwable.class, error);
  }

  /** The assert on an exception or a neutral error, at an entry point. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  ServiceErrorAssert serviceError(Class<?> actualType, Object value) {
    if (softly != null) {
      // ServiceErrorAssert's actual type is Object: the proxy is made with the constructor that
      // takes actualType, which the generic signature of proxy(...) cannot express
      return (ServiceErrorAssert) softly.proxy((Class) ServiceErrorAssert.class, (Class) actualType,
          value);
    }
    return value instanceof ServiceError error ? new ServiceErrorAssert(error)
        : new ServiceErrorAssert((Throwable) value);
  }

  /** Points the error at the caller, as AssertJ does for the errors of its asserts. */
  private static AssertionError ownFramesRemoved(AssertionError error) {
    error.setStackTrace(Arrays.stream(error.getStackTrace())
        .filter(frame -> !ENTRY_POINTS.contains(frame.getClassName()))
        .toArray(StackTraceElement[]::new));
    return error;
  }

  private static void inherit(AbstractAssert<?, ?> child, AbstractAssert<?, ?> parent) {
    if (parent != null) {
      child.info.description(parent.info.description());
      child.info.useRepresentation(parent.info.representation());
    }
  }
}
