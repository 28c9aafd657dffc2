package dev.ivschat.testkit;

import java.util.Objects;

/**
 * {@link IvsChat#connect(String)} refused a token: the WebSocket handshake fails. A wire adapter
 * answers with {@link Reason#httpStatus()}.
 */
public final class ConnectionRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a token cannot connect. */
  public enum Reason {
    /** This fake never issued the token. */
    UNKNOWN_TOKEN(401),
    /** The token has already opened a connection; each token opens one. */
    ALREADY_USED(403),
    /** The fake clock is at or past the token's {@code tokenExpirationTime}. */
    EXPIRED(401),
    /** The token's room has been deleted. */
    ROOM_GONE(403);

    private final int httpStatus;

    Reason(int httpStatus) {
      this.httpStatus = httpStatus;
    }

    /**
     * The HTTP status that rejects the handshake.
     *
     * @return 401 or 403
     */
    public int httpStatus() {
      return httpStatus;
    }
  }

  /** Why the token was refused. */
  private final Reason reason;

  /**
   * A refusal.
   *
   * @param reason why
   * @param message the detail
   */
  public ConnectionRefusedException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Why the token was refused.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
