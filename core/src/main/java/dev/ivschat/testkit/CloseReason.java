package dev.ivschat.testkit;

import java.util.Objects;

/**
 * Why a {@link ChatConnection} ended.
 *
 * @param kind what ended it
 * @param text more detail: the moderator's reason, or a description
 */
public record CloseReason(Kind kind, String text) {
  /** What ends a connection. */
  public enum Kind {
    /** The client closed its own connection. */
    CLIENT_CLOSED,
    /** A {@code DISCONNECT_USER} request or the control-plane {@code DisconnectUser}. */
    USER_DISCONNECTED,
    /** The room was deleted. */
    ROOM_DELETED,
    /** The fake clock passed the token's {@code sessionExpirationTime}. */
    SESSION_EXPIRED,
    /** The fake was reset or closed. */
    FAKE_SHUT_DOWN;

    /**
     * The WebSocket close code a wire adapter sends: 1000 for all, as a close frame with any code
     * stops the JS SDK from reconnecting (MESSAGING.md section 8).
     *
     * @return the close code
     */
    public int closeCode() {
      return 1000;
    }
  }

  /**
   * Checks the components.
   *
   * @param kind kind
   * @param text text
   */
  public CloseReason {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
