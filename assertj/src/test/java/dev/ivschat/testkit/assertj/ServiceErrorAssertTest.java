package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.ErrorSource.assertOn;
import static dev.ivschat.testkit.assertj.Fixtures.FRONT_DOORS;
import static dev.ivschat.testkit.assertj.Fixtures.MISSING;
import static dev.ivschat.testkit.assertj.Fixtures.expectFailure;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatIvsChatCall;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatServiceError;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.amazonaws.AmazonServiceException;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.ResourceNotFoundException;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.ServiceError;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The error assertions on a v1 exception, a v2 exception and the neutral {@link ServiceError}: each
 * parameterized test makes the same call through every source and expects the same message.
 */
class ServiceErrorAssertTest {
  private static final String BAD_NAME = "Value 'bad name!' at 'name' failed to satisfy "
      + "constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9-_]*";
  private static final String NOT_FOUND =
      "ResourceNotFoundException (404): Room not found: AbCdEfGhIjKl";
  private static final String INVALID_NAME =
      "ValidationException (400): 1 validation error detected: " + BAD_NAME;

  static List<ErrorSource> sources() {
    return ErrorSource.all();
  }

  static List<ErrorSource> throwingSources() {
    return ErrorSource.throwing();
  }

  @ParameterizedTest
  @MethodSource("sources")
  void should_pass_when_the_error_is_a_validation_error_on_the_field(ErrorSource source) {
    assertOn(source.createRoom("bad name!"))
        .isValidationError()
        .hasErrorCode("ValidationException")
        .hasStatusCode(400)
        .hasReason("FIELD_VALIDATION_FAILED")
        .onField("name")
        .onFieldWithMessage("name", BAD_NAME)
        .onFieldWithMessageContaining("name", "regular expression")
        .hasErrorMessage("1 validation error detected: " + BAD_NAME);
  }

  @ParameterizedTest
  @MethodSource("sources")
  void should_pass_when_the_error_is_not_found_with_the_resource(ErrorSource source) {
    assertOn(source.getRoom(MISSING)).isNotFound().hasStatusCode(404)
        .isNotFound("AbCdEfGhIjKl", "ROOM")
        .hasResourceId("AbCdEfGhIjKl").hasResourceType(ServiceError.ROOM);
  }

  @ParameterizedTest
  @MethodSource("sources")
  void should_pass_when_the_error_is_a_quota_or_throttling_error(ErrorSource source) {
    source.createRoom("first");
    assertOn(source.createRoom("second"))
        .isQuotaExceeded().isQuotaExceeded(1).hasLimit(1).hasStatusCode(402);

    source.ivsChat.faults().on(Operation.LIST_ROOMS).times(1).fail(ServiceError.throttling(5));
    assertOn(source.listRooms()).isThrottled().hasLimit(5).hasStatusCode(429);
  }

  @ParameterizedTest
  @MethodSource("sources")
  void should_pass_when_the_error_is_one_of_the_other_kinds(ErrorSource source) {
    source.ivsChat.faults().on(Operation.LIST_ROOMS).times(1)
        .fail(ServiceError.pendingVerification());
    assertOn(source.listRooms())
        .isPendingVerification().hasErrorCode("PendingVerification").hasStatusCode(403);

    source.ivsChat.faults().on(Operation.LIST_ROOMS).times(1).fail(ServiceError.accessDenied());
    assertOn(source.listRooms()).isAccessDenied();

    source.ivsChat.faults().on(Operation.LIST_ROOMS).times(1).fail(ServiceError.internalServer());
    assertOn(source.listRooms()).isInternalServerError().hasStatusCode(500);

    source.ivsChat.faults().on(Operation.LIST_ROOMS).times(1)
        .fail(ServiceError.conflict("AbCdEfGhIjKl", ServiceError.ROOM, "busy"));
    assertOn(source.listRooms()).isConflict().hasResourceId("AbCdEfGhIjKl")
        .hasErrorMessage("busy");
  }

