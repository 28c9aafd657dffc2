package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.Fixtures.MISSING;
import static dev.ivschat.testkit.assertj.Fixtures.expectFailure;
import static dev.ivschat.testkit.assertj.Fixtures.fakeWithEvents;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatCalls;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import org.junit.jupiter.api.Test;

class CallsAssertTest {
  private static final String JOURNAL = String.join("\n",
      "  #1 CreateRoom: succeeded",
      "  #2 CreateRoom: succeeded",
      "  #3 SendEvent: succeeded",
      "  #4 DeleteMessage: succeeded",
      "  #5 DisconnectUser: succeeded");

  private final FakeAmazonivschat fake = fakeWithEvents();

  private void failSomeCalls() {
    catchThrowable(() -> fake.getRoom(new GetRoomRequest().withIdentifier(MISSING)));
    catchThrowable(() -> fake.createRoom(new CreateRoomRequest().withName("bad name!")));
  }

  @Test
  void should_pass_when_operations_were_called_as_expected() {
    assertThat(fake).calls()
        .hasSize(5)
        .hasCallCount(Operation.CREATE_ROOM, 2)
        .hasCalled(Operation.SEND_EVENT)
        .hasNotCalled(Operation.DELETE_ROOM)
        .hasCallCount(Operation.UPDATE_ROOM, 0)
        .hasCalledOnlyWith(IvsChatRequest.CreateRoom.class, r -> r.name() != null)
        .hasCalledOnlyWith(CreateRoomRequest.class, r -> r.getName() != null)
        .hasNoFailedCalls()
        .hasFailedCalls();
  }

  @Test
  void should_pass_when_exactly_these_calls_failed() {
    failSomeCalls();

    assertThat(fake).calls().hasFailedCalls(Operation.GET_ROOM, Operation.CREATE_ROOM);
  }

  @Test
  void should_pass_when_navigating_to_a_call() {
    failSomeCalls();

    assertThat(fake).calls().call(1).hasOperation(Operation.CREATE_ROOM).succeeded();
    assertThat(fake).calls().call(Operation.CREATE_ROOM, 3).failedWith("ValidationException");
    assertThatCalls(fake.calls(Operation.GET_ROOM)).singleElement().failed();
  }

  @Test
  void should_fail_when_an_operation_was_called_another_number_of_times() {
    expectFailure(() -> assertThat(fake).calls().hasCallCount(Operation.SEND_EVENT, 2), """

        Expecting actual:
        %s
        to have 2 call(s) of SendEvent
        but had 1""".formatted(JOURNAL));
  }

  @Test
  void should_fail_when_an_operation_was_never_called() {
    expectFailure(() -> assertThat(fake).calls().hasCalled(Operation.DELETE_ROOM), """

        Expecting actual:
        %s
        to have at least one call of DeleteRoom
        but had 0""".formatted(JOURNAL));
  }

  @Test
  void should_fail_when_an_operation_was_called_that_should_not_have_been() {
    expectFailure(() -> assertThat(fake).calls().hasNotCalled(Operation.CREATE_ROOM), """

        Expecting actual:
        %s
        to have no call of CreateRoom
        but had 2""".formatted(JOURNAL));
  }

  @Test
  void should_fail_when_a_request_does_not_match_listing_it_with_its_neutral_request() {
    String expected = """

        Expecting actual:
        %s
        to have only %s requests matching the given predicate
        but these did not:
          #2 CreateRoom[name=stage, maximumMessageRatePerSecond=null, maximumMessageLength=null, \
        messageReviewHandler=null, tags=null, loggingConfigurationIdentifiers=null]: succeeded""";

    expectFailure(() -> assertThat(fake).calls().hasCalledOnlyWith(IvsChatRequest.CreateRoom.class,
        r -> r.maximumMessageLength() != null), expected.formatted(JOURNAL, "CreateRoom"));
    expectFailure(() -> assertThat(fake).calls().hasCalledOnlyWith(CreateRoomRequest.class,
        r -> r.getMaximumMessageLength() != null),
        expected.formatted(JOURNAL, "CreateRoomRequest"));
  }

  @Test
  void should_fail_when_no_request_of_the_type_was_made() {
    expectFailure(() -> assertThat(fake).calls()
        .hasCalledOnlyWith(GetRoomRequest.class, r -> true), """

        Expecting actual:
        %s
        to have only GetRoomRequest requests matching the given predicate
        but there was no GetRoomRequest""".formatted(JOURNAL));
    expectFailure(() -> assertThat(fake).calls()
        .hasCalledOnlyWith(IvsChatRequest.GetRoom.class, r -> true), """

        Expecting actual:
        %s
        to have only GetRoom requests matching the given predicate
        but there was no GetRoom""".formatted(JOURNAL));
  }

  @Test
  void should_fail_when_calls_failed_listing_them() {
    failSomeCalls();

    expectFailure(() -> assertThat(fake).calls().hasNoFailedCalls(), """

        Expecting actual:
        %s
          #6 GetRoom: failed with ResourceNotFoundException (404)
          #7 CreateRoom: failed with ValidationException (400)
        to have no failed call
        but the failed calls were:
          #6 GetRoom: failed with ResourceNotFoundException (404)
          #7 CreateRoom: failed with ValidationException (400)""".formatted(JOURNAL));
  }

  @Test
  void should_fail_when_other_calls_failed() {
    failSomeCalls();

    expectFailure(() -> assertThat(fake).calls().hasFailedCalls(Operation.GET_ROOM), """

        Expecting actual:
        %s
          #6 GetRoom: failed with ResourceNotFoundException (404)
          #7 CreateRoom: failed with ValidationException (400)
        to have failed calls of exactly, in order:
          [GetRoom]
        but the failed calls were:
          #6 GetRoom: failed with ResourceNotFoundException (404)
          #7 CreateRoom: failed with ValidationException (400)""".formatted(JOURNAL));
  }

  @Test
  void should_fail_when_expected_calls_did_not_fail() {
    expectFailure(() -> assertThat(fake).calls().hasFailedCalls(Operation.SEND_EVENT), """

        Expecting actual:
        %s
        to have failed calls of exactly, in order:
          [SendEvent]
        but the failed calls were:
          no calls""".formatted(JOURNAL));
  }

  @Test
  void should_fail_when_navigating_past_the_last_call() {
    expectFailure(() -> assertThat(fake).calls().call(6), """

        Expecting actual:
        %s
        to have a call #6 (calls are numbered from 1)
        but had 5""".formatted(JOURNAL));
  }

  @Test
  void should_fail_when_navigating_past_the_last_call_of_an_operation() {
    expectFailure(() -> assertThat(fake).calls().call(Operation.SEND_EVENT, 2), """

        Expecting actual:
        %s
        to have a call #2 of SendEvent (calls are numbered from 1)
        but had 1""".formatted(JOURNAL));
  }

  @Test
  void should_fail_when_the_journal_is_null() {
    expectFailure(() -> assertThatCalls(null).hasNoFailedCalls(), """

        Expecting actual not to be null""");
    expectFailure(() -> assertThatCalls(null).call(1), """

        Expecting actual not to be null""");
  }

  @Test
  void should_pass_when_the_assert_is_made_on_a_copy_of_the_journal() {
    java.util.List<Call> calls = fake.calls();
    assertThatCalls(calls).hasCallCount(Operation.DISCONNECT_USER, 1);
  }
}
