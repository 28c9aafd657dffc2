package dev.ivschat.testkit.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteRoomRequest;
import com.amazonaws.services.ivschat.model.DestinationConfiguration;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import com.amazonaws.services.ivschat.model.ListTagsForResourceRequest;
import com.amazonaws.services.ivschat.model.S3DestinationConfiguration;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Events;

/** A failed test's exception carries a summary of its IVS Chat calls and sent events. */
class DiagnosticsTest {
  static final String ROOM = "arn:aws:ivschat:us-east-1:123456789012:room/yy6NHVpZKVpN";
  static final String HEADER = " (us-east-1, account 123456789012, id seed 1): 3 calls (1 failed), "
      + "1 sent event\n";
  static final String CALL_1 = "  #1 2025-01-01T00:00:00Z CreateRoom {name=lobby} -> OK " + ROOM
      + "\n";
  static final String CALL_2 = "  #2 2025-01-01T00:00:00.001Z SendEvent {roomIdentifier=" + ROOM
      + ", eventName=app:welcome, attributes={text=hi}} -> OK event id X14VSpo5hRhs\n";
  static final String CALL_3 = "  #3 2025-01-01T00:00:00.002Z CreateRoom {name=bad name!} -> "
      + "ValidationException (400): 1 validation error detected: Value 'bad name!' at 'name' "
      + "failed to satisfy constraint: Member must satisfy regular expression pattern: "
      + "[a-zA-Z0-9-_]*\n";
  static final String EVENTS = "Sent events, oldest first:\n"
      + "  #1 2025-01-01T00:00:00.001Z app:welcome to " + ROOM + " {text=hi} id X14VSpo5hRhs";

  /** Three calls, one of them failing, one event; then the test fails. */
  static void callsAndFails(Amazonivschat client) {
    String arn = client.createRoom(new CreateRoomRequest().withName("lobby")).getArn();
    client.sendEvent(new SendEventRequest().withRoomIdentifier(arn).withEventName("app:welcome")
        .withAttributes(Map.of("text", "hi")));
    catchThrowable(() -> client.createRoom(new CreateRoomRequest().withName("bad name!")));
    fail("the welcome was not shown");
  }

  static Throwable failure(Class<?> fixture, String test) {
    return Fixtures.failureOf(Fixtures.run(fixture).allEvents(), test);
  }

  static String report(Throwable failure) {
    assertThat(failure.getSuppressed()).hasSize(1);
    assertThat(failure.getSuppressed()[0]).isInstanceOf(IvsChatDiagnostics.class);
    assertThat(failure.getSuppressed()[0].getStackTrace()).isEmpty();
    return failure.getSuppressed()[0].getMessage();
  }

  @Fixture
  @IvsChatTest(idSeed = 1, clockStart = "2025-01-01T00:00:00Z")
  static class Failing {
    @Test
    void fails_after_three_calls(Amazonivschat client) {
      callsAndFails(client);
    }

    @Test
    void fails_without_touching_the_ivs_chat() {
      fail("unrelated");
    }

    @Test
    void is_skipped_by_an_assumption(Amazonivschat client) {
      client.createRoom(new CreateRoomRequest());
      Assumptions.abort("not today");
    }

    @Test
    void fails_with_an_exception_without_suppression(Amazonivschat client) {
      client.createRoom(new CreateRoomRequest());
      throw new Unsuppressible();
    }

    @TestFactory
    Stream<DynamicTest> dynamic(CurrentIvsChat current) {
      return Stream.of(dynamicTest("fails", () -> callsAndFails(current.client(Amazonivschat.class))));
    }
  }

