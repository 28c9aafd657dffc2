package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.ChatConnectionInfo;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatListener;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.CloseReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One open or closed chat connection, as the engine holds it. Its frames and close reason change
 * only under the engine's lock; listeners are told afterwards, in order, from its outbox.
 */
public final class Connection {
  private final Object lock;
  final String id;
  final ChatToken token;
  final Instant connectTime;
  final List<ChatFrame> received = new ArrayList<>();
  CloseReason closeReason;
  Instant closeTime;
  private final List<ChatListener> listeners = new CopyOnWriteArrayList<>();
  private final Queue<Object> outbox = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();

  Connection(Object lock, String id, ChatToken token, Instant connectTime) {
    this.lock = lock;
    this.id = id;
    this.token = token;
    this.connectTime = connectTime;
  }

  /** Under the lock: delivers a frame. */
  void deliver(ChatFrame frame) {
    received.add(frame);
    outbox.add(frame);
  }

  /** Under the lock: ends the connection. */
  void close(CloseReason reason, Instant now) {
    closeReason = reason;
    closeTime = now;
    outbox.add(reason);
  }

  boolean isOpenLocked() {
    return closeReason == null;
  }

  boolean hasOutbox() {
    return !outbox.isEmpty();
  }

  /** Outside the lock: tells the listeners what happened, in order, one thread at a time. */
  void drain() {
    while (!outbox.isEmpty() && draining.compareAndSet(false, true)) {
      try {
        Object item;
        while ((item = outbox.poll()) != null) {
          for (ChatListener listener : listeners) {
            tell(listener, item);
          }
        }
      } finally {
        draining.set(false);
      }
    }
  }

  /**
   * A listener's exception must not escape into the call that caused the frame (a front door's
   * call returns an outcome, never throws); it goes to the thread's uncaught-exception handler.
   */
  private static void tell(ChatListener listener, Object item) {
    try {
      if (item instanceof ChatFrame frame) {
        listener.onFrame(frame);
      } else {
        listener.onClose((CloseReason) item);
      }
    } catch (RuntimeException e) {
      Thread thread = Thread.currentThread();
      thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
    }
  }

  /**
   * Adds a listener for what happens from now on.
   *
   * @param listener the listener
   */
  public void addListener(ChatListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * The connection's id.
   *
   * @return e.g. {@code conn-1}
   */
  public String id() {
    return id;
  }

  /**
   * The token it was opened with.
   *
   * @return the token
   */
  public ChatToken token() {
    return token;
  }

  /**
   * The frames received so far.
   *
   * @return a snapshot, oldest first
   */
  public List<ChatFrame> received() {
    synchronized (lock) {
      return List.copyOf(received);
    }
  }

  /**
   * Why it closed.
   *
   * @return the reason, if closed
   */
  public Optional<CloseReason> closeReason() {
    synchronized (lock) {
      return Optional.ofNullable(closeReason);
    }
  }

  /**
   * A snapshot for the control surface.
   *
   * @return the snapshot
   */
  public ChatConnectionInfo info() {
    synchronized (lock) {
      return new ChatConnectionInfo(id, token.roomArn(), token.userId(), token.token(),
          connectTime, Optional.ofNullable(closeTime), Optional.ofNullable(closeReason),
          received);
    }
  }
}
