package dev.ivschat.testkit.server.internal;

import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chat sockets that got frames while this thread handled one request, so that a broadcast
 * to a thousand sockets costs one task per I/O thread rather than one per socket. Sockets keep
 * their own frames in order ({@link ChatSocket}); a batch only decides when their I/O threads
 * are told. Without a batch (a frame from a thread that opened none) each socket schedules
 * itself.
 */
final class WriteBatch {
  private static final ThreadLocal<WriteBatch> CURRENT = new ThreadLocal<>();

  private final Map<EventLoop, List<ChatSocket>> sockets = new IdentityHashMap<>();

  private WriteBatch() {
  }

  /** Runs an action with a batch open on this thread, and then schedules what it collected. */
  static <T> T around(java.util.function.Supplier<T> action) {
    if (CURRENT.get() != null) {
      return action.get();
    }
    WriteBatch batch = new WriteBatch();
    CURRENT.set(batch);
    try {
      return action.get();
    } finally {
      CURRENT.remove();
      batch.schedule();
    }
  }

  /** Runs an action with a batch open on this thread. */
  static void around(Runnable action) {
    around(() -> {
      action.run();
      return null;
    });
  }

  /** The batch open on this thread, or null. */
  static WriteBatch current() {
    return CURRENT.get();
  }

  void add(ChatSocket socket, EventLoop loop) {
    sockets.computeIfAbsent(loop, l -> new ArrayList<>()).add(socket);
  }

  private void schedule() {
    for (Map.Entry<EventLoop, List<ChatSocket>> e : sockets.entrySet()) {
      List<ChatSocket> due = e.getValue();
      e.getKey().execute(() -> {
        for (ChatSocket socket : due) {
          socket.drain();
        }
      });
    }
  }
}
