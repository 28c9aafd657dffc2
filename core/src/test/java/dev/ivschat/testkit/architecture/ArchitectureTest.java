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
 * The layering of core: SDK-neutral values and requests, the engine, and the handle on it.
 *
 * <p>The public package holds both the handle ({@code IvsChat}, which owns the engine) and the value
 * types the engine speaks, so at package granularity it and the engine refer to each other. The
 * layers are therefore checked as slices: values &lt;- engine &lt;- handle, with no cycle among
 * them.
 */
class ArchitectureTest {
  private static final String API = "dev.ivschat.testkit";
  /** Public classes that sit on the engine. */
  private static final Set<String> ON_THE_ENGINE = Set.of("IvsChat", "ServiceConstraints",
      "ChatConnection");
  /** The handle, and the control surface and front-door SPIs that name it. */
  private static final Set<String> HANDLE = Set.of("IvsChat", "IvsChatControl", "FrontDoor",
      "FrontDoors", "RemoteFrontDoor", "RemoteFrontDoors", "ServiceConstraints",
      "ChatConnection");

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(API);

  private static String topLevelName(JavaClass c) {
    String name = c.getName().substring(c.getPackageName().length() + 1);
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }

  @Test
  void core_imports_no_aws_sdk() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("com.amazonaws..", "software.amazon..")
        .check(CORE);
  }

  @Test
  void core_knows_no_front_door_and_no_test_framework() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage(API + ".sdk1..", API + ".sdk2..", API + ".server..",
            API + ".junit5..", API + ".assertj..", API + ".jqwik..", "org.junit..",
            "org.assertj..", "net.jqwik..")
        .check(CORE);
  }

  @Test
  void the_public_values_and_requests_do_not_reach_into_the_engine() {
    noClasses().that(DescribedPredicate.describe("classes of " + API + " other than "
            + ON_THE_ENGINE,
            c -> c.getPackageName().equals(API) && !ON_THE_ENGINE.contains(topLevelName(c))))
        .should().dependOnClassesThat().resideInAPackage(API + ".internal..")
        .check(CORE);
  }

  @Test
  void values_engine_and_handle_are_free_of_cycles() {
    slices().assignedFrom(new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass c) {
        if (c.getPackageName().equals(API)) {
          return SliceIdentifier.of(HANDLE.contains(topLevelName(c)) ? "handle"
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
