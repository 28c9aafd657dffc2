package dev.ivschat.testkit.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.ivschat.AbstractAmazonivschat;
import com.amazonaws.services.ivschat.AmazonivschatClient;
import dev.ivschat.testkit.FakeAmazonivschat;
import dev.ivschat.testkit.FakeClock;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.Events;

/** Every misuse fails early, with a message naming what is wrong and what is expected. */
class MisuseTest {

  static Throwable failure(Class<?> fixture, String displayName) {
    Events events = Fixtures.run(fixture).allEvents();
    return Fixtures.failureOf(events, displayName);
  }

  @Fixture
  @IvsChatTest
  static class AnnotationAndField {
    @RegisterExtension
    static final IvsChatExtension IVSCHAT = IvsChatExtension.builder().build();

    @Test
    void test(FakeAmazonivschat fake) {
    }
  }

  @Test
  void the_annotation_and_a_field_together_are_rejected() {
    assertThat(failure(AnnotationAndField.class, "MisuseTest$AnnotationAndField"))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("IvsChatExtension is registered 2 times for MisuseTest.AnnotationAndField: "
            + "@IvsChatTest on MisuseTest.AnnotationAndField, @RegisterExtension field "
            + "MisuseTest.AnnotationAndField.IVSCHAT. Register it once, with @IvsChatTest or "
            + "with one @RegisterExtension field.");
  }

  @Fixture
  static class TwoFields {
    @RegisterExtension
    static final IvsChatExtension STATIC = IvsChatExtension.builder().build();

    @RegisterExtension
    final IvsChatExtension instance = IvsChatExtension.builder().build();

    @Test
    void test(FakeAmazonivschat fake) {
    }
  }

  @Test
  void two_fields_are_rejected() {
    assertThat(failure(TwoFields.class, "MisuseTest$TwoFields"))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("IvsChatExtension is registered 2 times for MisuseTest.TwoFields: "
            + "@RegisterExtension field MisuseTest.TwoFields.STATIC, @RegisterExtension field "
            + "MisuseTest.TwoFields.instance. Register it once, with @IvsChatTest or with one "
            + "@RegisterExtension field.");
  }

  @Fixture
  @IvsChatTest
  static class AnnotatedOuterWithFieldInNested {
    @Nested
    class Inner {
      @RegisterExtension
      final IvsChatExtension ivschat = IvsChatExtension.builder().build();

      @Test
      void test(FakeAmazonivschat fake) {
      }
    }
  }

  @Test
  void a_field_in_a_nested_class_of_an_annotated_class_is_rejected() {
    assertThat(failure(AnnotatedOuterWithFieldInNested.class, "Inner"))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("IvsChatExtension is registered 2 times for "
            + "MisuseTest.AnnotatedOuterWithFieldInNested.Inner: @IvsChatTest on "
            + "MisuseTest.AnnotatedOuterWithFieldInNested, @RegisterExtension field "
            + "MisuseTest.AnnotatedOuterWithFieldInNested.Inner.ivschat. Register it once, with "
            + "@IvsChatTest or with one @RegisterExtension field.");
  }

  @Fixture
  @IvsChatTest
  static class UnsupportedTypes {
    @Test
    void realClient(AmazonivschatClient client) {
    }

    @Test
    void abstractClient(AbstractAmazonivschat client) {
    }
  }

