package dev.ivschat.testkit.junit5;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class that is run only through {@link Fixtures} (the EngineTestKit), never on its
 * own: an IDE that discovers it finds it disabled. Fixtures are static nested classes, which
 * surefire does not pick up either.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(Fixture.OnlyThroughEngineTestKit.class)
public @interface Fixture {

  /** The configuration parameter that {@link Fixtures} sets. */
  String ENABLED = "ivschat.testkit.fixtures";

  /** Enables fixtures only when the launch sets {@link #ENABLED}. */
  final class OnlyThroughEngineTestKit implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(ENABLED).isPresent()
          ? ConditionEvaluationResult.enabled("run through the EngineTestKit")
          : ConditionEvaluationResult.disabled("a fixture, run only through the EngineTestKit");
    }
  }
}
