package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.Fixtures.expectFailure;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatChatLog;

import dev.ivschat.testkit.ChatLogRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatLogAssertTest {
  private static final String LOGGED = """
        MESSAGE "hi" from sender at 2025-01-01T00:00:00Z
        EVENT aws:DELETE_MESSAGE {MessageID="message00001", MessageId="message00001", \
      Reason="spam"} at 2025-01-01T00:00:00Z
        EVENT aws:DISCONNECT_USER {Reason="spam", UserId="spammer"} at 2025-01-01T00:00:00Z""";

  private final LiveChat chat = new LiveChat();

  @Test
  void should_pass_when_the_destination_logged_the_expected_records() {
    assertThat(chat.fake).chatLog(LiveChat.BUCKET)
        .hasRecordCount(3)
        .loggedMessage("hi")
        .loggedEvent("aws:DELETE_MESSAGE")
        .loggedEvent("aws:DISCONNECT_USER");
    assertThat(chat.fake).chatLog(LiveChat.BUCKET).messages().containsExactly("hi");
    assertThat(chat.fake).chatLog(LiveChat.BUCKET).events()
        .containsExactly("aws:DELETE_MESSAGE", "aws:DISCONNECT_USER");
    assertThat(chat.fake).chatLogs().records().extracting(ChatLogRecord::type)
        .containsExactly("MESSAGE", "EVENT", "EVENT");
    assertThat(chat.fake).chatLog("other-bucket").hasNoRecords();
  }

  @Test
  void should_pass_when_asserting_on_a_list_of_records() {
    List<ChatLogRecord> log = chat.fake.chatLog(LiveChat.BUCKET);

    assertThatChatLog(log).hasRecordCount(3).loggedMessage("hi");
  }

  @Test
  void should_fail_when_the_message_was_not_logged() {
    expectFailure(() -> assertThat(chat.fake).chatLog(LiveChat.BUCKET).loggedMessage("may I?"),
        """

        Expecting actual:
          chat log of "my-bucket"
        to have logged a MESSAGE "may I?"
        but it logged:
        %s""".formatted(LOGGED));
  }

  @Test
  void should_fail_when_the_event_was_not_logged() {
    expectFailure(() -> assertThat(chat.fake).chatLogs().loggedEvent("app:welcome"), """

        Expecting actual:
          chat logs
        to have logged an EVENT app:welcome
        but it logged:
        %s""".formatted(LOGGED));
  }

  @Test
  void should_fail_when_the_number_of_records_differs() {
    expectFailure(() -> assertThatChatLog(chat.fake.chatLog(LiveChat.BUCKET)).hasRecordCount(2),
        """

        Expecting actual:
          chat log
        to have logged 2 record(s)
        but it logged:
        %s""".formatted(LOGGED));
  }

  @Test
  void should_fail_when_records_were_not_expected() {
    expectFailure(() -> assertThat(chat.fake).chatLog(LiveChat.BUCKET).hasNoRecords(), """

        Expecting actual:
          chat log of "my-bucket"
        to have logged nothing
        but it logged:
        %s""".formatted(LOGGED));
  }

  @Test
  void should_fail_when_a_destination_logged_nothing() {
    expectFailure(() -> assertThat(chat.fake).chatLog("other-bucket").loggedMessage("hi"), """

        Expecting actual:
          chat log of "other-bucket"
        to have logged a MESSAGE "hi"
        but it logged:
          nothing""");
  }

  @Test
  void should_fail_when_the_contents_differ() {
    expectFailure(() -> assertThat(chat.fake).chatLog(LiveChat.BUCKET).messages()
        .containsExactly("bye"), """

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
  void should_fail_when_the_log_is_null() {
    expectFailure(() -> assertThatChatLog(null).loggedMessage("hi"), """

        Expecting actual not to be null""");
  }
}
