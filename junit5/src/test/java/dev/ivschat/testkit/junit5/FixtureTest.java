package dev.ivschat.testkit.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Fixtures run only through {@link Fixtures}: discovered any other way, they are disabled. */
class FixtureTest {

  @Test
  void a_fixture_run_without_the_engine_test_kit_parameter_is_skipped() {
    EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(ScopeTest.PerTest.class)).execute();

    assertThat(results.containerEvents().skipped().count()).isEqualTo(1);
    assertThat(results.testEvents().started().count()).isZero();
  }
}