  /** An exception that cannot carry suppressed exceptions. */
  static class Unsuppressible extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsuppressible() {
      super("cannot carry suppressed exceptions", null, false, true);
    }
  }

  @Test
  void a_failed_test_reports_its_calls_with_requests_outcomes_and_errors_and_its_events() {
    Throwable failure = failure(Failing.class, "fails_after_three_calls(Amazonivschat)");

    assertThat(failure).hasMessage("the welcome was not shown");
    assertThat(report(failure)).isEqualTo("IVS Chat of this test" + HEADER
        + "Calls, oldest first:\n" + CALL_1 + CALL_2 + CALL_3 + EVENTS);
  }

  @Test
  void a_failed_dynamic_test_reports_on_its_own_ivs_chat() {
    assertThat(report(failure(Failing.class, "fails"))).isEqualTo("IVS Chat of this test"
        + HEADER + "Calls, oldest first:\n" + CALL_1 + CALL_2 + CALL_3 + EVENTS);
  }

  @Test
  void tests_that_did_not_use_their_ivs_chat_or_were_skipped_get_no_report() {
    EngineExecutionResults results = Fixtures.run(Failing.class);

    assertThat(Fixtures.failureOf(results.allEvents(),
        "fails_without_touching_the_ivs_chat()").getSuppressed()).isEmpty();
    assertThat(results.testEvents().aborted().stream()).singleElement().satisfies(e ->
        assertThat(e.getPayload(TestExecutionResult.class)
            .orElseThrow().getThrowable().orElseThrow().getSuppressed()).isEmpty());
  }

  @Test
  void an_exception_that_cannot_carry_the_report_gets_it_as_a_report_entry() {
    EngineExecutionResults results = Fixtures.run(Failing.class);

    assertThat(Fixtures.published(results, "ivschat")).hasSize(1).allSatisfy((test, report) -> {
      assertThat(test).contains("fails_with_an_exception_without_suppression");
      assertThat(report).startsWith("IVS Chat of this test (us-east-1, account "
          + "123456789012, id seed 1): 1 call, 0 sent events\nCalls, oldest first:\n"
          + "  #1 2025-01-01T00:00:00Z CreateRoom {} -> OK arn:aws:ivschat:");
    });
  }

  @Fixture
  @IvsChatTest(idSeed = 1, clockStart = "2025-01-01T00:00:00Z", diagnostics = 2)
  static class ShortReport {
    @Test
    void fails_after_three_calls(Amazonivschat client) {
      callsAndFails(client);
    }
  }

  @Test
  void the_report_lists_only_the_last_entries() {
    assertThat(report(failure(ShortReport.class, "fails_after_three_calls(Amazonivschat)")))
        .isEqualTo("IVS Chat of this test" + HEADER
            + "Calls, the last 2 of 3, oldest first:\n" + CALL_2 + CALL_3 + EVENTS);
  }

  @Fixture
  static class NoReport {
    @RegisterExtension
    static final IvsChatExtension IVSCHAT = IvsChatExtension.builder().diagnostics(0).build();

    @Test
    void fails_after_three_calls(Amazonivschat client) {
      callsAndFails(client);
    }
  }

  @Test
  void diagnostics_zero_turns_the_report_off() {
    assertThat(failure(NoReport.class, "fails_after_three_calls(Amazonivschat)").getSuppressed())
        .isEmpty();
  }

  @Fixture
  @IvsChatTest(idSeed = 1, clockStart = "2025-01-01T00:00:00Z")
  static class FailingLifecycleMethods {
    private boolean failBefore;

    @BeforeEach
    void setUp(FakeAmazonivschat fake, TestInfo info) {
      fake.createRoom(new CreateRoomRequest().withName("lobby"));
      failBefore = info.getDisplayName().startsWith("before");
      if (failBefore) {
        fail("set-up failed");
      }
    }

    @Test
    void before_each_fails() {
    }

    @Test
    void after_each_fails() {
    }

    @AfterEach
    void tearDown() {
      if (!failBefore) {
        fail("tear-down failed");
      }
    }
  }

  @Test
  void failures_in_before_each_and_after_each_get_the_report_too() {
    Events events = Fixtures.run(FailingLifecycleMethods.class).allEvents();
    String expected = "IVS Chat of this test (us-east-1, account 123456789012, id seed "
        + "1): 1 call, 0 sent events\nCalls, oldest first:\n" + CALL_1.stripTrailing();

    assertThat(report(Fixtures.failureOf(events, "before_each_fails()"))).isEqualTo(expected);
    assertThat(report(Fixtures.failureOf(events, "after_each_fails()"))).isEqualTo(expected);
  }

  @Fixture
  @IvsChatTest(idSeed = 1, clockStart = "2025-01-01T00:00:00Z", scope = IvsChatScope.PER_CLASS)
  static class SharedFake {
    @Test
    void fails_after_three_calls(Amazonivschat client) {
      callsAndFails(client);
    }
  }

  @Test
  void in_per_class_scope_the_report_says_the_ivs_chat_is_shared() {
    assertThat(report(failure(SharedFake.class, "fails_after_three_calls(Amazonivschat)")))
        .isEqualTo("IVS Chat shared by all tests of DiagnosticsTest.SharedFake" + HEADER
            + "Calls, oldest first:\n" + CALL_1 + CALL_2 + CALL_3 + EVENTS);
  }

  @Fixture
  @IvsChatTest(idSeed = 1, clockStart = "2025-01-01T00:00:00Z")
  static class EveryKindOfOutcome {
    @Test
    void fails(Amazonivschat client) {
      String arn = client.createRoom(new CreateRoomRequest().withName("lobby")).getArn();
      client.createChatToken(new CreateChatTokenRequest().withRoomIdentifier(arn)
          .withUserId("alice").withAttributes(Map.of("role", "moderator")));
      client.listRooms(new ListRoomsRequest());
      client.listTagsForResource(new ListTagsForResourceRequest().withResourceArn(arn));
      client.createLoggingConfiguration(new CreateLoggingConfigurationRequest()
          .withDestinationConfiguration(new DestinationConfiguration()
              .withS3(new S3DestinationConfiguration().withBucketName("logs"))));
      client.deleteRoom(new DeleteRoomRequest().withIdentifier(arn));
      fail("to see the report");
    }
  }

  @Test
  void each_kind_of_result_is_summed_up_in_a_few_words() {
    String report = report(failure(EveryKindOfOutcome.class, "fails(Amazonivschat)"));

    assertThat(report.lines().skip(2).map(line -> line.substring(line.indexOf(" -> ") + 4)))
        .containsExactly("OK " + ROOM, "OK token for user alice", "OK 1 item", "OK {}",
            "OK arn:aws:ivschat:us-east-1:123456789012:logging-configuration/Z5PFBXO0nqTg", "OK");
  }

  @Test
  void each_request_is_the_neutral_record_with_the_members_that_were_set() {
    String report = report(failure(EveryKindOfOutcome.class, "fails(Amazonivschat)"));

    assertThat(report.lines().skip(2)
        .map(line -> line.substring(line.indexOf(" ", line.indexOf("Z ") + 2) + 1,
            line.indexOf(" -> "))))
        .containsExactly("{name=lobby}",
            "{roomIdentifier=" + ROOM + ", userId=alice, attributes={role=moderator}}",
            "{}", "{resourceArn=" + ROOM + "}",
            "{destinationConfiguration=DestinationConfiguration[s3=S3[bucketName=logs], "
                + "cloudWatchLogs=null, firehose=null]}",
            "{identifier=" + ROOM + "}");
  }
}