  @Test
  void a_parameter_of_an_sdk_client_class_is_rejected_with_the_injectable_types() {
    Events events = Fixtures.run(UnsupportedTypes.class).allEvents();

    assertThat(Fixtures.failureOf(events, "realClient(AmazonivschatClient)"))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage("IvsChatExtension cannot inject parameter [AmazonivschatClient arg0] of "
            + "MisuseTest.UnsupportedTypes.realClient(AmazonivschatClient): it injects "
            + "Amazonivschat, AmazonivschatAsync, FakeAmazonivschat, FakeAmazonivschatAsync, "
            + "IvsChatControl, IvsChatConfig, FakeClock, Faults and CurrentIvsChat. Declare the "
            + "parameter as one of these (Amazonivschat or AmazonivschatAsync for the code under "
            + "test).");
    assertThat(Fixtures.failureOf(events, "abstractClient(AbstractAmazonivschat)"))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageStartingWith("IvsChatExtension cannot inject parameter [AbstractAmazonivschat "
            + "arg0] of MisuseTest.UnsupportedTypes.abstractClient(AbstractAmazonivschat): it "
            + "injects Amazonivschat, ");
  }

  @Fixture
  @IvsChatTest
  static class BeforeAllInPerTestScope {
    @BeforeAll
    static void seed(FakeAmazonivschat fake) {
    }

    @Test
    void test() {
    }
  }

  static final String NO_CLASS_FAKE = ": in scope PER_TEST every test gets a fresh fake, so there is "
      + "none for the class as a whole (in @BeforeAll, @AfterAll, or the constructor of a "
      + "@TestInstance(PER_CLASS) class). Set the fake up in @BeforeEach, which gets the test's "
      + "fake, or choose scope PER_CLASS to share one fake across the class.";

  @Test
  void a_fake_in_before_all_needs_per_class_scope() {
    assertThat(failure(BeforeAllInPerTestScope.class, "MisuseTest$BeforeAllInPerTestScope"))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage("IvsChatExtension cannot inject parameter [FakeAmazonivschat arg0] of "
            + "MisuseTest.BeforeAllInPerTestScope.seed(FakeAmazonivschat)" + NO_CLASS_FAKE);
  }

  @Fixture
  @IvsChatTest
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class ConstructorOfPerClassInstance {
    ConstructorOfPerClassInstance(FakeAmazonivschat fake) {
    }

    @Test
    void test() {
    }
  }

  @Test
  void a_fake_in_the_constructor_of_a_per_class_instance_needs_per_class_scope() {
    assertThat(failure(ConstructorOfPerClassInstance.class, "MisuseTest$ConstructorOfPerClassInstance"))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage("IvsChatExtension cannot inject parameter [FakeAmazonivschat arg0] of "
            + "MisuseTest.ConstructorOfPerClassInstance(FakeAmazonivschat)" + NO_CLASS_FAKE);
  }

  @Fixture
  static class FakeClockWithCustomClock {
    @RegisterExtension
    static final IvsChatExtension IVSCHAT = IvsChatExtension.builder().clock(Clock::systemUTC)
        .build();

    @Test
    void test(FakeClock clock) {
    }
  }

  @Test
  void a_fake_clock_needs_a_clock_the_extension_makes() {
    assertThat(failure(FakeClockWithCustomClock.class, "test(FakeClock)"))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage("IvsChatExtension cannot inject parameter [FakeClock arg0] of "
            + "MisuseTest.FakeClockWithCustomClock.test(FakeClock): the fake runs on "
            + "SystemClock[Z], which is not a FakeClock. FakeClock can be injected when the "
            + "extension makes the clock (the default, or clockStart); inject IvsChatConfig to "
            + "read a custom clock.");
  }

  @Fixture
  @IvsChatTest(region = "EU West")
  static class InvalidRegion {
    @Test
    void test(FakeAmazonivschat fake) {
    }
  }

  @Fixture
  @IvsChatTest(clockStart = "yesterday")
  static class InvalidClockStart {
    @Test
    void test(FakeAmazonivschat fake) {
    }
  }

  @Fixture
  @IvsChatTest(diagnostics = -1)
  static class InvalidDiagnostics {
    @Test
    void test(FakeAmazonivschat fake) {
    }
  }

