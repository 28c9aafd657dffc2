package dev.ivschat.testkit.junit5.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The version check behind the constructor-injection message (defect 12: on JUnit older than
 * 5.12 the message blamed PER_CLASS). The old JUnit itself cannot run in this module's class path,
 * so the message is checked with version strings, and the reading of the version against the
 * JUnit this build runs on.
 */
class JUnitVersionTest {

  @Test
  void reads_the_version_of_the_junit_jupiter_api_jar_on_the_class_path() {
    assertThat(JUnitVersion.current()).isEqualTo(System.getProperty("junit.version"));
    assertThat(JUnitVersion.hasConstructorInjection()).isTrue();
  }

  @Test
  void compares_major_and_minor_versions() {
    assertThat(JUnitVersion.atLeast("5.11.4", "5.12")).isFalse();
    assertThat(JUnitVersion.atLeast("5.9.3", "5.12")).isFalse();
    assertThat(JUnitVersion.atLeast("4.13.2", "5.12")).isFalse();
    assertThat(JUnitVersion.atLeast("5.12.0", "5.12")).isTrue();
    assertThat(JUnitVersion.atLeast("5.12.0-M1", "5.12")).isTrue();
    assertThat(JUnitVersion.atLeast("5.14.1", "5.12")).isTrue();
    assertThat(JUnitVersion.atLeast("6.0.1", "5.12")).isTrue();
    assertThat(JUnitVersion.atLeast("10.0", "5.12")).isTrue();
  }

  @Test
  void an_unreadable_version_is_unknown() {
    assertThat(JUnitVersion.atLeast(null, "5.12")).isNull();
    assertThat(JUnitVersion.atLeast("", "5.12")).isNull();
    assertThat(JUnitVersion.atLeast("snapshot", "5.12")).isNull();
  }

  @Test
  void the_message_names_the_junit_version_and_the_one_needed() {
    assertThat(Messages.constructorNeedsNewerJUnit("5.11.4")).isEqualTo("a constructor gets the "
        + "IVS Chat of the test it is made for on JUnit Jupiter 5.12 or later (which lets an "
        + "extension ask for the test's context when the instance is made), but this is JUnit "
        + "Jupiter 5.11.4. Upgrade junit-jupiter to 5.12 or later, or take the IVS Chat in "
        + "@BeforeEach.");
    assertThat(Messages.constructorNeedsNewerJUnit(null))
        .contains("but this is JUnit Jupiter of an unknown version.")
        .doesNotContain("PER_CLASS");
  }
}
