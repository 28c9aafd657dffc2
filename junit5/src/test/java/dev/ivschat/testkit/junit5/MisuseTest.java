package dev.ivschat.testkit.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.ivschat.AbstractAmazonivschat;
import com.amazonaws.services.ivschat.AmazonivschatClient;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.FakeClock;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.Events;
import software.amazon.awssdk.services.ivschat.IvschatClientBuilder;

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

  /** The client types of the front doors on this module's test classpath. */
  static final String CLIENT_TYPES = "Amazonivschat, AmazonivschatAsync, FakeAmazonivschat and "
      + "FakeAmazonivschatAsync (AWS SDK for Java v1); IvschatClient, IvschatAsyncClient, "
      + "FakeIvschatClient and FakeIvschatAsyncClient (AWS SDK for Java v2)";

  /** What the extension injects with the front doors of this module's test classpath. */
  static final String INJECTABLE = "IvsChat, IvsChatControl, FakeClock, Faults, IvsChatConfig "
      + "and CurrentIvsChat, and the clients of the installed front doors: " + CLIENT_TYPES;

  /** What the v1 front door says about a class of the real SDK. */
  static final String V1_MISUSE = "Declare the parameter as Amazonivschat or AmazonivschatAsync "
      + "(the SDK v1 interfaces, as the code under test should take them) or as "
      + "FakeAmazonivschat or FakeAmazonivschatAsync; ";

  @Test
  void a_parameter_of_an_sdk_client_class_is_rejected_with_the_injectable_types() {
    Events events = Fixtures.run(UnsupportedTypes.class).allEvents();

    assertThat(Fixtures.failureOf(events, "realClient(AmazonivschatClient)"))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage("IvsChatExtension cannot inject parameter [AmazonivschatClient arg0] of "
            + "MisuseTest.UnsupportedTypes.realClient(AmazonivschatClient). " + V1_MISUSE
            + "AmazonivschatClient is a class of the real SDK. It injects " + INJECTABLE + ".");
    assertThat(Fixtures.failureOf(events, "abstractClient(AbstractAmazonivschat)"))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage("IvsChatExtension cannot inject parameter [AbstractAmazonivschat arg0] of "
            + "MisuseTest.UnsupportedTypes.abstractClient(AbstractAmazonivschat). " + V1_MISUSE
            + "AbstractAmazonivschat is a class of the real SDK. It injects " + INJECTABLE + ".");
  }

  @Fixture
  @IvsChatTest
  static class UnsupportedV2Type {
    @Test
    void builder(IvschatClientBuilder builder) {
    }
  }

  @Test
  void a_parameter_of_an_sdk_v2_type_gets_the_v2_front_doors_advice() {
    assertThat(failure(UnsupportedV2Type.class, "builder(IvschatClientBuilder)"))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage("IvsChatExtension cannot inject parameter [IvschatClientBuilder arg0] of "
            + "MisuseTest.UnsupportedV2Type.builder(IvschatClientBuilder). Declare the parameter "
            + "as IvschatClient or IvschatAsyncClient (the SDK v2 interfaces, as the code under "
            + "test should take them) or as FakeIvschatClient or FakeIvschatAsyncClient; "
            + "IvschatClientBuilder is a type of the real SDK. It injects " + INJECTABLE + ".");
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

  static final String NO_CLASS_IVS_CHAT = ": in scope PER_TEST every test gets a fresh IVS Chat, "
      + "so there is none for the class as a whole (in @BeforeAll, @AfterAll, or the constructor "
      + "of a @TestInstance(PER_CLASS) class). Set it up in @BeforeEach, which gets the test's, "
      + "or choose scope PER_CLASS to share one IVS Chat across the class.";

  @Test
  void an_ivs_chat_in_before_all_needs_per_class_scope() {
    assertThat(failure(BeforeAllInPerTestScope.class, "MisuseTest$BeforeAllInPerTestScope"))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage("IvsChatExtension cannot inject parameter [FakeAmazonivschat arg0] of "
            + "MisuseTest.BeforeAllInPerTestScope.seed(FakeAmazonivschat)" + NO_CLASS_IVS_CHAT);
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
  void an_ivs_chat_in_the_constructor_of_a_per_class_instance_needs_per_class_scope() {
    assertThat(failure(ConstructorOfPerClassInstance.class, "MisuseTest$ConstructorOfPerClassInstance"))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage("IvsChatExtension cannot inject parameter [FakeAmazonivschat arg0] of "
            + "MisuseTest.ConstructorOfPerClassInstance(FakeAmazonivschat)" + NO_CLASS_IVS_CHAT);
  }

  @Fixture
  static class FakeClockWithCustomClock {
    @RegisterExtension
    static final IvsChatExtension IVSCHAT = IvsChatExtension.builder().clockFactory(Clock::systemUTC)
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
            + "MisuseTest.FakeClockWithCustomClock.test(FakeClock): This IVS Chat runs on "
            + "SystemClock[Z], not a FakeClock; configure it with clockStart(...) to move time "
            + "from a test. FakeClock can be injected when the extension makes the clock (the "
            + "default, or clockStart); with a clockFactory, read the time from the clocks it "
            + "makes.");
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
  void a_nested_class_cannot_reconfigure_the_shared_per_class_ivs_chat() {
    assertThat(failure(NestedPerClassConfiguredDifferently.class, "Inner"))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("MisuseTest.NestedPerClassConfiguredDifferently.Inner asks for a PER_CLASS "
            + "IVS Chat with " + config("eu-west-1") + ", but "
            + "MisuseTest.NestedPerClassConfiguredDifferently already shares one with "
            + config("us-east-1") + ". In scope PER_CLASS a top-level class and its @Nested "
            + "classes share one IVS Chat: configure it once, on the top-level class, or give the "
            + "@Nested class scope PER_TEST.");
  }

  static String config(String region) {
    return "IvsChatConfig[region=" + region + ", accountId=123456789012, clock=FakeClock starting "
        + "when the fake is made, clockStep=PT0.001S, idSeed=from test id, "
        + "quotas=Quotas[maxRooms=50000, maxLoggingConfigurations=10, maxAttributeBytes=1024, "
        + "tokenLifetime=PT1M], enforceRateQuotas=false, rejectReservedTagKeys=true, "
        + "rejectDeletingReferencedLoggingConfigurations=true, journalLimit=100000, "
        + "journalSdkRequests=true, shareRequestIds=false, "
        + "kickedUserReceivesDisconnectEvent=true, sessionExpiryError=true]";
  }

  /** Another extension that wants the IVS Chat of a class in scope PER_TEST. */
  static class TooEarly implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      IvsChatExtension.ivsChat(context);
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
  void asking_for_the_ivs_chat_of_a_class_in_per_test_scope_says_there_is_none() {
    assertThat(failure(FakeAskedForTooEarly.class, "MisuseTest$FakeAskedForTooEarly"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("There is no IVS Chat for 'MisuseTest$FakeAskedForTooEarly': "
            + "IvsChatExtension is registered (@IvsChatTest on MisuseTest.FakeAskedForTooEarly) "
            + "in scope PER_TEST, where every test gets its own IVS Chat and there is none for "
            + "the class as a whole. Ask for it from a beforeEach callback on, or choose scope "
            + "PER_CLASS.");
  }

  /** Another extension that wants the test's IVS Chat in its beforeEach callback. */
  static class AsksInBeforeEach implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
      IvsChatExtension.ivsChat(context);
    }
  }

  @Fixture
  @ExtendWith(AsksInBeforeEach.class)
  @IvsChatTest
  static class OtherExtensionRegisteredFirst {
    @Test
    void test() {
    }
  }

  @Fixture
  static class OtherExtensionInAnEarlierField {
    @RegisterExtension
    @Order(1)
    static final AsksInBeforeEach OTHER = new AsksInBeforeEach();

    @RegisterExtension
    @Order(2)
    static final IvsChatExtension IVSCHAT = IvsChatExtension.builder().build();

    @Test
    void test() {
    }
  }

  static final String REGISTER_AFTER = ", but the extension asking ran before it: "
      + "IvsChatExtension makes a test's IVS Chat in its beforeEach callback (in scope PER_CLASS, "
      + "the class's in its beforeAll callback), and JUnit calls extensions in the order they are "
      + "registered. Register the extension that asks after IvsChatExtension: in a later "
      + "@ExtendWith, or in a @RegisterExtension field that @Order puts after IvsChatExtension's "
      + "field.";

  @Test
  void an_extension_registered_before_this_one_is_told_to_register_after_it() {
    assertThat(failure(OtherExtensionRegisteredFirst.class, "test()"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("There is no IVS Chat for 'test()' yet: IvsChatExtension is registered "
            + "(@IvsChatTest on MisuseTest.OtherExtensionRegisteredFirst)" + REGISTER_AFTER);
    assertThat(failure(OtherExtensionInAnEarlierField.class, "test()"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("There is no IVS Chat for 'test()' yet: IvsChatExtension is registered "
            + "(@RegisterExtension field MisuseTest.OtherExtensionInAnEarlierField.IVSCHAT)"
            + REGISTER_AFTER);
  }

  @Fixture
  @ExtendWith(AsksInBeforeEach.class)
  static class NotRegistered {
    @Test
    void test() {
    }
  }

  @Test
  void asking_where_the_extension_is_not_registered_says_to_register_it() {
    assertThat(failure(NotRegistered.class, "test()"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("There is no IVS Chat for 'test()': IvsChatExtension is not registered for "
            + "it. Register it with @IvsChatTest or a @RegisterExtension field.");
  }
}
