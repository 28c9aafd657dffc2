package dev.ivschat.testkit.contract;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatControl;
import java.util.Map;

/**
 * One way of reaching the fake that the contract suite runs against: a front door (the v1 or v2
 * SDK fake, sync or async) or, later, the local HTTP server through a real SDK client.
 *
 * <p>A target speaks the service's wire vocabulary: {@link #call} takes an operation's input as
 * its members exactly as the service model names them, with JSON-like values (strings, numbers,
 * booleans, maps for structures and maps, lists), and answers with the output members or the
 * service error. That is what an HTTP target sends and receives anyway, and it lets the suite
 * make its cases from the model without knowing any SDK.
 */
public interface ContractTarget extends AutoCloseable {

  /** Makes a target on an IVS Chat; the suite makes a fresh one for every test. */
  @FunctionalInterface
  interface Factory {
    /**
     * Opens a target on the handle.
     *
     * @param ivsChat a fresh in-memory IVS Chat
     * @return the target, working on that handle
     */
    ContractTarget open(IvsChat ivsChat);
  }

  /** A name for messages, e.g. {@code "SDK v1 async"}. */
  String name();

  /** The control surface of the fake behind the target: snapshots, journal, clock, faults. */
  IvsChatControl control();

  /**
   * Calls one operation, as a user of this target would.
   *
   * @param operation the model's operation name, e.g. {@code "CreateRoom"}
   * @param input the input members; an absent member is unset; lists and maps may hold nulls,
   *     which a target whose client cannot send them drops or refuses
   * @return the output members (timestamps as {@code Instant}s, unset members absent), or the
   *     service error the call failed with
   * @throws RuntimeException anything that is not a service error (a bug of the target or front
   *     door), unchanged
   */
  Reply call(String operation, Map<String, Object> input);

  /**
   * Whether an exception is this target's client refusing to send a request at all, as the SDK v2
   * client refuses a null or empty URI label with an {@code SdkClientException}, rather than a
   * bug. The model-driven cases skip an input the client refuses, naming the reason; anywhere
   * else a refusal fails the test.
   *
   * @param thrown what {@link #call} threw
   * @return true for the client's own refusal
   */
  default boolean refusedByClient(RuntimeException thrown) {
    return false;
  }

  /** Releases what the target holds (clients, executors, servers). */
  @Override
  void close();
}
