package dev.ivschat.testkit;

/**
 * Hears what happens on one {@link ChatConnection}, e.g. to write frames to a WebSocket. It is
 * called after the engine's lock is released, on the thread that caused the frame, and in order
 * per connection (never two calls at once for one connection). It must not block for long.
 */
public interface ChatListener {
  /**
   * A frame was delivered to the connection.
   *
   * @param frame the frame
   */
  default void onFrame(ChatFrame frame) {
  }

  /**
   * The connection ended; no frame follows.
   *
   * @param reason why
   */
  default void onClose(CloseReason reason) {
  }
}
