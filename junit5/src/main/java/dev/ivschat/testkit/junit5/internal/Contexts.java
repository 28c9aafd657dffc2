package dev.ivschat.testkit.junit5.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/** What kind of node an {@link ExtensionContext} stands for, and the contexts around it. */
final class Contexts {
  private Contexts() {
  }

  /** A test: a test method, a repetition or invocation of a test template, or a dynamic test. */
  static boolean isTest(ExtensionContext c) {
    return c.getTestMethod().isPresent() || isDynamic(c);
  }

  /** A test class (top-level or {@code @Nested}). */
  static boolean isClassLevel(ExtensionContext c) {
    return c.getTestClass().isPresent() && c.getTestMethod().isEmpty();
  }

  /** A dynamic test or container: no class, no method, but not the engine's root either. */
  static boolean isDynamic(ExtensionContext c) {
    return c.getTestClass().isEmpty() && c.getTestMethod().isEmpty() && c.getParent().isPresent()
        && c.getParent().get().getParent().isPresent();
  }

  /** The nearest test at or above the context, or empty when the context is class-level. */
  static Optional<ExtensionContext> nearestTest(ExtensionContext context) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      if (isTest(c)) {
        return Optional.of(c);
      }
      if (isClassLevel(c)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The context of the outermost test class around the context. */
  static ExtensionContext topLevelClass(ExtensionContext context) {
    ExtensionContext top = context;
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      if (isClassLevel(c)) {
        top = c;
      }
    }
    return top;
  }

  /** The test classes around the context, innermost first: the class and its enclosing ones. */
  static List<Class<?>> classChain(ExtensionContext context) {
    List<Class<?>> classes = new ArrayList<>();
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      c.getTestClass().filter(k -> !classes.contains(k)).ifPresent(classes::add);
    }
    return classes;
  }
}