  @ParameterizedTest
  @MethodSource("sources")
  void should_fail_when_the_error_is_of_another_kind(ErrorSource source) {
    Object notFound = source.getRoom(MISSING);

    expectFailure(() -> assertOn(notFound).isValidationError(), """

        Expecting actual:
          %s
        to be a ValidationException
        but it is a ResourceNotFoundException""".formatted(NOT_FOUND));
    expectFailure(() -> assertOn(notFound).isThrottled(), """

        Expecting actual:
          %s
        to be a ThrottlingException
        but it is a ResourceNotFoundException""".formatted(NOT_FOUND));
    expectFailure(() -> assertOn(notFound).isPendingVerification(), """

        Expecting actual:
          %s
        to be a PendingVerification
        but it is a ResourceNotFoundException""".formatted(NOT_FOUND));
    expectFailure(() -> assertOn(notFound).isQuotaExceeded(3), """

        Expecting actual:
          %s
        to be a ServiceQuotaExceededException
        but it is a ResourceNotFoundException""".formatted(NOT_FOUND));
  }

  @ParameterizedTest
  @MethodSource("sources")
  void should_fail_when_the_code_status_or_message_differs(ErrorSource source) {
    Object notFound = source.getRoom(MISSING);

    expectFailure(() -> assertOn(notFound).hasErrorCode("ConflictException"), """

        Expecting actual:
          %s
        to have error code:
          "ConflictException"
        but had:
          "ResourceNotFoundException\"""".formatted(NOT_FOUND));
    expectFailure(() -> assertOn(notFound).hasStatusCode(409), """

        Expecting actual:
          %s
        to have status code:
          409
        but had:
          404""".formatted(NOT_FOUND));
    expectFailure(() -> assertOn(notFound).hasErrorMessage("Room not found"), """

        Expecting actual:
          %s
        to have error message:
          "Room not found"
        but had:
          "Room not found: AbCdEfGhIjKl\"""".formatted(NOT_FOUND));
  }

  @ParameterizedTest
  @MethodSource("sources")
  void should_fail_when_the_resource_differs(ErrorSource source) {
    Object notFound = source.getRoom(MISSING);

    expectFailure(() -> assertOn(notFound).isNotFound("XOFV0n8Az2yX", "ROOM"), """

        Expecting actual:
          %s
        to have resource id:
          "XOFV0n8Az2yX"
        but had:
          "AbCdEfGhIjKl\"""".formatted(NOT_FOUND));
    expectFailure(() -> assertOn(notFound).hasResourceType("LOGGING_CONFIGURATION"), """

        Expecting actual:
          %s
        to have resource type:
          "LOGGING_CONFIGURATION"
        but had:
          "ROOM\"""".formatted(NOT_FOUND));
  }

  @ParameterizedTest
  @MethodSource("sources")
  void should_fail_when_the_error_carries_no_limit_resource_or_reason(ErrorSource source) {
    Object notFound = source.getRoom(MISSING);
    Object invalid = source.createRoom("bad name!");

    expectFailure(() -> assertOn(notFound).hasLimit(5), """

        Expecting actual:
          %s
        to have limit:
          5
        but had:
          none""".formatted(NOT_FOUND));
    expectFailure(() -> assertOn(notFound).hasReason("OTHER"), """

        Expecting actual:
          %s
        to have reason:
          "OTHER"
        but had:
          none""".formatted(NOT_FOUND));
    expectFailure(() -> assertOn(invalid).hasResourceId("AbCdEfGhIjKl"), """

        Expecting actual:
          %s
        to have resource id:
          "AbCdEfGhIjKl"
        but had:
          none""".formatted(INVALID_NAME));
  }

  @ParameterizedTest
  @MethodSource("sources")
  void should_fail_when_the_validation_error_does_not_name_the_field_listing_its_fields(
      ErrorSource source) {
    Object invalid = source.createRoom("bad name!");

    expectFailure(() -> assertOn(invalid).onField("maximumMessageLength"), """

        Expecting actual:
          %s
        to name the field "maximumMessageLength"
        but its fields are:
          name: "%s\"""".formatted(INVALID_NAME, BAD_NAME));
  }

  @ParameterizedTest
  @MethodSource("sources")
  void should_fail_when_the_field_message_differs(ErrorSource source) {
    Object invalid = source.createRoom("bad name!");

    expectFailure(() -> assertOn(invalid).onFieldWithMessageContaining("name", "length"), """

        Expecting actual:
          %s
        to name the field "name" with a message containing:
          "length"
        but its fields are:
          name: "%s\"""".formatted(INVALID_NAME, BAD_NAME));
    expectFailure(() -> assertOn(invalid).onFieldWithMessage("name", "bad"), """

        Expecting actual:
          %s
        to name the field "name" with the message:
          "bad"
        but its fields are:
          name: "%s\"""".formatted(INVALID_NAME, BAD_NAME));
  }

