package dev.ivschat.testkit.assertj.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The assertions are SDK-neutral: they use core's public API only, so that neither SDK (nor a
 * front door) has to be on the class path of a user of the other.
 */
class ArchitectureTest {
  private static final JavaClasses ASSERTJ = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.ivschat.testkit.assertj");

  @Test
  void the_assertions_know_no_sdk_and_no_front_door() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("com.amazonaws..", "software.amazon..", "dev.ivschat.testkit.sdk1..",
            "dev.ivschat.testkit.sdk2..")
        .check(ASSERTJ);
  }

  @Test
  void the_assertions_do_not_reach_into_core_internals() {
    noClasses().should().dependOnClassesThat().resideInAPackage("dev.ivschat.testkit.internal..")
        .check(ASSERTJ);
  }

  @Test
  void the_api_package_does_not_hand_out_the_internals() {
    noClasses().that().resideInAPackage("dev.ivschat.testkit.assertj.internal..")
        .should().dependOnClassesThat().resideInAPackage("dev.ivschat.testkit.assertj")
        .check(ASSERTJ);
  }
}
