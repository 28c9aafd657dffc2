package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.FrontDoor;
import dev.ivschat.testkit.server.IvsChatServer;
import dev.ivschat.testkit.server.ServerAccount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clients of one account on the local server: the real SDK clients (each made when first
 * asked for), the server and the account's coordinates. Closing them closes every SDK client made
 * and unbinds the account's access key.
 */
final class AccountClients implements FrontDoor.Clients {
  private final IvsChatServer server;
  private final ServerAccount account;
  private final List<SdkClients> sdks;
  private final Map<Class<?>, Made> made = new LinkedHashMap<>();
  private boolean closed;

  /** A client and the SDK that closes it. */
  private record Made(SdkClients sdk, Object client) {
  }

  AccountClients(IvsChatServer server, ServerAccount account, List<SdkClients> sdks) {
    this.server = server;
    this.account = account;
    this.sdks = sdks;
  }

  @Override
  public synchronized Object client(Class<?> type) {
    if (type == IvsChatServer.class) {
      return server;
    }
    if (type == ServerAccount.class) {
      return account;
    }
    SdkClients sdk = sdks.stream().filter(s -> s.types().contains(type)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "The local server has no client of type " + type));
    if (closed) {
      throw new IllegalStateException("The clients of " + account.accessKeyId()
          + " on the local server were closed");
    }
    return made.computeIfAbsent(type, t -> new Made(sdk, sdk.make(t, account))).client();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    RuntimeException first = null;
    for (Made m : made.values()) {
      try {
        m.sdk().close(m.client());
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    made.clear();
    server.unbind(account.accessKeyId(), account.region());
    if (first != null) {
      throw first;
    }
  }

  @Override
  public String toString() {
    return "AccountClients[" + account + "]";
  }
}
