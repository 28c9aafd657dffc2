package dev.ivschat.testkit.junit5.internal;

import dev.ivschat.testkit.junit5.IvsChatExtension;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Finds every registration of the extension that applies to a test class: the annotation (JUnit
 * registers a declared extension once, however often it is declared) and each
 * {@code @RegisterExtension} field, on the class, its superclasses and the classes it is
 * {@code @Nested} in. Two registrations would give a test two fakes, so they are an error.
 */
public final class Registrations {
  private Registrations() {
  }

  /**
   * Fails unless exactly one registration applies.
   *
   * @param context any context below a test class
   * @throws ExtensionConfigurationException naming the registrations
   */
  public static void requireSingle(ExtensionContext context) {
    List<Class<?>> chain = Contexts.classChain(context);
    if (chain.isEmpty()) {
      return;
    }
    List<String> found = new ArrayList<>();
    for (Class<?> c : chain) {
      if (declares(c)) {
        found.add((AnnotationSettings.isAnnotated(c) ? "@IvsChatTest"
            : "@ExtendWith(IvsChatExtension.class)") + " on " + Names.of(c));
        break;
      }
    }
    for (Class<?> c : chain) {
      for (Field f : AnnotationSupport.findAnnotatedFields(c, RegisterExtension.class,
          f -> IvsChatExtension.class.isAssignableFrom(f.getType()))) {
        String name = "@RegisterExtension field " + Names.of(f);
        if (!found.contains(name)) {
          found.add(name);
        }
      }
    }
    if (found.size() > 1) {
      throw new ExtensionConfigurationException(Messages.registeredTwice(chain.get(0), found));
    }
  }

  private static boolean declares(Class<?> type) {
    return AnnotationSupport.findRepeatableAnnotations(type, ExtendWith.class).stream()
        .flatMap(e -> Arrays.stream(e.value()))
        .anyMatch(IvsChatExtension.class::equals);
  }
}
