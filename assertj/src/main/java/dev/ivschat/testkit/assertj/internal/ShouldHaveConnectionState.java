package dev.ivschat.testkit.assertj.internal;

import dev.ivschat.testkit.ChatConnection;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A connection is open when it should be closed, closed when it should be open, or closed for
 * another reason; the message shows why it closed.
 */
public final class ShouldHaveConnectionState extends BasicErrorMessageFactory {

  private ShouldHaveConnectionState(ChatConnection connection, String expectation) {
    super("%nExpecting actual:%n  %s%nto %s%nbut %s", unquotedString(connection.toString()),
        unquotedString(expectation), unquotedString(ChatRender.state(connection.closeReason())));
  }

  /**
   * The connection should be open.
   *
   * @param connection the connection
   * @return the message factory
   */
  public static ErrorMessageFactory shouldBeOpen(ChatConnection connection) {
    return new ShouldHaveConnectionState(connection, "be open");
  }

  /**
   * The connection should have closed as expected.
   *
   * @param connection the connection
   * @param expected how, e.g. {@code USER_DISCONNECTED} or {@code with reason "spam"}; empty for
   *     any reason
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveClosed(ChatConnection connection, String expected) {
    return new ShouldHaveConnectionState(connection,
        expected.isEmpty() ? "be closed" : "have closed: " + expected);
  }
}
