package dev.ivschat.testkit.assertj.internal;

import dev.ivschat.testkit.ChatLogRecord;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A chat log does not hold the expected records; the message lists the records it holds. */
public final class ShouldHaveLogged extends BasicErrorMessageFactory {

  private ShouldHaveLogged(String log, String expected, List<ChatLogRecord> records) {
    super("%nExpecting actual:%n  %s%nto have logged %s%nbut it logged:%n  %s",
        unquotedString(log), unquotedString(expected),
        unquotedString(ChatRender.records(records)));
  }

  /**
   * The log does not hold the expected records.
   *
   * @param log what the log is, e.g. {@code chat log of "my-bucket"}
   * @param expected the expected records, e.g. {@code a MESSAGE "hi"} or {@code 2 record(s)}
   * @param records the records it holds
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveLogged(String log, String expected,
      List<ChatLogRecord> records) {
    return new ShouldHaveLogged(log, expected, records);
  }
}