  @Test
  void invalid_annotation_attributes_are_rejected_with_the_bad_value() {
    assertThat(failure(InvalidRegion.class, "MisuseTest$InvalidRegion"))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("Invalid @IvsChatTest on MisuseTest.InvalidRegion: region must match "
            + "[a-z0-9-]+ (as in ARNs), but was 'EU West'");
    assertThat(failure(InvalidClockStart.class, "MisuseTest$InvalidClockStart"))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("Invalid @IvsChatTest on MisuseTest.InvalidClockStart: clockStart must be an "
            + "ISO-8601 instant such as 2025-01-01T00:00:00Z, but was 'yesterday'");
    assertThat(failure(InvalidDiagnostics.class, "MisuseTest$InvalidDiagnostics"))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("Invalid @IvsChatTest on MisuseTest.InvalidDiagnostics: diagnostics must be "
            + "between 0 and 2147483647, but was -1");
  }

  @Test
  void invalid_builder_values_are_rejected_when_set() {
    assertThatThrownBy(() -> IvsChatExtension.builder().accountId("12345"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accountId must be exactly 12 digits, but was '12345'");
    assertThatThrownBy(() -> IvsChatExtension.builder().diagnostics(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("diagnostics must be between 0 and 2147483647, but was -1");
    assertThatThrownBy(() -> IvsChatExtension.builder().scope(null))
        .isInstanceOf(NullPointerException.class).hasMessage("scope");
  }

  @Fixture
  @IvsChatTest(scope = IvsChatScope.PER_CLASS)
  static class NestedPerClassConfiguredDifferently {
    @Test
    void test(FakeAmazonivschat fake) {
    }

    @Nested
    @IvsChatTest(scope = IvsChatScope.PER_CLASS, region = "eu-west-1")
    class Inner {
      @Test
      void test(FakeAmazonivschat fake) {
      }
    }
  }

  @Test
  void a_nested_class_cannot_reconfigure_the_shared_per_class_fake() {
    assertThat(failure(NestedPerClassConfiguredDifferently.class, "Inner"))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("MisuseTest.NestedPerClassConfiguredDifferently.Inner asks for a PER_CLASS "
            + "fake with [region=eu-west-1, accountId=123456789012, idSeed=from test id, "
            + "clockStart=now, quotas=Quotas[maxRooms=50000, maxLoggingConfigurations=10, "
            + "maxAttributeBytes=1024, tokenLifetime=PT1M], enforceRateQuotas=false, "
            + "rejectReservedTagKeys=true, rejectDeletingReferencedLoggingConfigurations=true], "
            + "but MisuseTest.NestedPerClassConfiguredDifferently already shares one with "
            + "[region=us-east-1, accountId=123456789012, idSeed=from test id, clockStart=now, "
            + "quotas=Quotas[maxRooms=50000, maxLoggingConfigurations=10, maxAttributeBytes=1024, "
            + "tokenLifetime=PT1M], enforceRateQuotas=false, rejectReservedTagKeys=true, "
            + "rejectDeletingReferencedLoggingConfigurations=true]. In scope PER_CLASS a "
            + "top-level class and its @Nested classes share one fake: configure it once, on the "
            + "top-level class, or give the @Nested class scope PER_TEST.");
  }

  /** Another extension that wants the fake before there is one. */
  static class TooEarly implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      IvsChatExtension.fake(context);
    }
  }

  @Fixture
  @IvsChatTest
  @ExtendWith(TooEarly.class)
  static class FakeAskedForTooEarly {
    @Test
    void test() {
    }
  }

  @Test
  void asking_the_store_for_a_fake_where_there_is_none_says_when_there_is_one() {
    assertThat(failure(FakeAskedForTooEarly.class, "MisuseTest$FakeAskedForTooEarly"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("There is no IVS Chat fake for 'MisuseTest$FakeAskedForTooEarly'. Register "
            + "IvsChatExtension (or use @IvsChatTest); in scope PER_TEST a test's fake exists "
            + "from its beforeEach callbacks on, in scope PER_CLASS from the class's beforeAll "
            + "callbacks on.");
  }
}
