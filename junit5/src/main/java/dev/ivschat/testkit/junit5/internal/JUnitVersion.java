package dev.ivschat.testkit.junit5.internal;

import java.lang.module.ModuleDescriptor;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The version of JUnit Jupiter the tests run on, read from the {@code junit-jupiter-api} jar, and
 * what it offers. Constructor injection of a test's IVS Chat needs
 * {@code TestInstantiationAwareExtension}, new in {@value #CONSTRUCTOR_INJECTION}; everything
 * else the extension does works on that version as well.
 */
final class JUnitVersion {
  /** The first version that lets an extension choose the context of a test's instantiation. */
  static final String CONSTRUCTOR_INJECTION = "5.12";

  private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+)(?:\\D.*)?");
  private static final String INSTANTIATION_AWARE =
      "org.junit.jupiter.api.extension.TestInstantiationAwareExtension";

  private JUnitVersion() {
  }

  /**
   * The version of {@code junit-jupiter-api}: the {@code Implementation-Version} of the
   * {@code org.junit.jupiter.api} package (from the jar's manifest), or the module's version.
   *
   * @return e.g. {@code 5.11.4}, or null when the jar says nothing
   */
  static String current() {
    String version = Test.class.getPackage().getImplementationVersion();
    if (version != null) {
      return version;
    }
    return Optional.ofNullable(Test.class.getModule().getDescriptor())
        .flatMap(ModuleDescriptor::rawVersion).orElse(null);
  }

  /**
   * Whether the running JUnit gives constructors the test's context: by its version, or, when the
   * version is unknown, by whether it has {@code TestInstantiationAwareExtension}.
   *
   * @return true on JUnit Jupiter 5.12 or later
   */
  static boolean hasConstructorInjection() {
    Boolean byVersion = atLeast(current(), CONSTRUCTOR_INJECTION);
    return byVersion != null ? byVersion : hasClass(INSTANTIATION_AWARE);
  }

  /**
   * Compares the major and minor version of a version string with another's.
   *
   * @param version e.g. {@code 5.11.4}, {@code 5.12.0-M1}, {@code 6.0.1}, or null
   * @param minimum e.g. {@code 5.12}
   * @return whether {@code version} is at least {@code minimum}, or null when either cannot be read
   */
  static Boolean atLeast(String version, String minimum) {
    int[] v = majorMinor(version);
    int[] m = majorMinor(minimum);
    if (v == null || m == null) {
      return null;
    }
    return v[0] != m[0] ? v[0] > m[0] : v[1] >= m[1];
  }

  private static int[] majorMinor(String version) {
    if (version == null) {
      return null;
    }
    Matcher m = MAJOR_MINOR.matcher(version.trim());
    return m.matches() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))}
        : null;
  }

  private static boolean hasClass(String name) {
    try {
      Class.forName(name, false, Test.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
