package dev.ivschat.testkit.junit5.internal;

import dev.ivschat.testkit.junit5.IvsChatTest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Reads {@link IvsChatTest} into {@link Settings}: the nearest annotation wins, looking at the test
 * class (with its superclasses and meta-annotations) and then at the classes it is
 * {@code @Nested} in. Without one (a plain {@code @ExtendWith}) the defaults apply.
 */
public final class AnnotationSettings {
  private AnnotationSettings() {
  }

  /**
   * The settings for a context.
   *
   * @param context any context below a test class
   * @return the settings
   * @throws ExtensionConfigurationException when an attribute is invalid
   */
  public static Settings of(ExtensionContext context) {
    for (Class<?> c : Contexts.classChain(context)) {
      Optional<IvsChatTest> a = AnnotationSupport.findAnnotation(c, IvsChatTest.class);
      if (a.isPresent()) {
        return of(a.get(), c);
      }
    }
    return new SettingsBuilder().build();
  }

  /**
   * Whether the class or one of its superclasses carries {@link IvsChatTest}.
   *
   * @param type a test class
   * @return true when annotated
   */
  static boolean isAnnotated(Class<?> type) {
    return AnnotationSupport.isAnnotated(type, IvsChatTest.class);
  }

  private static Settings of(IvsChatTest a, Class<?> annotated) {
    try {
      SettingsBuilder b = new SettingsBuilder().region(a.region()).accountId(a.accountId())
          .enforceRateQuotas(a.enforceRateQuotas()).scope(a.scope()).diagnostics(a.diagnostics());
      if (a.idSeed() != IvsChatTest.SEED_FROM_TEST_ID) {
        b.idSeed(a.idSeed());
      }
      if (!a.clockStart().isEmpty()) {
        b.clockStart(parseInstant(a.clockStart()));
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(
          Messages.invalidAnnotation(annotated, e.getMessage()), e);
    }
  }

  private static Instant parseInstant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("clockStart must be an ISO-8601 instant such as "
          + "2025-01-01T00:00:00Z, but was '" + text + "'", e);
    }
  }
}
