package dev.ivschat.testkit.sdk1.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The v1 front door only translates: it uses core's public API and its own internals. */
class ArchitectureTest {
  private static final JavaClasses SDK1 = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.ivschat.testkit.sdk1");

  @Test
  void the_v1_front_door_does_not_reach_into_core_internals() {
    noClasses().should().dependOnClassesThat().resideInAPackage("dev.ivschat.testkit.internal..")
        .check(SDK1);
  }

  @Test
  void the_v1_front_door_knows_no_other_front_door_and_no_sdk_v2() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("dev.ivschat.testkit.sdk2..", "dev.ivschat.testkit.server..",
            "software.amazon..")
        .check(SDK1);
  }
}
