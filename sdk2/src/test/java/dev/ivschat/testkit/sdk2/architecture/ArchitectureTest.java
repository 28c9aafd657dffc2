package dev.ivschat.testkit.sdk2.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The v2 front door only translates, and never builds an HTTP client. */
class ArchitectureTest {
  private static final JavaClasses SDK2 = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.ivschat.testkit.sdk2");

  @Test
  void the_v2_front_door_does_not_reach_into_core_internals() {
    noClasses().should().dependOnClassesThat().resideInAPackage("dev.ivschat.testkit.internal..")
        .check(SDK2);
  }

  @Test
  void the_v2_front_door_knows_no_other_front_door_and_no_sdk_v1() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("dev.ivschat.testkit.sdk1..", "dev.ivschat.testkit.server..",
            "com.amazonaws..")
        .check(SDK2);
  }

  @Test
  void nothing_touches_an_http_client() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("software.amazon.awssdk.http.apache..",
            "software.amazon.awssdk.http.nio..", "software.amazon.awssdk.http.crt..",
            "software.amazon.awssdk.http.urlconnection..", "io.netty..", "org.apache.http..")
        .orShould().dependOnClassesThat().haveSimpleName("SdkHttpClient")
        .orShould().dependOnClassesThat().haveSimpleName("SdkAsyncHttpClient")
        .check(SDK2);
  }

  @Test
  void only_the_front_door_of_the_internals_uses_the_api_package() {
    noClasses().that().resideInAPackage("dev.ivschat.testkit.sdk2.internal..")
        .and().haveNameNotMatching(".*\\.Sdk2FrontDoor(\\$.*)?")
        .should().dependOnClassesThat().resideInAPackage("dev.ivschat.testkit.sdk2")
        .check(SDK2);
  }
}
