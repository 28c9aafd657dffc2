package dev.ivschat.testkit.server.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Clients that are slow, silent or many: the server answers a request however slowly it
 * arrives, one connection that says nothing holds up no other, and thousands of connections
 * opened and dropped leave none behind.
 */
class SlowAndManyClientsTest extends ServerUnderAbuse {

  private byte[] createRoom(String key, String name) {
    return Signing.request("POST", "/CreateRoom", server.port(), key,
        ("{\"name\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void a_request_sent_byte_by_byte_slowly_still_gets_its_answer() throws IOException {
    String key = freshKey();
    byte[] request = createRoom(key, "slow");
    // About 1 ms between bytes: the request takes a second or so to arrive.
    long gap = Duration.ofSeconds(1).toNanos() / request.length;

    try (RawConnection c = RawConnection.open(server.port())) {
      c.sendSlowly(request, gap);
      RawConnection.HttpReply reply = c.readReply();

      assertThat(reply.status()).as("answer %s", reply).isEqualTo(200);
      assertThat(reply.bodyText()).contains("\"name\":\"slow\"");
      // The connection is kept alive and serves the next request at full speed.
      c.send(createRoom(key, "fast"));
      assertThat(c.readReply().status()).isEqualTo(200);
    }
    assertThat(server.account(key).rooms()).extracting(r -> r.name())
        .containsExactlyInAnyOrder("slow", "fast");
    awaitNoConnections();
  }

  @Test
  void clients_that_send_nothing_or_stall_midway_do_not_block_others() throws Exception {
    String key = freshKey();
    List<RawConnection> idle = new ArrayList<>();
    try {
      for (int i = 0; i < 64; i++) {
        idle.add(RawConnection.open(server.port()));
      }
      byte[] stalled = createRoom(key, "stalled");
      for (int i = 0; i < 16; i++) {
        RawConnection c = RawConnection.open(server.port());
        idle.add(c);
        // Half the request line and headers, or all but the last body byte.
        c.send(java.util.Arrays.copyOf(stalled, i % 2 == 0 ? stalled.length / 2
            : stalled.length - 1));
      }
      await("the server to see every idle connection", WAIT,
          () -> server.openConnections() == 80);

      long start = System.nanoTime();
      for (int i = 0; i < 16; i++) {
        try (RawConnection c = RawConnection.open(server.port())) {
          c.send(createRoom(key, "busy-" + i));
          assertThat(c.readReply().status()).isEqualTo(200);
        }
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .as("16 requests next to 80 idle connections").isLessThan(Duration.ofSeconds(3));
      assertThat(idle.get(0).staysOpenAndSilentFor(50)).isTrue();
    } finally {
      idle.forEach(RawConnection::close);
    }
    awaitNoConnections();
    assertThat(server.account(key).rooms()).extracting(r -> r.name())
        .hasSize(16).allMatch(name -> name.startsWith("busy-"));
  }

  @Test
  void thousands_of_connections_opened_and_dropped_leave_none_open() throws Exception {
    String key = freshKey();
    AccountState before = state(key);
    byte[] partial = java.util.Arrays.copyOf(createRoom(key, "dropped"), 40);
    int threads = 4;
    int perThread = 600;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < perThread; i++) {
            RawConnection c = RawConnection.open(server.port());
            switch ((thread + i) % 4) {
              case 0 -> c.close();
              case 1 -> c.abort();
              case 2 -> {
                c.send(partial);
                c.close();
              }
              default -> {
                c.send(partial);
                c.abort();
              }
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    awaitNoConnections();
    assertUnchanged(key, before);
    assertServesASignedRequest(server);
  }

  @Test
  void hundreds_of_connections_open_at_once_are_all_served_then_all_freed() throws Exception {
    String key = freshKey();
    List<RawConnection> open = new ArrayList<>();
    try {
      for (int i = 0; i < 300; i++) {
        open.add(RawConnection.open(server.port()));
      }
      await("the server to see every connection", WAIT, () -> server.openConnections() == 300);
      for (int i = 0; i < open.size(); i++) {
        open.get(i).send(Signing.request("POST", "/ListRooms", server.port(), key,
            "{}".getBytes(StandardCharsets.UTF_8)));
      }
      for (RawConnection c : open) {
        assertThat(c.readReply().status()).isEqualTo(200);
      }
    } finally {
      open.forEach(RawConnection::close);
    }
    awaitNoConnections();
    assertThat(server.account(key).calls()).hasSize(300);
  }
}
