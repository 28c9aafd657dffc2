package dev.ivschat.testkit.junit5.internal;

import dev.ivschat.testkit.FrontDoor;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.RemoteFrontDoor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One IVS Chat as the store keeps it: the handle, the clients of each installed front door opened
 * on it (when first asked for) or, in server mode, its clients on the local server, the settings
 * it was made with and what it belongs to. The store
 * closes it at the end of its owner, and with it every client handed out: their later calls fail,
 * so a client kept past its test cannot change that test's IVS Chat.
 *
 * <p>It is both an {@link AutoCloseable} (which JUnit 5.13 and later close) and a
 * {@link ExtensionContext.Store.CloseableResource} (which older versions close); JUnit closes it
 * once either way.
 */
@SuppressWarnings("deprecation") // CloseableResource: the only kind of value JUnit 5.12 closes
final class Holder implements AutoCloseable, ExtensionContext.Store.CloseableResource {
  private final IvsChat ivsChat;
  private final Settings settings;
  private final String owner;
  private final String ownerName;
  private final AtomicBoolean handedOut = new AtomicBoolean();
  private final Map<FrontDoor, FrontDoor.Clients> opened = new LinkedHashMap<>();
  private final Servers.Opened served;
  private boolean closed;

  /**
   * A holder.
   *
   * @param served in server mode, the IVS Chat's clients on the local server; null in process
   */
  Holder(IvsChat ivsChat, Settings settings, String owner, String ownerName,
      Servers.Opened served) {
    this.ivsChat = ivsChat;
    this.settings = settings;
    this.owner = owner;
    this.ownerName = ownerName;
    this.served = served;
  }

  /** In server mode, the remote front door whose clients this holder hands out; else null. */
  RemoteFrontDoor remoteDoor() {
    return served == null ? null : served.door();
  }

  /** The IVS Chat, marked as used by the test. */
  IvsChat ivsChat() {
    handedOut.set(true);
    return ivsChat;
  }

  /** The IVS Chat, without marking it used. */
  IvsChat peek() {
    return ivsChat;
  }

  /**
   * The client of a front door's type on this IVS Chat, the same object for every ask, marked as
   * used.
   *
   * @throws IllegalArgumentException when no installed front door has the type
   * @throws IllegalStateException when the holder's test (or class) has ended
   */
  synchronized Object client(Class<?> type) {
    if (served != null) {
      return remoteClient(type);
    }
    FrontDoor door = Doors.owning(type).orElseThrow(
        () -> new IllegalArgumentException(Messages.notAClientType(type)));
    if (closed) {
      throw new IllegalStateException(Messages.closed(ownerName));
    }
    handedOut.set(true);
    return opened.computeIfAbsent(door, d -> d.open(ivsChat)).client(type);
  }

  /** In server mode: a client of the remote front door, the only ones handed out. */
  private Object remoteClient(Class<?> type) {
    if (!served.door().clientTypes().contains(type)) {
      throw new IllegalArgumentException(Messages.notARemoteClientType(type, served.door()));
    }
    if (closed) {
      throw new IllegalStateException(Messages.closed(ownerName));
    }
    handedOut.set(true);
    return served.clients().client(type);
  }

  Settings settings() {
    return settings;
  }

  /** What the IVS Chat belongs to, for reports: "of this test" or "shared by all tests of A". */
  String owner() {
    return owner;
  }

  /** Whether a test got hold of the IVS Chat or of a client, or something called it. */
  boolean used() {
    return handedOut.get() || !ivsChat.lastCalls(1).isEmpty();
  }

  /** Closes the IVS Chat and every client handed out, once. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    ivsChat.close();
    RuntimeException first = null;
    List<FrontDoor.Clients> all = new ArrayList<>(opened.values());
    if (served != null) {
      all.add(served.clients());
    }
    for (FrontDoor.Clients clients : all) {
      try {
        clients.close();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
