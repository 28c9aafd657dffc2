package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.FrontDoor;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.RemoteFrontDoor;
import dev.ivschat.testkit.server.IvsChatServer;
import dev.ivschat.testkit.server.ServerAccount;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A running {@link IvsChatServer} as a {@link RemoteFrontDoor.Server}: each opened IVS Chat is
 * bound to an access key id of its own ({@value #KEY_PREFIX} and a 12-digit counter, 20 characters
 * like an AWS key), so the tests sharing the server never see each other's accounts.
 */
final class LocalServer implements RemoteFrontDoor.Server {
  /** The start of every access key id this server hands out. */
  static final String KEY_PREFIX = "AKIDTEST";
  /** The secret every client signs with; the server checks no secret by default. */
  static final String SECRET = "secret";

  private final IvsChatServer server;
  private final List<SdkClients> sdks;
  private final AtomicLong keys = new AtomicLong();

  LocalServer(IvsChatServer server, List<SdkClients> sdks) {
    this.server = server;
    this.sdks = sdks;
  }

  @Override
  public FrontDoor.Clients open(IvsChat ivsChat) {
    Objects.requireNonNull(ivsChat, "ivsChat");
    String accessKeyId = KEY_PREFIX + String.format("%012d", keys.incrementAndGet());
    ServerAccount account = ServerAccount.of(server, accessKeyId, SECRET,
        ivsChat.config().region());
    server.bind(accessKeyId, ivsChat);
    return new AccountClients(server, account, sdks);
  }

  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "LocalServer[" + server.endpoint() + "]";
  }
}
