package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.Fixtures.LOBBY;
import static dev.ivschat.testkit.assertj.Fixtures.MISSING;
import static dev.ivschat.testkit.assertj.Fixtures.START;
import static dev.ivschat.testkit.assertj.Fixtures.expectFailure;
import static dev.ivschat.testkit.assertj.Fixtures.fakeWithRooms;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.FakeAmazonivschat;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.ServiceError;
import org.junit.jupiter.api.Test;

class CallAssertTest {
  private static final String STAGE_CALL = "#2 CreateRoom {Name: stage,}: succeeded";
  private static final String MISSING_CALL = "#3 GetRoom {Identifier: " + MISSING
      + "}: failed with ResourceNotFoundException (404)";

  private final FakeAmazonivschat fake = fakeWithRooms();
  private final Call stage = fake.calls().get(1);
  private final Call missing;

  CallAssertTest() {
    catchThrowable(() -> fake.getRoom(new GetRoomRequest().withIdentifier(MISSING)));
    missing = fake.calls().get(2);
  }

  @Test
  void should_pass_when_the_call_is_as_expected() {
    assertThat(stage).hasOperation(Operation.CREATE_ROOM).wasMadeAt(START).succeeded();
    assertThat(missing).hasOperation(Operation.GET_ROOM).failed()
        .failedWith(ServiceError.RESOURCE_NOT_FOUND);
  }

  @Test
  void should_pass_when_navigating_to_the_request_and_result() {
    assertThat(stage).request(CreateRoomRequest.class)
        .extracting(CreateRoomRequest::getName).isEqualTo("stage");
    assertThat(stage).request().isInstanceOf(CreateRoomRequest.class);
    assertThat(fake).calls().call(1).result().isInstanceOf(Room.class)
        .extracting("arn").isEqualTo(LOBBY);
    assertThat(missing).result().isNull();
  }

  @Test
  void should_fail_when_the_operation_differs() {
    expectFailure(() -> assertThat(stage).hasOperation(Operation.UPDATE_ROOM), """

        Expecting actual:
          %s
        to have operation:
          UpdateRoom
        but had:
          CreateRoom""".formatted(STAGE_CALL));
  }

  @Test
  void should_fail_when_it_was_made_at_another_time() {
    expectFailure(() -> assertThat(stage).wasMadeAt(START.plusSeconds(1)), """

        Expecting actual:
          %s
        to have time:
          2025-01-01T00:00:01Z
        but had:
          2025-01-01T00:00:00Z""".formatted(STAGE_CALL));
  }

  @Test
  void should_fail_when_the_call_failed_showing_the_error() {
    expectFailure(() -> assertThat(missing).succeeded(), """

        Expecting actual:
          %s
        to have succeeded
        but it failed with ResourceNotFoundException (404): Room not found: AbCdEfGhIjKl"""
        .formatted(MISSING_CALL));
  }

  @Test
  void should_fail_when_the_call_succeeded() {
    expectFailure(() -> assertThat(stage).failed(), """

        Expecting actual:
          %s
        to have failed
        but it succeeded""".formatted(STAGE_CALL));
  }

  @Test
  void should_fail_when_the_call_failed_with_another_error() {
    expectFailure(() -> assertThat(missing).failedWith(ServiceError.VALIDATION), """

        Expecting actual:
          %s
        to have failed with ValidationException
        but it failed with ResourceNotFoundException (404): Room not found: AbCdEfGhIjKl"""
        .formatted(MISSING_CALL));
  }

  @Test
  void should_fail_when_the_request_is_of_another_type() {
    expectFailure(() -> assertThat(stage).request(GetRoomRequest.class), """

        Expecting actual:
          %s
        to have a request of type:
          com.amazonaws.services.ivschat.model.GetRoomRequest
        but had:
          com.amazonaws.services.ivschat.model.CreateRoomRequest""".formatted(STAGE_CALL));
  }

  @Test
  void should_fail_when_the_request_assertion_fails_with_the_call_description() {
    expectFailure(() -> assertThat(stage).as("second call").request(CreateRoomRequest.class)
        .matches(r -> r.getMaximumMessageLength() != null), """
        [second call]\s
        Expecting actual:
          {Name: stage,}
        to match given predicate.

        You can use 'matches(Predicate p, String description)' to have a better error message
        For example:
          assertThat(player).matches(p -> p.isRookie(), "is rookie");
        will give an error message looking like:

        Expecting actual:
          player
        to match 'is rookie' predicate""");
  }

  @Test
  void should_fail_when_the_call_is_null() {
    expectFailure(() -> assertThat((Call) null).succeeded(), """

        Expecting actual not to be null""");
  }
}
