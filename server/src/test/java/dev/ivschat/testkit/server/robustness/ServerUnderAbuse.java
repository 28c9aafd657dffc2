package dev.ivschat.testkit.server.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.ivschat.testkit.ChatConnectionInfo;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.LoggingConfiguration;
import dev.ivschat.testkit.Outcome;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.server.IvsChatServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * One server per test class, abused by the tests, and the checks after every test: the server
 * still answers a normal signed request, every connection it had is gone, and, when the class
 * ends, closing the server leaves none of its threads behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(30)
abstract class ServerUnderAbuse {
  /** The bound on every wait for the server to catch up. */
  static final Duration WAIT = Duration.ofSeconds(5);
  /** The account of the health probe, never one a test looks at. */
  static final String PROBE_KEY = "AKIDROBUSTPROBE";
  private static final AtomicInteger KEYS = new AtomicInteger();

  IvsChatServer server;
  private Set<Thread> threadsBefore;

  /** The server this class abuses; override for other settings. */
  IvsChatServer startServer() {
    return IvsChatServer.start();
  }

  /** Connections a test class's own HTTP client may keep pooled between tests. */
  int pooledClientConnections() {
    return 0;
  }

  @BeforeAll
  void start() {
    threadsBefore = serverThreads();
    server = startServer();
  }

  @AfterEach
  void serverStaysUpAndLeaksNoConnection() throws IOException {
    awaitConnectionsAtMost(pooledClientConnections());
    assertServesASignedRequest(server);
    awaitConnectionsAtMost(pooledClientConnections());
  }

  @AfterAll
  void closingTheServerLeavesNoThreads() {
    server.close();
    awaitNoServerThreadsBut(threadsBefore);
  }

  /** A fresh access key: a fresh account nobody else touches. */
  static String freshKey() {
    return "AKIDROBUST" + KEYS.incrementAndGet();
  }

  /** The live threads a server names {@code ivschat-*}. */
  static Set<Thread> serverThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("ivschat-"))
        .collect(Collectors.toSet());
  }

  /** Waits, bounded, until the only {@code ivschat-*} threads alive are those given. */
  static void awaitNoServerThreadsBut(Set<Thread> before) {
    await("the closed server's ivschat-* threads to end", WAIT,
        () -> before.containsAll(serverThreads()),
        () -> serverThreads().stream().filter(t -> !before.contains(t)).map(Thread::getName)
            .sorted().toList().toString());
  }

  void awaitNoConnections() {
    awaitConnectionsAtMost(0);
  }

  void awaitConnectionsAtMost(int count) {
    await("the server's open connections to drop to " + count, WAIT,
        () -> server.openConnections() <= count,
        () -> "still open: " + server.openConnections());
  }

  static void await(String what, Duration limit, BooleanSupplier condition) {
    await(what, limit, condition, () -> "");
  }

  static void await(String what, Duration limit, BooleanSupplier condition,
      java.util.function.Supplier<String> state) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        fail("Timed out after " + limit + " waiting for " + what + "; " + state.get());
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("Interrupted waiting for " + what);
      }
    }
  }

  /**
   * A normal signed ListRooms on a new connection (with {@code Connection: close}) gets 200 and
   * a JSON list of rooms: the server is still serving.
   */
  static void assertServesASignedRequest(IvsChatServer server) throws IOException {
    try (RawConnection c = RawConnection.open(server.port())) {
      c.send(Signing.request("POST", "/ListRooms", server.port(), PROBE_KEY,
          "{}".getBytes(StandardCharsets.UTF_8), "Connection: close"));
      RawConnection.HttpReply reply = c.readReply();
      assertThat(reply.status()).as("probe answer %s", reply).isEqualTo(200);
      assertThat(reply.bodyText()).startsWith("{\"rooms\":[");
      c.readUntilClosed();
    }
  }

  /** Everything an account holds that a refused request must not change. */
  record AccountState(List<Room> rooms, List<LoggingConfiguration> loggingConfigurations,
      List<ChatToken> chatTokens, List<String> calls, List<ChatFrame.Message> chatMessages,
      List<SentEvent> sentEvents, long openChatConnections) {
  }

  AccountState state(String key) {
    IvsChat account = server.account(key);
    return new AccountState(account.rooms(), account.loggingConfigurations(),
        account.chatTokens(), account.calls().stream().map(Object::toString).toList(),
        account.chatMessages(), account.sentEvents(),
        account.connections().stream().filter(ChatConnectionInfo::isOpen).count());
  }

  void assertUnchanged(String key, AccountState before) {
    assertThat(state(key)).as("the state of account %s", key).isEqualTo(before);
  }

  /** A room in the key's account and a chat token for it, made on the engine directly. */
  String chatToken(String key, String userId, String... capabilities) {
    IvsChat account = server.account(key);
    Outcome<Room> room = account.call(IvsChatRequest.CreateRoom.named("robust"));
    assertThat(room.failed()).as("CreateRoom %s", room).isFalse();
    Outcome<ChatToken> token = account.call(new IvsChatRequest.CreateChatToken(
        room.value().arn(), userId, List.of(capabilities), null, null));
    assertThat(token.failed()).as("CreateChatToken %s", token).isFalse();
    return token.value().token();
  }
}
