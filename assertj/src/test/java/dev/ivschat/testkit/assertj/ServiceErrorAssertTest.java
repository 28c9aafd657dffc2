package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.Fixtures.MISSING;
import static dev.ivschat.testkit.assertj.Fixtures.expectFailure;
import static dev.ivschat.testkit.assertj.Fixtures.fake;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatIvsChatCall;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.AmazonServiceException;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import dev.ivschat.testkit.FakeAmazonivschat;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Quotas;
import dev.ivschat.testkit.ServiceError;
import org.junit.jupiter.api.Test;

class ServiceErrorAssertTest {
  private static final String BAD_NAME = "Value 'bad name!' at 'name' failed to satisfy "
      + "constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9-_]*";
  private static final String NOT_FOUND =
      "ResourceNotFoundException (404): Room not found: AbCdEfGhIjKl";

  private final FakeAmazonivschat fake = fake();

  private AmazonServiceException notFound() {
    return catchThrowableOfType(AmazonServiceException.class,
        () -> fake.getRoom(new GetRoomRequest().withIdentifier(MISSING)));
  }

  private AmazonServiceException invalidName() {
    return catchThrowableOfType(AmazonServiceException.class,
        () -> fake.createRoom(new CreateRoomRequest().withName("bad name!")));
  }

  @Test
  void should_pass_when_the_call_fails_with_a_validation_error_on_the_field() {
    assertThatIvsChatCall(() -> fake.createRoom(new CreateRoomRequest().withName("bad name!")))
        .isValidationError()
        .hasErrorCode("ValidationException")
        .hasStatusCode(400)
        .hasReason("FIELD_VALIDATION_FAILED")
        .onField("name")
        .onFieldWithMessage("name", BAD_NAME)
        .onFieldWithMessageContaining("name", "regular expression")
        .hasErrorMessage("1 validation error detected: " + BAD_NAME);
  }

  @Test
  void should_pass_when_the_error_is_not_found_with_the_resource() {
    assertThat(notFound()).isNotFound().hasStatusCode(404).isNotFound("AbCdEfGhIjKl", "ROOM")
        .hasResourceId("AbCdEfGhIjKl").hasResourceType(ServiceError.ROOM);
  }

  @Test
  void should_pass_when_the_error_is_a_quota_or_throttling_error() {
    FakeAmazonivschat limited = FakeAmazonivschat.builder()
        .quotas(Quotas.defaults().withMaxRooms(1)).build();
    limited.createRoom(new CreateRoomRequest());
    assertThatIvsChatCall(() -> limited.createRoom(new CreateRoomRequest()))
        .isQuotaExceeded().isQuotaExceeded(1).hasLimit(1).hasStatusCode(402);

    fake.faults().on(Operation.LIST_ROOMS).fail(ServiceError.throttling(5));
    assertThatIvsChatCall(() -> fake.listRooms(new ListRoomsRequest()))
        .isThrottled().hasLimit(5).hasStatusCode(429);
  }

  @Test
  void should_pass_when_the_error_is_one_of_the_other_kinds() {
    fake.faults().on(Operation.LIST_ROOMS).times(1).fail(ServiceError.pendingVerification());
    assertThatIvsChatCall(() -> fake.listRooms(new ListRoomsRequest()))
        .isPendingVerification().hasErrorCode("PendingVerification").hasStatusCode(403);

    fake.faults().on(Operation.LIST_ROOMS).times(1).fail(ServiceError.accessDenied());
    assertThatIvsChatCall(() -> fake.listRooms(new ListRoomsRequest())).isAccessDenied();

    fake.faults().on(Operation.LIST_ROOMS).times(1).fail(ServiceError.internalServer());
    assertThatIvsChatCall(() -> fake.listRooms(new ListRoomsRequest())).isInternalServerError();

    fake.faults().on(Operation.LIST_ROOMS).times(1)
        .fail(ServiceError.conflict("AbCdEfGhIjKl", ServiceError.ROOM, "busy"));
    assertThatIvsChatCall(() -> fake.listRooms(new ListRoomsRequest()))
        .isConflict().hasResourceId("AbCdEfGhIjKl");
  }

