package dev.ivschat.testkit.junit5.internal;

import dev.ivschat.testkit.FrontDoor;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.RemoteFrontDoor;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The local servers of server mode: one {@link RemoteFrontDoor.Server} per top-level test class,
 * started on first use and kept in that class's {@link ExtensionContext.Store}, which stops it when
 * the class ends. The remote front door is found with {@link RemoteFrontDoor#installed()}, so this
 * module names no server module.
 */
public final class Servers {
  private static final Namespace PRIVATE = Namespace.create(Servers.class);

  /** The key of a server in its top-level class's store. */
  private record ServerKey(String topLevelUniqueId) {
  }

  private Servers() {
  }

  /**
   * Starts the server of a context's top-level class, if it is not running yet.
   *
   * @param context any context below a test class
   * @throws ExtensionConfigurationException when no remote front door is installed
   */
  public static void prepare(ExtensionContext context) {
    of(context);
  }

  /**
   * Serves an IVS Chat on the server of a context's top-level class.
   *
   * @param context any context below a test class
   * @param ivsChat the IVS Chat
   * @return the remote front door and the clients of the IVS Chat on its server
   * @throws ExtensionConfigurationException when no remote front door is installed
   */
  static Opened open(ExtensionContext context, IvsChat ivsChat) {
    Running running = of(context);
    return new Opened(running.door(), running.server().open(ivsChat));
  }

  /** The installed remote front door, if any. */
  static RemoteFrontDoor door() {
    List<RemoteFrontDoor> doors = RemoteFrontDoor.installed();
    return doors.isEmpty() ? null : doors.get(0);
  }

  private static Running of(ExtensionContext context) {
    RemoteFrontDoor door = door();
    if (door == null) {
      List<String> registrations = Registrations.of(context);
      throw new ExtensionConfigurationException(Messages.noServerModule(
          registrations.isEmpty() ? "IvsChatExtension" : registrations.get(0)));
    }
    ExtensionContext top = Contexts.topLevelClass(context);
    return top.getStore(PRIVATE).getOrComputeIfAbsent(new ServerKey(top.getUniqueId()),
        k -> new Running(door, door.start()), Running.class);
  }

  /**
   * An IVS Chat served on a local server: the door (for its client types) and the clients.
   *
   * @param door the remote front door
   * @param clients the clients of the IVS Chat on the server
   */
  record Opened(RemoteFrontDoor door, FrontDoor.Clients clients) {
  }

  /**
   * A running server as the store keeps it: an {@link AutoCloseable} (which JUnit 5.13 and later
   * close) and a {@link ExtensionContext.Store.CloseableResource} (which older versions close),
   * stopped once either way.
   */
  @SuppressWarnings("deprecation") // CloseableResource: the only kind of value JUnit 5.12 closes
  private static final class Running
      implements AutoCloseable, ExtensionContext.Store.CloseableResource {
    private final RemoteFrontDoor door;
    private final RemoteFrontDoor.Server server;
    private final AtomicBoolean closed = new AtomicBoolean();

    Running(RemoteFrontDoor door, RemoteFrontDoor.Server server) {
      this.door = door;
      this.server = server;
    }

    RemoteFrontDoor door() {
      return door;
    }

    RemoteFrontDoor.Server server() {
      return server;
    }

    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        server.close();
      }
    }
  }
}
