package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.Fixtures.FRONT_DOORS;
import static dev.ivschat.testkit.assertj.Fixtures.LOBBY;
import static dev.ivschat.testkit.assertj.Fixtures.MESSAGE_1;
import static dev.ivschat.testkit.assertj.Fixtures.MESSAGE_2;
import static dev.ivschat.testkit.assertj.Fixtures.MISSING;
import static dev.ivschat.testkit.assertj.Fixtures.STAGE;
import static dev.ivschat.testkit.assertj.Fixtures.fakeWithEvents;
import static dev.ivschat.testkit.assertj.Fixtures.normalised;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.AmazonServiceException;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.ServiceError;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.util.List;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;

class IvsChatSoftAssertionsTest {
  private static final String NOT_NULL = "\nExpecting actual not to be null";

  private final FakeAmazonivschat fake = fakeWithEvents();
  private final IvsChatSoftAssertions softly = new IvsChatSoftAssertions();

  /** The collected messages without the line AssertJ adds to say where each failed. */
  private List<String> messages() {
    return softly.assertionErrorsCollected().stream()
        .map(e -> normalised(e.getMessage()).replaceFirst("\nat [^\n]+$", ""))
        .toList();
  }

  private List<String> locations() {
    return softly.assertionErrorsCollected().stream()
        .map(e -> normalised(e.getMessage()).replaceFirst("(?s).*\n(at [^\n]+)$", "$1"))
        .toList();
  }

  @Test
  void should_pass_when_every_soft_assertion_holds() {
    softly.assertThat(fake).hasRoomCount(2).roomNamed("lobby").hasTag("team", "chat");
    softly.assertThat(fake).sentEvents(LOBBY).deletedMessage(MESSAGE_1).hasReason("spam");
    softly.assertThat(fake).calls().hasNoFailedCalls().call(1).succeeded();
    softly.assertThat(List.of(1, 2)).hasSize(2);

    assertThat(softly.assertionErrorsCollected()).isEmpty();
    softly.assertAll();
  }

  @Test
  void should_collect_every_failure_instead_of_throwing() {
    softly.assertThat(fake).hasRoomCount(3);
    softly.assertThat(fake).roomNamed("lobby").hasMaximumMessageLength(100).hasTag("team", "ops");
    softly.assertThat(fake).sentEvents(STAGE).containsEventNamed("app:welcome");
    softly.assertThat(fake).calls().hasCalled(Operation.DELETE_ROOM);

    assertThat(messages()).containsExactly("""

        Expecting actual:
          FakeAmazonivschat[us-east-1, 123456789012]
        to hold 3 room(s)
        but it holds 2:
          "stage" (arn:aws:ivschat:us-east-1:123456789012:room/XOFV0n8Az2yX)
          "lobby" (arn:aws:ivschat:us-east-1:123456789012:room/1rqOLnsUJjR4)""", """

        Expecting actual:
          "lobby" (arn:aws:ivschat:us-east-1:123456789012:room/1rqOLnsUJjR4)
        to have maximumMessageLength:
          100
        but had:
          200""", """

        Expecting actual:
          "lobby" (arn:aws:ivschat:us-east-1:123456789012:room/1rqOLnsUJjR4)
        to have the tag:
          {team="ops"}
        but its tags are:
          {team="chat"}""", """

        Expecting actual:
          no events sent to arn:aws:ivschat:us-east-1:123456789012:room/XOFV0n8Az2yX
        to contain an event named "app:welcome"
        but none matched""", """

        Expecting actual:
          #1 CreateRoom: succeeded
          #2 CreateRoom: succeeded
          #3 SendEvent: succeeded
          #4 DeleteMessage: succeeded
          #5 DisconnectUser: succeeded
        to have at least one call of DeleteRoom
        but had 0""");
  }

  @Test
  void should_report_every_collected_failure_in_assert_all() {
    softly.assertThat(fake).hasNoRooms();
    softly.assertThat(fake).room(LOBBY).hasName("hall");

    AssertJMultipleFailuresError error = catchThrowableOfType(AssertJMultipleFailuresError.class,
        softly::assertAll);

    assertThat(error.getFailures()).hasSize(2);
    assertThat(normalised(error.getMessage())).startsWith("\nMultiple Failures (2 failures)");
  }

