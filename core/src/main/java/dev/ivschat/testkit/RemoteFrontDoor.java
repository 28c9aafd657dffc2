package dev.ivschat.testkit;

import java.util.List;

/**
 * A front door that serves an {@link IvsChat} over the network, so that real SDK clients talk to
 * it, found by test-framework glue without naming the module that implements it.
 *
 * <p>The local server module ({@code ivschat-testkit-server}) registers one implementation in
 * {@code META-INF/services/dev.ivschat.testkit.RemoteFrontDoor}; the JUnit extension finds it on
 * the test classpath with {@link #installed()}, {@link #start() starts} one server per test class
 * and {@link Server#open opens} each test's IVS Chat on it under an access key of its own, so tests
 * sharing the server stay isolated. Implementations need a public no-argument constructor.
 */
public interface RemoteFrontDoor {

  /**
   * A name for messages, e.g. {@code "local IVS Chat server"}.
   *
   * @return the name
   */
  String name();

  /**
   * The types the clients of an {@link Server#open opened} IVS Chat can be asked for: the real
   * SDK client interfaces of the SDKs on the class path, and values that describe the server and
   * the account.
   *
   * @return the types, each asked for exactly; only those whose classes are on the class path
   */
  List<Class<?>> clientTypes();

  /**
   * Starts a server with no account served yet.
   *
   * @return the running server, to be closed by the caller
   */
  Server start();

  /** A running server that serves IVS Chats to real clients, each under its own access key. */
  interface Server extends AutoCloseable {

    /**
     * Serves an IVS Chat on this server under a fresh access key id (in the IVS Chat's region)
     * and opens clients on it. The server does not close the IVS Chat.
     *
     * @param ivsChat the IVS Chat to serve
     * @return its clients, each made when first asked for, with the types of
     *     {@link RemoteFrontDoor#clientTypes()}; closing them closes every client made and stops
     *     serving the IVS Chat
     */
    FrontDoor.Clients open(IvsChat ivsChat);

    /** Stops the server; the clients opened on it can no longer reach it. */
    @Override
    void close();
  }

  /**
   * The remote front doors on the class path, in a stable order (by name). A registered one whose
   * classes cannot be loaded is left out.
   *
   * @return the installed remote front doors
   */
  static List<RemoteFrontDoor> installed() {
    return RemoteFrontDoors.INSTALLED;
  }
}