  @Test
  void should_fail_when_the_error_is_of_another_kind() {
    expectFailure(() -> assertThat(notFound()).isValidationError(), """

        Expecting actual:
          %s
        to be a ValidationException
        but it is a ResourceNotFoundException""".formatted(NOT_FOUND));
    expectFailure(() -> assertThat(notFound()).isThrottled(), """

        Expecting actual:
          %s
        to be a ThrottlingException
        but it is a ResourceNotFoundException""".formatted(NOT_FOUND));
    expectFailure(() -> assertThat(notFound()).isPendingVerification(), """

        Expecting actual:
          %s
        to be a PendingVerification
        but it is a ResourceNotFoundException""".formatted(NOT_FOUND));
  }

  @Test
  void should_fail_when_the_code_or_status_differs() {
    expectFailure(() -> assertThat(notFound()).hasErrorCode("ConflictException"), """

        Expecting actual:
          %s
        to have error code:
          "ConflictException"
        but had:
          "ResourceNotFoundException\"""".formatted(NOT_FOUND));
    expectFailure(() -> assertThat(notFound()).hasStatusCode(409), """

        Expecting actual:
          %s
        to have status code:
          409
        but had:
          404""".formatted(NOT_FOUND));
  }

  @Test
  void should_fail_when_the_resource_differs() {
    expectFailure(() -> assertThat(notFound()).isNotFound("XOFV0n8Az2yX", "ROOM"), """

        Expecting actual:
          %s
        to have resource id:
          "XOFV0n8Az2yX"
        but had:
          "AbCdEfGhIjKl\"""".formatted(NOT_FOUND));
  }

  @Test
  void should_fail_when_the_error_carries_no_limit() {
    expectFailure(() -> assertThat(notFound()).hasLimit(5), """

        Expecting actual:
          %s
        to have limit:
          5
        but had:
          none""".formatted(NOT_FOUND));
  }

  @Test
  void should_fail_when_the_validation_error_does_not_name_the_field_listing_its_fields() {
    expectFailure(() -> assertThat(invalidName()).onField("maximumMessageLength"), """

        Expecting actual:
          ValidationException (400): 1 validation error detected: %s
        to name the field "maximumMessageLength"
        but its fields are:
          name: "%s\"""".formatted(BAD_NAME, BAD_NAME));
  }

  @Test
  void should_fail_when_the_field_message_differs() {
    expectFailure(() -> assertThat(invalidName()).onFieldWithMessageContaining("name", "length"),
        """

        Expecting actual:
          ValidationException (400): 1 validation error detected: %s
        to name the field "name" with a message containing:
          "length"
        but its fields are:
          name: "%s\"""".formatted(BAD_NAME, BAD_NAME));
    expectFailure(() -> assertThat(invalidName()).onFieldWithMessage("name", "bad"), """

        Expecting actual:
          ValidationException (400): 1 validation error detected: %s
        to name the field "name" with the message:
          "bad"
        but its fields are:
          name: "%s\"""".formatted(BAD_NAME, BAD_NAME));
  }

  @Test
  void should_fail_when_a_field_is_expected_of_another_error() {
    expectFailure(() -> assertThat(notFound()).onField("name"), """

        Expecting actual:
          %s
        to be a ValidationException
        but it is a ResourceNotFoundException""".formatted(NOT_FOUND));
  }

  @Test
  void should_fail_when_the_call_throws_nothing() {
    expectFailure(() -> assertThatIvsChatCall(() -> fake.listRooms(new ListRoomsRequest())), """

        Expecting code to throw an AmazonServiceException
        but it threw nothing""");
  }

  @Test
  void should_fail_when_the_call_throws_something_else() {
    expectFailure(() -> assertThatIvsChatCall(() -> fake.sendEvent(null)), """

        Expecting code to throw an AmazonServiceException
        but it threw:
          java.lang.NullPointerException: request must not be null""");
  }

  @Test
  void should_fail_when_the_error_is_null() {
    expectFailure(() -> assertThat((AmazonServiceException) null).isNotFound(), """

        Expecting actual not to be null""");
  }

  @Test
  void should_pass_when_the_error_was_caught_with_the_sdk_type() {
    AmazonServiceException e = catchThrowableOfType(AmazonServiceException.class,
        () -> fake.sendEvent(new SendEventRequest().withRoomIdentifier(MISSING)
            .withEventName("app:x")));
    assertThat(e).isNotFound().hasResourceType("ROOM");
  }
}
