package dev.ivschat.testkit.assertj.internal;

import dev.ivschat.testkit.ChatConnection;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A connection did not receive the expected frame; the message lists every frame it received. */
public final class ShouldHaveReceived extends BasicErrorMessageFactory {

  private ShouldHaveReceived(ChatConnection connection, String expected) {
    super("%nExpecting actual:%n  %s%nto have received %s%nbut it received:%n  %s",
        unquotedString(connection.toString()), unquotedString(expected),
        unquotedString(ChatRender.frames(connection.received())));
  }

  /**
   * No frame the connection received matches.
   *
   * @param connection the connection
   * @param expected the expected frame, e.g. {@code an ERROR 406} or {@code nothing}
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveReceived(ChatConnection connection,
      String expected) {
    return new ShouldHaveReceived(connection, expected);
  }
}
