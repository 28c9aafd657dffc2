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
   * Fails unless at most one registration applies.
   *
   * @param context any context below a test class
   * @throws ExtensionConfigurationException naming the registrations
   */
  public static void requireSingle(ExtensionContext context) {
    List<String> found = of(context);
    if (found.size() > 1) {
      throw new ExtensionConfigurationException(
          Messages.registeredTwice(Contexts.classChain(context).get(0), found));
    }
  }

  /**
   * The registrations that apply to a context, e.g. {@code "@IvsChatTest on OrderTest"}.
   *
   * @param context any context
   * @return the registrations, nearest annotation first, then the fields
   */
  static List<String> of(ExtensionContext context) {
    List<Class<?>> chain = Contexts.classChain(context);
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
    return found;
  }

  /** Whether the registration that applies comes from an annotation rather than a field. */
  static boolean byAnnotation(ExtensionContext context) {
    return Contexts.classChain(context).stream().anyMatch(Registrations::declares);
  }

  private static boolean declares(Class<?> type) {
    return AnnotationSupport.findRepeatableAnnotations(type, ExtendWith.class).stream()
        .flatMap(e -> Arrays.stream(e.value()))
        .anyMatch(IvsChatExtension.class::equals);
  }
}
