package dev.ivschat.testkit.junit5.internal;

import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.junit5.IvsChatScope;
import dev.ivschat.testkit.junit5.IvsChatTest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Reads {@link IvsChatTest} into {@link Settings}. The annotations of the test class (found with
 * its superclasses and meta-annotations) and of the classes it is {@code @Nested} in are merged:
 * an attribute an inner annotation names (sets to a value other than its default) overrides the
 * enclosing ones, and every other attribute is inherited from them. {@code scope} is the
 * exception: it is the nearest annotation's, named or not, since it says how that class's own
 * tests share. Without any annotation (a plain {@code @ExtendWith}) the defaults apply.
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
    List<Class<?>> chain = Contexts.classChain(context);
    IvsChatConfig.Builder config = IvsChatConfig.builder();
    boolean seedFromTestId = true;
    IvsChatScope scope = IvsChatScope.PER_TEST;
    int diagnostics = IvsChatTest.DEFAULT_DIAGNOSTICS;
    boolean server = false;
    for (int i = chain.size() - 1; i >= 0; i--) {
      Class<?> annotated = chain.get(i);
      Optional<IvsChatTest> found = AnnotationSupport.findAnnotation(annotated, IvsChatTest.class);
      if (found.isEmpty()) {
        continue;
      }
      IvsChatTest a = found.get();
      try {
        if (!a.region().equals(IvsChatConfig.DEFAULT_REGION)) {
          config.region(a.region());
        }
        if (!a.accountId().equals(IvsChatConfig.DEFAULT_ACCOUNT_ID)) {
          config.accountId(a.accountId());
        }
        if (a.idSeed() != IvsChatTest.SEED_FROM_TEST_ID) {
          config.idSeed(a.idSeed());
          seedFromTestId = false;
        }
        if (!a.clockStart().isEmpty()) {
          config.clockStart(parseInstant(a.clockStart()));
        }
        if (a.enforceRateQuotas()) {
          config.enforceRateQuotas(true);
        }
        if (a.diagnostics() != IvsChatTest.DEFAULT_DIAGNOSTICS) {
          diagnostics = Settings.checkDiagnostics(a.diagnostics());
        }
      } catch (IllegalArgumentException e) {
        throw new ExtensionConfigurationException(
            Messages.invalidAnnotation(annotated, e.getMessage()), e);
      }
      if (a.server()) {
        server = true;
      }
      scope = a.scope();
    }
    return new Settings(config.build(), seedFromTestId, Settings.NO_FAULTS, scope, diagnostics,
        server);
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

  private static Instant parseInstant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("clockStart must be an ISO-8601 instant such as "
          + "2025-01-01T00:00:00Z, but was '" + text + "'", e);
    }
  }
}
