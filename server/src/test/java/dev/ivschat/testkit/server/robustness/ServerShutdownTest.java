package dev.ivschat.testkit.server.robustness;

import static dev.ivschat.testkit.server.robustness.ServerUnderAbuse.await;
import static dev.ivschat.testkit.server.robustness.ServerUnderAbuse.awaitNoServerThreadsBut;
import static dev.ivschat.testkit.server.robustness.ServerUnderAbuse.serverThreads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ivschat.testkit.ChatConnectionInfo;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.server.IvsChatServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Closing a server that has every kind of connection open: the clients see their connections
 * end, the engine's chat connections close, the port is released and none of the server's
 * {@code ivschat-*} threads outlive it.
 */
@Timeout(30)
class ServerShutdownTest {

  @Test
  void closing_a_busy_server_ends_its_connections_and_threads_and_frees_the_port()
      throws Exception {
    Set<Thread> before = serverThreads();
    IvsChatServer server = IvsChatServer.start();
    int port = server.port();
    String key = "AKIDSHUTDOWN";
    var account = server.account(key);
    var room = server.account(key).call(IvsChatRequest.CreateRoom.named("closing")).value();
    String token = server.account(key).call(new IvsChatRequest.CreateChatToken(room.arn(),
        "bob", List.of("SEND_MESSAGE"), null, null)).value().token();

    RawConnection silent = RawConnection.open(port);
    RawConnection half = RawConnection.open(port);
    half.send("POST /ListRooms HTTP/1.1\r\nHost: x\r\n");
    RawConnection keepAlive = RawConnection.open(port);
    keepAlive.send(Signing.request("POST", "/ListRooms", port, key,
        "{}".getBytes(StandardCharsets.UTF_8)));
    assertThat(keepAlive.readReply().status()).isEqualTo(200);
    RawWebSocket chat = RawWebSocket.open(port, token);
    await("the chat connection to open in the engine", ServerUnderAbuse.WAIT,
        () -> server.account(key).connections().stream().anyMatch(ChatConnectionInfo::isOpen));
    assertThat(server.openConnections()).isEqualTo(4);
    assertThat(serverThreads()).as("threads of the running server").isNotEmpty();

    server.close();

    for (RawConnection c : List.of(silent, half, keepAlive, chat.connection())) {
      c.readUntilClosed();
      c.close();
    }
    assertThat(server.openConnections()).isZero();
    assertThat(account.connections()).noneMatch(ChatConnectionInfo::isOpen);
    awaitNoServerThreadsBut(before);
    assertThatThrownBy(() -> RawConnection.open(port).close())
        .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(ConnectException.class);
  }

  /**
   * The server does not close an IVS Chat bound with {@code bind}, so only its own handling of
   * the dropped sockets can close the chat connections it opened there.
   */
  @Test
  void closing_the_server_closes_the_chat_connections_it_opened_in_a_bound_ivs_chat()
      throws Exception {
    Set<Thread> before = serverThreads();
    try (IvsChat own = new IvsChat()) {
      IvsChatServer server = IvsChatServer.start();
      server.bind("AKIDBOUND", own);
      var room = own.call(IvsChatRequest.CreateRoom.named("bound")).value();
      List<RawWebSocket> chats = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String token = own.call(new IvsChatRequest.CreateChatToken(room.arn(), "u" + i,
            List.of("SEND_MESSAGE"), null, null)).value().token();
        chats.add(RawWebSocket.open(server.port(), token));
      }
      await("the chat connections to open in the engine", ServerUnderAbuse.WAIT,
          () -> own.connections().stream().filter(ChatConnectionInfo::isOpen).count() == 8);

      server.close();

      for (RawWebSocket chat : chats) {
        chat.connection().readUntilClosed();
        chat.close();
      }
      assertThat(own.isClosed()).isFalse();
      await("the bound IVS Chat's connections to close", ServerUnderAbuse.WAIT,
          () -> own.connections().stream().noneMatch(ChatConnectionInfo::isOpen),
          () -> own.connections().stream().filter(ChatConnectionInfo::isOpen).count()
              + " still open");
    }
    awaitNoServerThreadsBut(before);
  }

  @Test
  void servers_started_and_closed_in_a_row_leave_no_threads_behind() throws IOException {
    Set<Thread> before = serverThreads();

    for (int i = 0; i < 10; i++) {
      try (IvsChatServer server = IvsChatServer.start()) {
        ServerUnderAbuse.assertServesASignedRequest(server);
      }
    }

    awaitNoServerThreadsBut(before);
  }

  @Test
  void closing_an_idle_server_and_its_threads_takes_under_five_seconds() {
    Set<Thread> before = serverThreads();
    long start = System.nanoTime();

    IvsChatServer.start().close();
    awaitNoServerThreadsBut(before);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }
}
