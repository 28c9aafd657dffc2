package dev.ivschat.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The layering of core: SDK-neutral values and engine, one SDK adapter, and the front doors.
 *
 * <p>The public package holds both the front doors (which use the engine) and the value types the
 * engine speaks, so at package granularity it and the engine refer to each other. The layers are
 * therefore checked as slices: values &lt;- engine &lt;- SDK v1 adapter &lt;- front doors, with no
 * cycle among them, and no cycle among the internal packages.
 */
class ArchitectureTest {
  private static final String API = "dev.ivschat.testkit";
  /** Public classes that sit on the engine: the SDK front doors and the constraint view. */
  private static final Set<String> FRONT_DOORS = Set.of("FakeAmazonivschat",
      "FakeAmazonivschatAsync", "ResponseMetadataCache", "ServiceConstraints");
  /** Public classes allowed to use the AWS SDK. */
  private static final Set<String> SDK_CLASSES =
      Set.of("FakeAmazonivschat", "FakeAmazonivschatAsync", "ResponseMetadataCache");

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(API);

  private static String topLevelName(JavaClass c) {
    String name = c.getName().substring(c.getPackageName().length() + 1);
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }

  private static DescribedPredicate<JavaClass> publicPackageClassesOtherThan(Set<String> names) {
    return DescribedPredicate.describe("classes of " + API + " other than " + names,
        c -> c.getPackageName().equals(API) && !names.contains(topLevelName(c)));
  }

  @Test
  void the_engine_imports_no_aws_sdk() {
    noClasses().that().resideInAPackage("..internal.engine..")
        .should().dependOnClassesThat().resideInAnyPackage("com.amazonaws..", "software.amazon..")
        .check(CORE);
  }

  @Test
  void the_public_values_and_interfaces_import_no_aws_sdk() {
    noClasses().that(publicPackageClassesOtherThan(SDK_CLASSES))
        .should().dependOnClassesThat().resideInAnyPackage("com.amazonaws..", "software.amazon..")
        .check(CORE);
  }

  @Test
  void the_public_values_and_interfaces_do_not_reach_into_internal_packages() {
    noClasses().that(publicPackageClassesOtherThan(FRONT_DOORS))
        .should().dependOnClassesThat().resideInAPackage(API + ".internal..")
        .check(CORE);
  }

  @Test
  void the_engine_knows_neither_the_sdk_adapter_nor_the_front_doors() {
    noClasses().that().resideInAPackage("..internal.engine..")
        .should().dependOnClassesThat().resideInAPackage("..internal.v1..")
        .orShould().dependOnClassesThat(DescribedPredicate.describe("front doors",
            c -> c.getPackageName().equals(API) && FRONT_DOORS.contains(topLevelName(c))))
        .check(CORE);
  }

  @Test
  void the_internal_packages_are_free_of_cycles() {
    slices().matching(API + ".internal.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void the_layers_values_engine_adapter_and_front_doors_are_free_of_cycles() {
    slices().assignedFrom(new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass c) {
        if (c.getPackageName().equals(API)) {
          return SliceIdentifier.of(FRONT_DOORS.contains(topLevelName(c)) ? "front doors"
              : "public values");
        }
        if (c.getPackageName().startsWith(API + ".internal.")) {
          return SliceIdentifier.of(c.getPackageName().substring(API.length() + 1));
        }
        return SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "core's layers";
      }
    }).should().beFreeOfCycles().check(CORE);
  }
}
