package dev.ivschat.testkit.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs {@link Fixture} classes through the JUnit Platform EngineTestKit (published in this
 * module's test-jar for the server module's tests of the server mode).
 */
public final class Fixtures {
  private Fixtures() {
  }

  public static EngineExecutionResults run(Class<?>... fixtures) {
    return builder(fixtures).execute();
  }

  public static EngineExecutionResults runInParallel(Class<?>... fixtures) {
    return builder(fixtures)
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
        .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
        .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default",
            "concurrent")
        .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
        .execute();
  }

  private static EngineTestKit.Builder builder(Class<?>... fixtures) {
    DiscoverySelector[] selectors = Arrays.stream(fixtures).map(c -> selectClass(c))
        .toArray(DiscoverySelector[]::new);
    return EngineTestKit.engine("junit-jupiter").selectors(selectors)
        .configurationParameter(Fixture.ENABLED, "true");
  }

  /** Asserts that all tests ran and passed, showing the failures when not. */
  public static void assertAllPassed(EngineExecutionResults results, int expectedTests) {
    assertThat(failures(results.allEvents())).as("failures").isEmpty();
    assertThat(results.testEvents().succeeded().count()).as("tests passed")
        .isEqualTo(expectedTests);
  }

  /** Each failed test or container with its exception. */
  public static List<String> failures(Events events) {
    return events.failed().stream()
        .map(e -> e.getTestDescriptor().getDisplayName() + ": "
            + e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                .map(Throwable::toString).orElse("?"))
        .collect(Collectors.toList());
  }

  /** The exception of the one failed test or container with this display name. */
  public static Throwable failureOf(Events events, String displayName) {
    List<Event> failed = events.failed().stream()
        .filter(e -> e.getTestDescriptor().getDisplayName().equals(displayName))
        .collect(Collectors.toList());
    assertThat(failed).as("failures of '%s' among %s", displayName, failures(events)).hasSize(1);
    return failed.get(0).getPayload(TestExecutionResult.class)
        .flatMap(TestExecutionResult::getThrowable).orElseThrow();
  }

  /**
   * Every value published under a key, in the order the tests published them.
   *
   * @param results the results
   * @param key the key
   * @return the values
   */
  public static List<String> publishedInOrder(EngineExecutionResults results, String key) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get(key))
        .filter(v -> v != null)
        .collect(Collectors.toList());
  }

  /** Every value published under a key, by the display name of the test that published it. */
  public static Map<String, String> published(EngineExecutionResults results, String key) {
    return results.allEvents().reportingEntryPublished().stream()
        .filter(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()
            .containsKey(key))
        .collect(Collectors.toMap(e -> e.getTestDescriptor().getUniqueId().toString(),
            e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get(key)));
  }
}
