package dev.ivschat.testkit.junit5;

import static dev.ivschat.testkit.junit5.Fixtures.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatControl;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A {@code @Nested} class's {@code @IvsChatTest} overrides the attributes it names and inherits the
 * others from the annotations of the classes around it (defect 11: it used to drop them all).
 */
class NestedSettingsTest {
  static final String START = "2025-01-01T00:00:00Z";

  @Fixture
  @IvsChatTest(clockStart = START, idSeed = 42, accountId = "111122223333")
  static class Outer {
    @Test
    void the_outer_settings_apply(IvsChatControl control) {
      assertThat(control.clock().instant()).isEqualTo(Instant.parse(START));
      assertThat(control.config().idSeed()).isEqualTo(42);
      assertThat(control.config().region()).isEqualTo(IvsChatConfig.DEFAULT_REGION);
    }

    @Nested
    @IvsChatTest(region = "eu-west-1")
    class NamesTheRegion {
      @Test
      void it_gets_its_region_and_keeps_the_clock_start_seed_and_account(IvsChatControl control) {
        assertThat(control.config().region()).isEqualTo("eu-west-1");
        assertThat(control.clock().instant()).isEqualTo(Instant.parse(START));
        assertThat(control.config().idSeed()).isEqualTo(42);
        assertThat(control.config().accountId()).isEqualTo("111122223333");
      }

      @Nested
      @IvsChatTest(idSeed = 7, enforceRateQuotas = true)
      class AndDeeper {
        @Test
        void it_merges_all_three_annotations(IvsChatControl control) {
          assertThat(control.config().region()).isEqualTo("eu-west-1");
          assertThat(control.config().idSeed()).isEqualTo(7);
          assertThat(control.config().enforceRateQuotas()).isTrue();
          assertThat(control.clock().instant()).isEqualTo(Instant.parse(START));
          assertThat(control.config().accountId()).isEqualTo("111122223333");
        }
      }
    }

    @Nested
    class WithoutAnAnnotation {
      @Test
      void it_gets_the_outer_settings(IvsChatControl control) {
        assertThat(control.clock().instant()).isEqualTo(Instant.parse(START));
        assertThat(control.config().idSeed()).isEqualTo(42);
      }
    }
  }

  @Test
  void a_nested_annotation_overrides_what_it_names_and_inherits_the_rest() {
    assertAllPassed(Fixtures.run(Outer.class), 4);
  }

  @Fixture
  @IvsChatTest(scope = IvsChatScope.PER_CLASS, idSeed = 42)
  static class SharedOuter {
    static IvsChatControl shared;

    @Test
    void outer(IvsChatControl control) {
      shared = control;
    }

    @Nested
    @IvsChatTest(clockStart = START)
    class OwnAnnotation {
      @Test
      void a_nested_annotation_says_its_own_scope_and_inherits_the_seed(IvsChatControl control) {
        assertThat(control).isNotSameAs(shared);
        assertThat(control.config().idSeed()).isEqualTo(42);
        assertThat(control.clock().instant()).isEqualTo(Instant.parse(START));
      }
    }

    @Nested
    @IvsChatTest(scope = IvsChatScope.PER_CLASS)
    class SameSettings {
      @Test
      void naming_per_class_again_shares_the_outer_ivs_chat(IvsChatControl control) {
        assertThat(control).isSameAs(shared);
      }
    }
  }

  @Test
  void scope_is_the_nested_annotations_own_and_the_other_attributes_are_inherited() {
    assertAllPassed(Fixtures.run(SharedOuter.class), 3);
  }

  @Fixture
  @IvsChatTest(idSeed = 42)
  static class InvalidInner {
    @Nested
    @IvsChatTest(clockStart = "tomorrow")
    class Inner {
      @Test
      void test(IvsChatControl control) {
      }
    }
  }

  @Test
  void an_invalid_nested_attribute_names_the_nested_class() {
    assertThat(Fixtures.failureOf(Fixtures.run(InvalidInner.class).allEvents(), "Inner"))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("Invalid @IvsChatTest on NestedSettingsTest.InvalidInner.Inner: clockStart "
            + "must be an ISO-8601 instant such as 2025-01-01T00:00:00Z, but was 'tomorrow'");
  }
}
