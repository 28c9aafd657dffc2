package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.server.ServerAccount;
import java.util.List;

/**
 * How one AWS SDK's real clients are made for an account of the local server and closed again.
 * Each implementation names its SDK and is loaded only when that SDK is on the class path.
 */
interface SdkClients {

  /** The client interfaces this SDK has, e.g. {@code Amazonivschat} and its async one. */
  List<Class<?>> types();

  /**
   * A new client of one of {@link #types()} for an account.
   *
   * @throws IllegalStateException when the SDK cannot build it, saying what is missing
   */
  Object make(Class<?> type, ServerAccount account);

  /** Closes (shuts down) a client {@link #make} made. */
  void close(Object client);
}
