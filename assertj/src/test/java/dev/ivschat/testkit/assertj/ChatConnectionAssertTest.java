package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.Fixtures.MESSAGE_1;
import static dev.ivschat.testkit.assertj.Fixtures.expectFailure;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.CloseReason;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatConnectionAssertTest {
  private static final String ROOM = "arn:aws:ivschat:us-east-1:123456789012:room/XOFV0n8Az2yX";
  private static final String VIEWER = "ChatConnection[conn-3, viewer in " + ROOM + "]";
  private static final String SPAMMER = "ChatConnection[conn-4, spammer in " + ROOM + "]";
  private static final String VIEWER_RECEIVED = """
        MESSAGE "hi" from sender
        ERROR 403 "Forbidden: the token lacks the SEND_MESSAGE capability"
        EVENT aws:DELETE_MESSAGE {MessageID="message00001", MessageId="message00001", \
      Reason="spam"}
        EVENT aws:DISCONNECT_USER {Reason="spam", UserId="spammer"}""";

  private final LiveChat chat = new LiveChat();

  @Test
  void should_pass_when_the_connection_received_the_expected_frames() {
    assertThat(chat.viewer)
        .isOpen()
        .receivedMessage("hi")
        .receivedEvent("aws:DELETE_MESSAGE")
        .receivedEvent("aws:DISCONNECT_USER")
        .receivedError(403)
        .receivedError(403, "Forbidden: the token lacks the SEND_MESSAGE capability");
    assertThat(chat.viewer).receivedMessages().containsExactly("hi");
    assertThat(chat.viewer).receivedEvents()
        .containsExactly("aws:DELETE_MESSAGE", "aws:DISCONNECT_USER");
    assertThat(chat.viewer).receivedFrames().hasSize(4).first()
        .isInstanceOf(ChatFrame.Message.class);
  }

  @Test
  void should_pass_when_the_connection_was_disconnected_with_the_reason() {
    assertThat(chat.spammer).isClosed().wasDisconnected().withReason("spam");
    assertThat(chat.spammer).wasClosedBy(CloseReason.Kind.USER_DISCONNECTED);
  }

  @Test
  void should_pass_when_the_client_closed_its_connection() {
    chat.viewer.close();

    assertThat(chat.viewer).isClosed().wasClosedBy(CloseReason.Kind.CLIENT_CLOSED);
  }

  @Test
  void should_pass_when_a_connection_opened_late_received_nothing() {
    assertThat(chat.connect("latecomer")).isOpen().receivedNothing();
  }

  @Test
  void should_fail_when_an_open_connection_is_expected_closed() {
    expectFailure(() -> assertThat(chat.viewer).isClosed(), """

        Expecting actual:
          %s
        to be closed
        but it is open""".formatted(VIEWER));
  }

  @Test
  void should_fail_when_a_closed_connection_is_expected_open() {
    expectFailure(() -> assertThat(chat.spammer).isOpen(), """

        Expecting actual:
          %s
        to be open
        but it closed: USER_DISCONNECTED "spam\"""".formatted(SPAMMER));
  }

  @Test
  void should_fail_when_the_connection_was_not_disconnected() {
    expectFailure(() -> assertThat(chat.viewer).wasDisconnected(), """

        Expecting actual:
          %s
        to have closed: USER_DISCONNECTED
        but it is open""".formatted(VIEWER));
  }

  @Test
  void should_fail_when_the_connection_closed_for_another_kind_of_reason() {
    expectFailure(() -> assertThat(chat.spammer).wasClosedBy(CloseReason.Kind.ROOM_DELETED), """

        Expecting actual:
          %s
        to have closed: ROOM_DELETED
        but it closed: USER_DISCONNECTED "spam\"""".formatted(SPAMMER));
  }

  @Test
  void should_fail_when_the_disconnect_reason_differs() {
    expectFailure(() -> assertThat(chat.spammer).wasDisconnected().withReason("abuse"), """

        Expecting actual:
          %s
        to have closed: with reason "abuse"
        but it closed: USER_DISCONNECTED "spam\"""".formatted(SPAMMER));
  }

  @Test
  void should_fail_when_the_message_was_not_received() {
    expectFailure(() -> assertThat(chat.viewer).receivedMessage("bye"), """

        Expecting actual:
          %s
        to have received a MESSAGE "bye"
        but it received:
        %s""".formatted(VIEWER, VIEWER_RECEIVED));
  }

  @Test
  void should_fail_when_the_event_was_not_received() {
    expectFailure(() -> assertThat(chat.viewer).receivedEvent("app:welcome"), """

        Expecting actual:
          %s
        to have received an EVENT app:welcome
        but it received:
        %s""".formatted(VIEWER, VIEWER_RECEIVED));
  }

  @Test
  void should_fail_when_no_error_has_the_code() {
    expectFailure(() -> assertThat(chat.viewer).receivedError(406), """

        Expecting actual:
          %s
        to have received an ERROR 406
        but it received:
        %s""".formatted(VIEWER, VIEWER_RECEIVED));
  }

  @Test
  void should_fail_when_the_error_message_differs() {
    expectFailure(() -> assertThat(chat.viewer).receivedError(403, "Forbidden"), """

        Expecting actual:
          %s
        to have received an ERROR 403 "Forbidden"
        but it received:
        %s""".formatted(VIEWER, VIEWER_RECEIVED));
  }

  @Test
  void should_fail_when_something_was_received_and_nothing_expected() {
    expectFailure(() -> assertThat(chat.viewer).receivedNothing(), """

        Expecting actual:
          %s
        to have received nothing
        but it received:
        %s""".formatted(VIEWER, VIEWER_RECEIVED));
  }

  @Test
  void should_fail_when_the_message_contents_differ() {
    expectFailure(() -> assertThat(chat.sender).receivedMessages().containsExactly("bye"), """

        Expecting actual:
          ["hi"]
        to contain exactly (and in same order):
          ["bye"]
        but some elements were not found:
          ["bye"]
        and others were not expected:
          ["hi"]
        """);
  }

  @Test
  void should_fail_when_no_error_has_the_code_and_list_message_attributes() {
    chat.sender.sendMessage("styled", Map.of("color", "red"));

    expectFailure(() -> assertThat(chat.moderator).receivedError(400), """

        Expecting actual:
          ChatConnection[conn-1, moderator in %s]
        to have received an ERROR 400
        but it received:
          MESSAGE "hi" from sender
          EVENT aws:DELETE_MESSAGE {MessageID="%s", MessageId="%s", Reason="spam"}
          EVENT aws:DISCONNECT_USER {Reason="spam", UserId="spammer"}
          MESSAGE "styled" {color="red"} from sender""".formatted(ROOM, MESSAGE_1, MESSAGE_1));
  }

  @Test
  void should_fail_when_the_connection_is_null() {
    expectFailure(() -> assertThat((ChatConnection) null).isOpen(), """

        Expecting actual not to be null""");
    expectFailure(() -> assertThat((ChatConnection) null).receivedMessages(), """

        Expecting actual not to be null""");
  }
}
