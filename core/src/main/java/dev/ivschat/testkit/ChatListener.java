package dev.ivschat.testkit;

/**
 * Hears what happens on one {@link ChatConnection}, e.g. to write frames to a WebSocket. It is
 * called after the engine's lock is released, on the thread that caused the frame, and in order
 * per connection (never two calls at once for one connection). It must not block for long. A
 * {@link RuntimeException} it throws goes to the thread's uncaught-exception handler, not into
 * the call that caused the frame.
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