  @Test
  void should_keep_navigated_asserts_soft() {
    softly.assertThat(fake).room(LOBBY).tags().containsKey("env");
    softly.assertThat(fake).room(LOBBY).loggingConfigurations().isNotEmpty();
    softly.assertThat(fake).sentEvents().inRoom(LOBBY).named(SentEvent.DELETE_MESSAGE)
        .deletedMessage(MESSAGE_1).hasReason("rude");
    softly.assertThat(fake).sentEvents().first().hasName("app:bye");
    softly.assertThat(fake).sentEvents().deletedMessage(MESSAGE_1).attributes().isEmpty();
    softly.assertThat(fake).calls().call(1).hasOperation(Operation.SEND_EVENT);
    softly.assertThat(fake).calls().call(1).request(CreateRoomRequest.class)
        .matches(r -> r.getName() == null, "has no name");
    softly.assertThat(fake).calls().element(0).failed();

    assertThat(softly.assertionErrorsCollected()).hasSize(8);
    assertThat(messages().get(3)).isEqualTo("""
        [SentEvents check first element]\s
        Expecting actual:
          app:welcome {greeting="hi"} to room 1rqOLnsUJjR4 at 2025-01-01T00:00:00Z
        to have eventName:
          "app:bye"
        but had:
          "app:welcome\"""");
  }

  @Test
  void should_keep_assertj_list_navigation_soft() {
    softly.assertThat(fake).sentEvents().filteredOn(e -> e.roomArn().equals(STAGE)).isNotEmpty();
    softly.assertThat(fake).calls().extracting(c -> c.operation()).contains(Operation.GET_ROOM);

    assertThat(softly.assertionErrorsCollected()).hasSize(2);
  }

  @Test
  void should_collect_a_failed_navigation_and_carry_on_over_null() {
    softly.assertThat(fake).room(MISSING).hasName("lobby").hasNoTags();
    softly.assertThat(fake).roomNamed("hall").hasName("hall");
    softly.assertThat(fake).sentEvents().disconnectedUser("user-2").hasReason("spam");
    softly.assertThat(fake).calls().call(9).succeeded();
    softly.assertThat(fake).calls().call(1).request(GetRoomRequest.class).isNotNull();

    List<String> messages = messages();
    assertThat(messages).hasSize(11);
    assertThat(messages.get(0)).startsWith("\nExpecting actual:\n  FakeAmazonivschat")
        .contains("to hold a room with ARN:\n  \"" + MISSING + "\"");
    assertThat(messages.get(1)).isEqualTo(NOT_NULL);
    assertThat(messages.get(2)).isEqualTo(NOT_NULL);
    assertThat(messages.get(3)).contains("to hold a room with name:\n  \"hall\"");
    assertThat(messages.get(5)).contains("to contain an event named \"aws:DISCONNECT_USER\"");
    assertThat(messages.get(7)).contains("to have a call #9");
    assertThat(messages.get(9)).contains("to have a request of type:");
  }

  @Test
  void should_say_where_in_the_test_each_failure_happened() {
    softly.assertThat(fake).room(MISSING).hasName("lobby");
    softly.assertThat(fake).sentEvents().first().hasName("app:bye");
    softly.assertThat(fake).calls().call(1).request().isNull();
    softly.assertThatIvsChatCall(() -> fake.listRooms(new ListRoomsRequest())).isNotFound();

    assertThat(locations()).hasSize(6).allSatisfy(location -> assertThat(location)
        .startsWith("at IvsChatSoftAssertionsTest.should_say_where_in_the_test_each_failure"));
  }

  @Test
  void should_keep_the_description_on_navigated_asserts() {
    softly.assertThat(fake).as("lobby").room(LOBBY).hasName("hall");

    assertThat(messages()).singleElement().asString().startsWith("[lobby] \nExpecting actual:");
  }

  @Test
  void should_collect_service_error_failures() {
    softly.assertThatIvsChatCall(() -> fake.getRoom(new GetRoomRequest().withIdentifier(MISSING)))
        .isNotFound().hasResourceType("ROOM").isThrottled();
    softly.assertThatIvsChatCall(() -> fake.listRooms(new ListRoomsRequest())).isNotFound();
    AmazonServiceException e = catchThrowableOfType(AmazonServiceException.class,
        () -> fake.getRoom(new GetRoomRequest().withIdentifier(MISSING)));
    softly.assertThatServiceError(e).hasStatusCode(400);
    softly.assertThat(ServiceError.notFound("AbCdEfGhIjKl", ServiceError.ROOM)).hasStatusCode(400);
    softly.assertThatServiceError(new IllegalStateException("boom")).isNotFound();

    assertThat(messages()).containsExactly("""

        Expecting actual:
          ResourceNotFoundException (404): Room not found: AbCdEfGhIjKl
        to be a ThrottlingException
        but it is a ResourceNotFoundException""", """

        Expecting code to throw a service error of IVS Chat
        but it threw nothing""", NOT_NULL, """

        Expecting actual:
          ResourceNotFoundException (404): Room not found: AbCdEfGhIjKl
        to have status code:
          400
        but had:
          404""", """

        Expecting actual:
          ResourceNotFoundException (404): Room not found: AbCdEfGhIjKl
        to have status code:
          400
        but had:
          404""", """

        Expecting a service error of IVS Chat
        but was:
          java.lang.IllegalStateException: boom
        which is not a service error of any installed front door (%s)""".formatted(FRONT_DOORS));
  }

