package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.Fixtures.LOBBY;
import static dev.ivschat.testkit.assertj.Fixtures.MISSING;
import static dev.ivschat.testkit.assertj.Fixtures.START;
import static dev.ivschat.testkit.assertj.Fixtures.expectFailure;
import static dev.ivschat.testkit.assertj.Fixtures.fakeWithRooms;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.ServiceError;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallAssertTest {
  private static final String STAGE_REQUEST = "CreateRoom[name=stage, "
      + "maximumMessageRatePerSecond=null, maximumMessageLength=null, messageReviewHandler=null, "
      + "tags=null, loggingConfigurationIdentifiers=null]";
  private static final String STAGE_CALL = "#2 " + STAGE_REQUEST + ": succeeded";
  private static final String MISSING_CALL = "#3 GetRoom[identifier=" + MISSING
      + "]: failed with ResourceNotFoundException (404)";

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
  void should_pass_when_navigating_to_the_neutral_request() {
    assertThat(stage).request(IvsChatRequest.CreateRoom.class)
        .extracting(IvsChatRequest.CreateRoom::name).isEqualTo("stage");
    assertThat(stage).request().isEqualTo(IvsChatRequest.CreateRoom.named("stage"));
    assertThat(missing).request(IvsChatRequest.GetRoom.class)
        .isEqualTo(new IvsChatRequest.GetRoom(MISSING));
  }

  @Test
  void should_pass_when_navigating_to_the_sdk_request() {
    assertThat(stage).request(CreateRoomRequest.class)
        .extracting(CreateRoomRequest::getName).isEqualTo("stage");
    assertThat(missing).request(GetRoomRequest.class)
        .extracting(GetRoomRequest::getIdentifier).isEqualTo(MISSING);
  }

  @Test
  void should_pass_when_navigating_to_the_result() {
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
  void should_fail_when_the_call_succeeded_but_a_failure_was_expected() {
    expectFailure(() -> assertThat(stage).failedWith(ServiceError.VALIDATION), """

        Expecting actual:
          %s
        to have failed with ValidationException
        but it succeeded""".formatted(STAGE_CALL));
  }

  @Test
  void should_fail_when_the_request_is_of_another_type_naming_both_request_types() {
    String expected = """

        Expecting actual:
          %s
        to have a request of type:
          %s
        but had:
          dev.ivschat.testkit.IvsChatRequest.CreateRoom \
        (SDK request: com.amazonaws.services.ivschat.model.CreateRoomRequest)""";

    expectFailure(() -> assertThat(stage).request(GetRoomRequest.class), expected.formatted(
        STAGE_CALL, "com.amazonaws.services.ivschat.model.GetRoomRequest"));
    expectFailure(() -> assertThat(stage).request(IvsChatRequest.GetRoom.class),
        expected.formatted(STAGE_CALL, "dev.ivschat.testkit.IvsChatRequest.GetRoom"));
  }

  @Test
  void should_fail_when_an_sdk_request_is_expected_but_the_journal_keeps_none() {
    FakeAmazonivschat lean = new FakeAmazonivschat(IvsChatConfig.builder().clockStart(START)
        .clockStep(Duration.ZERO).journalSdkRequests(false).build());
    lean.createRoom(new CreateRoomRequest().withName("stage"));

    assertThat(lean.calls().get(0)).request(IvsChatRequest.CreateRoom.class).isNotNull();
    expectFailure(() -> assertThat(lean.calls().get(0)).request(CreateRoomRequest.class), """

        Expecting actual:
          #1 %s: succeeded
        to have a request of type:
          com.amazonaws.services.ivschat.model.CreateRoomRequest
        but had:
          dev.ivschat.testkit.IvsChatRequest.CreateRoom""".formatted(STAGE_REQUEST));
  }

  @Test
  void should_fail_showing_user_ids_and_attributes_of_the_request() {
    fake.createChatToken(new CreateChatTokenRequest().withRoomIdentifier(LOBBY)
        .withUserId("user-1").withCapabilities("SEND_MESSAGE").addAttributesEntry("role", "mod"));

    expectFailure(() -> assertThat(fake).calls().call(Operation.CREATE_CHAT_TOKEN, 1).failed(), """

        Expecting actual:
          #4 CreateChatToken[roomIdentifier=%s, userId=user-1, capabilities=[SEND_MESSAGE], \
        sessionDurationInMinutes=null, attributes={role=mod}]: succeeded
        to have failed
        but it succeeded""".formatted(LOBBY));
  }

  @Test
  void should_show_the_same_neutral_request_whichever_client_made_the_call() {
    IvsChat ivsChat = new IvsChat(Fixtures.config());
    catchThrowable(() -> new FakeAmazonivschat(ivsChat).createChatToken(new CreateChatTokenRequest()
        .withRoomIdentifier(MISSING).withUserId("user-1").addAttributesEntry("role", "mod")));
    catchThrowable(() -> new FakeIvschatClient(ivsChat).createChatToken(
        r -> r.roomIdentifier(MISSING).userId("user-1").attributes(Map.of("role", "mod"))));
    String expected = """

        Expecting actual:
          #%d CreateChatToken[roomIdentifier=%s, userId=user-1, capabilities=null, \
        sessionDurationInMinutes=null, attributes={role=mod}]: \
        failed with ResourceNotFoundException (404)
        to have succeeded
        but it failed with ResourceNotFoundException (404): Room not found: AbCdEfGhIjKl""";

    expectFailure(() -> assertThat(ivsChat.calls().get(0)).succeeded(),
        expected.formatted(1, MISSING));
    expectFailure(() -> assertThat(ivsChat.calls().get(1)).succeeded(),
        expected.formatted(2, MISSING));
    // what the messages would show of the v1 request itself
    assertThat(ivsChat.calls().get(0)).request(CreateChatTokenRequest.class).asString()
        .contains("UserId: ***Sensitive Data Redacted***");
  }

  @Test
  void should_pass_when_navigating_to_the_v2_request() {
    IvsChat ivsChat = new IvsChat(Fixtures.config());
    new FakeIvschatClient(ivsChat).createRoom(r -> r.name("stage"));
    Call v2Call = ivsChat.calls().get(0);

    assertThat(v2Call).request().isEqualTo(IvsChatRequest.CreateRoom.named("stage"));
    assertThat(v2Call).request(software.amazon.awssdk.services.ivschat.model.CreateRoomRequest.class)
        .extracting(r -> r.name()).isEqualTo("stage");
    expectFailure(() -> assertThat(v2Call).request(CreateRoomRequest.class), """

        Expecting actual:
          #1 %s: succeeded
        to have a request of type:
          com.amazonaws.services.ivschat.model.CreateRoomRequest
        but had:
          dev.ivschat.testkit.IvsChatRequest.CreateRoom \
        (SDK request: software.amazon.awssdk.services.ivschat.model.CreateRoomRequest)"""
        .formatted(STAGE_REQUEST));
  }

  @Test
  void should_pass_when_the_call_was_made_on_the_neutral_handle() {
    IvsChat ivsChat = new IvsChat(Fixtures.config());
    ivsChat.call(new IvsChatRequest.SendEvent(MISSING, "app:hi", Map.of("to", "all")));

    assertThat(ivsChat).calls().call(1).failedWith(ServiceError.RESOURCE_NOT_FOUND)
        .request(IvsChatRequest.SendEvent.class)
        .extracting(IvsChatRequest.SendEvent::attributes).isEqualTo(Map.of("to", "all"));
    expectFailure(() -> assertThat(ivsChat.calls().get(0)).request(List.class), """

        Expecting actual:
          #1 SendEvent[roomIdentifier=%s, eventName=app:hi, attributes={to=all}]: \
        failed with ResourceNotFoundException (404)
        to have a request of type:
          java.util.List
        but had:
          dev.ivschat.testkit.IvsChatRequest.SendEvent""".formatted(MISSING));
  }

  @Test
  void should_fail_when_the_request_assertion_fails_with_the_call_description() {
    expectFailure(() -> assertThat(stage).as("second call")
        .request(IvsChatRequest.CreateRoom.class)
        .matches(r -> r.maximumMessageLength() != null), """
        [second call]\s
        Expecting actual:
          %s
        to match given predicate.

        You can use 'matches(Predicate p, String description)' to have a better error message
        For example:
          assertThat(player).matches(p -> p.isRookie(), "is rookie");
        will give an error message looking like:

        Expecting actual:
          player
        to match 'is rookie' predicate""".formatted(STAGE_REQUEST));
  }

  @Test
  void should_fail_when_the_call_is_null() {
    expectFailure(() -> assertThat((Call) null).succeeded(), """

        Expecting actual not to be null""");
    expectFailure(() -> assertThat((Call) null).request(IvsChatRequest.CreateRoom.class), """

        Expecting actual not to be null""");
  }
}