  @ParameterizedTest
  @MethodSource("sources")
  void should_fail_when_a_field_is_expected_of_another_error(ErrorSource source) {
    expectFailure(() -> assertOn(source.getRoom(MISSING)).onField("name"), """

        Expecting actual:
          %s
        to be a ValidationException
        but it is a ResourceNotFoundException""".formatted(NOT_FOUND));
  }

  @ParameterizedTest
  @MethodSource("throwingSources")
  void should_pass_when_the_call_throws_the_service_error(ErrorSource source) {
    assertThatIvsChatCall(source.getRoomCall(MISSING))
        .isNotFound("AbCdEfGhIjKl", "ROOM")
        .hasStatusCode(404);
  }

  @ParameterizedTest
  @MethodSource("throwingSources")
  void should_fail_when_the_call_throws_nothing(ErrorSource source) {
    expectFailure(() -> assertThatIvsChatCall(source.listRoomsCall()), """

        Expecting code to throw a service error of IVS Chat
        but it threw nothing""");
  }

  @ParameterizedTest
  @MethodSource("throwingSources")
  void should_fail_when_the_call_throws_another_error(ErrorSource source) {
    source.ivsChat.faults().on(Operation.GET_ROOM).fail(ServiceError.accessDenied());

    expectFailure(() -> assertThatIvsChatCall(source.getRoomCall(MISSING)).isNotFound(), """

        Expecting actual:
          AccessDeniedException (403): User is not authorized to perform this action
        to be a ResourceNotFoundException
        but it is an AccessDeniedException""");
  }

  @Test
  void should_fail_when_the_call_throws_something_else() {
    Throwable thrown = catchThrowable(() -> assertThatIvsChatCall(() -> {
      throw new IllegalStateException("not a service error");
    }));

    Fixtures.expectMessage(thrown, """

        Expecting code to throw a service error of IVS Chat
        but it threw:
          java.lang.IllegalStateException: not a service error
        which is not a service error of any installed front door (%s)""".formatted(FRONT_DOORS));
    Assertions.assertThat(thrown).hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void should_fail_when_the_throwable_is_no_service_error_of_ivs_chat() {
    AmazonServiceException otherService = new AmazonServiceException("Access Denied");
    otherService.setServiceName("Amazon S3");

    expectFailure(() -> assertThatServiceError(new IllegalStateException("boom")).isNotFound(), """

        Expecting a service error of IVS Chat
        but was:
          java.lang.IllegalStateException: boom
        which is not a service error of any installed front door (%s)""".formatted(FRONT_DOORS));
    expectFailure(() -> assertThatServiceError(otherService).hasStatusCode(403), """

        Expecting a service error of IVS Chat
        but was:
          %s
        which is not a service error of any installed front door (%s)"""
        .formatted(otherService, FRONT_DOORS));
  }

  @Test
  void should_pass_when_the_actual_is_the_object_given() {
    FakeAmazonivschat fake = Fixtures.fake();
    Throwable thrown = catchThrowable(
        () -> fake.getRoom(new GetRoomRequest().withIdentifier(MISSING)));
    ServiceError error = ServiceError.notFound("AbCdEfGhIjKl", ServiceError.ROOM);

    assertThatServiceError(thrown).isSameAs(thrown).isInstanceOf(ResourceNotFoundException.class)
        .isNotFound();
    assertThat(error).isSameAs(error).isNotFound();
    assertThatIvsChatCall(() -> {
      throw thrown;
    }).isSameAs(thrown);
  }

  @Test
  void should_pass_when_a_future_wraps_the_service_error() {
    FakeAmazonivschat fake = Fixtures.fake();
    GetRoomRequest missing = new GetRoomRequest().withIdentifier(MISSING);

    assertThatIvsChatCall(() -> fake.async().getRoomAsync(missing).get()).isNotFound();
    assertThatIvsChatCall(() -> CompletableFuture.supplyAsync(() -> fake.getRoom(missing)).join())
        .isInstanceOf(CompletionException.class)
        .isNotFound("AbCdEfGhIjKl", "ROOM");
  }

  @Test
  void should_fail_when_the_error_is_null() {
    expectFailure(() -> assertThat((ServiceError) null).isNotFound(), """

        Expecting actual not to be null""");
    expectFailure(() -> assertThatServiceError(null).hasErrorCode("ValidationException"), """

        Expecting actual not to be null""");
  }
}