  @Test
  void should_collect_the_same_failures_from_the_v2_client() {
    FakeIvschatClient v2 = new FakeIvschatClient(fake.ivsChat());

    softly.assertThat(v2).hasRoomCount(3);
    softly.assertThatIvsChatCall(() -> v2.getRoom(r -> r.identifier(MISSING))).isThrottled();
    softly.assertThatIvsChatCall(() -> v2.listRooms(r -> { })).isNotFound();
    softly.assertThatServiceError(catchThrowable(() -> v2.getRoom(r -> r.identifier(MISSING))))
        .hasStatusCode(400);

    assertThat(messages()).containsExactly("""

        Expecting actual:
          FakeIvschatClient[us-east-1, 123456789012]
        to hold 3 room(s)
        but it holds 2:
          "stage" (arn:aws:ivschat:us-east-1:123456789012:room/XOFV0n8Az2yX)
          "lobby" (arn:aws:ivschat:us-east-1:123456789012:room/1rqOLnsUJjR4)""", """

        Expecting actual:
          ResourceNotFoundException (404): Room not found: AbCdEfGhIjKl
        to be a ThrottlingException
        but it is a ResourceNotFoundException""", """

        Expecting code to throw a service error of IVS Chat
        but it threw nothing""", NOT_NULL, """

        Expecting actual:
          ResourceNotFoundException (404): Room not found: AbCdEfGhIjKl
        to have status code:
          400
        but had:
          404""");
  }

  @Test
  void should_offer_every_entry_point_softly() {
    softly.assertThat((IvsChatControl) fake).hasNoRooms();
    softly.assertThat(fake.rooms().get(0)).hasName("hall");
    softly.assertThat(fake.sentEvents().get(0)).hasName("app:bye");
    softly.assertThatSentEvents(fake.sentEvents()).containsEventNamed("app:bye");
    softly.assertThat(fake.calls().get(0)).failed();
    softly.assertThatCalls(fake.calls()).hasCallCount(Operation.CREATE_ROOM, 1);
    softly.assertThatSentEvents(fake.sentEvents(LOBBY)).deletedMessage(MESSAGE_2, "spam");

    assertThat(softly.assertionErrorsCollected()).hasSize(7);
  }

  @Test
  void should_throw_all_failures_from_assert_softly() {
    assertThatExceptionOfType(AssertJMultipleFailuresError.class)
        .isThrownBy(() -> SoftAssertionsProvider.assertSoftly(IvsChatSoftAssertions.class, s -> {
          s.assertThat(fake).hasRoomCount(1);
          s.assertThat(fake).sentEvents().containsEventNamed("app:bye");
        }))
        .satisfies(e -> assertThat(e.getFailures()).hasSize(2));
  }

  @Test
  void should_collect_the_failures_of_live_chat_assertions_and_their_navigation() {
    LiveChat chat = new LiveChat();

    softly.assertThat(chat.spammer).isOpen().receivedError(406);
    softly.assertThat(chat.viewer).receivedMessages().containsExactly("hi", "bye");
    softly.assertThat(chat.fake).chatLog(LiveChat.BUCKET).loggedEvent("app:welcome")
        .messages().isEmpty();
    softly.assertThatChatLog(chat.fake.chatLogs()).hasNoRecords();
    softly.assertThat(chat.viewer).receivedMessage("hi").isOpen();

    assertThat(messages()).hasSize(6);
    assertThat(messages().get(0)).isEqualTo("""

        Expecting actual:
          ChatConnection[conn-4, spammer in arn:aws:ivschat:us-east-1:123456789012:room/XOFV0n8Az2yX]
        to be open
        but it closed: USER_DISCONNECTED "spam\"""");
    assertThat(messages().get(1)).startsWith("""

        Expecting actual:
          ChatConnection[conn-4, spammer in arn:aws:ivschat:us-east-1:123456789012:room/XOFV0n8Az2yX]
        to have received an ERROR 406
        but it received:
          MESSAGE "hi" from sender""");
    assertThat(messages().get(3)).startsWith("""

        Expecting actual:
          chat log of "my-bucket"
        to have logged an EVENT app:welcome""");
    assertThat(locations()).allMatch(
        l -> l.startsWith("at IvsChatSoftAssertionsTest.should_collect_the_failures_of_live_chat"));
  }

  @Test
  void should_carry_on_over_null_when_a_live_chat_navigation_fails() {
    softly.assertThat((dev.ivschat.testkit.ChatConnection) null).receivedMessages()
        .containsExactly("hi");

    assertThat(messages()).containsExactly(NOT_NULL, NOT_NULL);
  }
}
