package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.Fixtures.LOBBY;
import static dev.ivschat.testkit.assertj.Fixtures.fakeWithEvents;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** {@link IvsChatSoftAssertions} under AssertJ's JUnit 5 {@link SoftAssertionsExtension}. */
class IvsChatSoftAssertionsExtensionTest {

  @Test
  void should_pass_when_the_injected_soft_assertions_hold() {
    run(selectMethod(Fixture.class, "passes")).assertThatEvents().haveExactly(1, event(test("passes"), finishedSuccessfully()));
  }

  @Test
  void should_fail_after_the_test_with_every_failure_collected_in_a_field() {
    run(selectMethod(Fixture.class, "failsTwice")).assertThatEvents().haveExactly(1, event(test("failsTwice"),
        finishedWithFailure(instanceOf(AssertJMultipleFailuresError.class),
            message(m -> m.contains("Multiple Failures (2 failures)")
                && m.contains("to hold 3 room(s)")
                && m.contains("to contain an event named \"app:bye\"")))));
  }

  @Test
  void should_fail_after_the_test_with_every_failure_collected_in_a_parameter() {
    run(selectMethod(Fixture.class, "failsInParameter", IvsChatSoftAssertions.class)).assertThatEvents().haveExactly(1, event(test("failsInParameter"),
        finishedWithFailure(instanceOf(AssertJMultipleFailuresError.class),
            message(m -> m.contains("Multiple Failures (2 failures)")
                && m.contains("to hold a room with name:")
                && m.contains("Expecting actual not to be null")))));
  }

  private static Events run(MethodSelector method) {
    return EngineTestKit.engine("junit-jupiter").selectors(method).execute().testEvents();
  }

  /** Run only through the engine test kit above (surefire skips nested classes). */
  @ExtendWith(SoftAssertionsExtension.class)
  static class Fixture {
    @InjectSoftAssertions
    IvsChatSoftAssertions softly;

    private final FakeAmazonivschat fake = fakeWithEvents();

    @Test
    void passes() {
      softly.assertThat(fake).hasRoomCount(2).room(LOBBY).hasName("lobby");
      softly.assertThat(fake).sentEvents(LOBBY).disconnectedUser("user-1", "abuse");
    }

    @Test
    void failsTwice() {
      softly.assertThat(fake).hasRoomCount(3);
      softly.assertThat(fake).sentEvents().containsEventNamed("app:bye");
    }

    @Test
    void failsInParameter(IvsChatSoftAssertions parameter) {
      parameter.assertThat(fake).roomNamed("nope").hasName("nope");
    }
  }
}
