package dev.ivschat.testkit.server.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.server.IvsChatServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Requests cut short, too long or not HTTP at all, written byte for byte on a socket: each is
 * refused with the status HTTP asks for (or, for a request its client abandoned, just dropped),
 * runs no operation, and leaves the connection count where it was.
 */
class MalformedHttpRequestTest extends ServerUnderAbuse {
  private static final byte[] CREATE_ROOM =
      "{\"name\":\"never-made\"}".getBytes(StandardCharsets.UTF_8);

  private byte[] createRoom(String key) {
    return Signing.request("POST", "/CreateRoom", server.port(), key, CREATE_ROOM);
  }

  @Test
  void headers_cut_short_then_closed_run_nothing_and_free_the_connection() throws IOException {
    String key = freshKey();
    AccountState before = state(key);
    byte[] whole = createRoom(key);
    int headEnd = new String(whole, StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");

    for (int cut : new int[] {1, 10, headEnd / 2, headEnd, headEnd + 2}) {
      try (RawConnection c = RawConnection.open(server.port())) {
        c.send(Arrays.copyOf(whole, cut));
        c.shutdownOutput();
        byte[] answer = c.readUntilClosed();
        // The client is gone: no answer is owed, and any the server writes is a 400.
        assertThat(new String(answer, StandardCharsets.ISO_8859_1))
            .as("answer to a request cut at byte %d", cut)
            .satisfiesAnyOf(a -> assertThat(a).isEmpty(),
                a -> assertThat(a).startsWith("HTTP/1.1 400 "));
      }
      try (RawConnection c = RawConnection.open(server.port())) {
        c.send(Arrays.copyOf(whole, cut));
      }
    }

    awaitNoConnections();
    assertUnchanged(key, before);
  }

  @Test
  void a_body_shorter_than_its_content_length_then_closed_runs_nothing() throws IOException {
    String key = freshKey();
    AccountState before = state(key);
    byte[] whole = createRoom(key);

    for (int missing : new int[] {1, CREATE_ROOM.length / 2, CREATE_ROOM.length}) {
      try (RawConnection c = RawConnection.open(server.port())) {
        c.send(Arrays.copyOf(whole, whole.length - missing));
        c.shutdownOutput();
        byte[] answer = c.readUntilClosed();
        assertThat(new String(answer, StandardCharsets.ISO_8859_1))
            .as("answer to a body %d bytes short", missing)
            .satisfiesAnyOf(a -> assertThat(a).isEmpty(),
                a -> assertThat(a).startsWith("HTTP/1.1 400 "));
      }
      RawConnection.open(server.port()).send(Arrays.copyOf(whole, whole.length - missing))
          .abort();
    }

    awaitNoConnections();
    assertUnchanged(key, before);
  }

  @Test
  void a_request_target_longer_than_the_limit_gets_414_and_the_connection_closed()
      throws IOException {
    String key = freshKey();
    AccountState before = state(key);
    String longPath = "/CreateRoom?" + "x".repeat(20_000);

    try (RawConnection c = RawConnection.open(server.port())) {
      c.send(Signing.request("POST", longPath, server.port(), key, CREATE_ROOM));
      RawConnection.HttpReply reply = c.readReply();

      // RFC 9112 section 3: a request-target longer than the server parses MUST get 414.
      assertThat(reply.status()).as("answer %s", reply).isEqualTo(414);
      assertThat(reply.header("Connection")).isEqualToIgnoringCase("close");
      c.readUntilClosed();
    }
    assertUnchanged(key, before);
  }

  @Test
  void headers_larger_than_the_limit_get_431_and_the_connection_closed() throws IOException {
    String key = freshKey();
    AccountState before = state(key);

    try (RawConnection c = RawConnection.open(server.port())) {
      c.send(Signing.request("POST", "/CreateRoom", server.port(), key, CREATE_ROOM,
          "X-Padding: " + "p".repeat(20_000)));
      RawConnection.HttpReply reply = c.readReply();

      assertThat(reply.status()).as("answer %s", reply).isEqualTo(431);
      assertThat(reply.header("Connection")).isEqualToIgnoringCase("close");
      c.readUntilClosed();
    }
    try (RawConnection c = RawConnection.open(server.port())) {
      String[] many = new String[400];
      Arrays.setAll(many, i -> "X-Many-" + i + ": " + "v".repeat(40));
      c.send(Signing.request("POST", "/CreateRoom", server.port(), key, CREATE_ROOM, many));
      RawConnection.HttpReply reply = c.readReply();

      assertThat(reply.status()).as("answer %s", reply).isEqualTo(431);
      c.readUntilClosed();
    }
    assertUnchanged(key, before);
  }

  @Test
  void a_body_larger_than_max_request_bytes_gets_413_and_runs_nothing() throws IOException {
    String key = freshKey();
    AccountState before = state(key);
    byte[] big = new byte[IvsChatServer.Builder.DEFAULT_MAX_REQUEST_BYTES + 1];
    Arrays.fill(big, (byte) ' ');
    big[0] = '{';
    big[big.length - 1] = '}';

    // Keep-alive: the server answers when it sees the length and skips the body.
    try (RawConnection c = RawConnection.open(server.port())) {
      c.send(Signing.request("POST", "/CreateRoom", server.port(), key, big));
      RawConnection.HttpReply reply = c.readReply();

      assertThat(reply.status()).as("answer %s", reply.status()).isEqualTo(413);
    }
    // Chunked, so the size is known only as it arrives.
    try (RawConnection c = RawConnection.open(server.port())) {
      StringBuilder head = new StringBuilder();
      for (var h : Signing.headers("POST", "/CreateRoom", server.port(), key, null)) {
        head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
      }
      c.send("POST /CreateRoom HTTP/1.1\r\n" + head
          + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
      byte[] chunk = new byte[64 * 1024];
      Arrays.fill(chunk, (byte) ' ');
      String size = Integer.toHexString(chunk.length) + "\r\n";
      for (int sent = 0; sent <= IvsChatServer.Builder.DEFAULT_MAX_REQUEST_BYTES;
          sent += chunk.length) {
        c.send(size).send(chunk).send("\r\n");
      }
      c.send("0\r\n\r\n");
      RawConnection.HttpReply reply = c.readReply();

      assertThat(reply.status()).as("answer %s", reply.status()).isEqualTo(413);
    }
    awaitNoConnections();
    assertUnchanged(key, before);
  }

  @Test
  void bytes_that_are_not_http_get_400_and_the_connection_closed() throws IOException {
    String key = freshKey();
    AccountState before = state(key);
    byte[] tlsClientHello = {0x16, 0x03, 0x01, 0x00, (byte) 0xa5, 0x01, 0x00, 0x00, (byte) 0xa1,
        0x03, 0x03, '\r', '\n', '\r', '\n'};

    for (byte[] junk : new byte[][] {
        tlsClientHello,
        "HELLO\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
        "POST /CreateRoom HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII),
        "POST /CreateRoom HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}"
            .getBytes(StandardCharsets.US_ASCII),
        "POST /CreateRoom HTTP/1.1\r\nNo colon here\r\n\r\n".getBytes(StandardCharsets.US_ASCII)}) {
      try (RawConnection c = RawConnection.open(server.port())) {
        c.send(junk);
        RawConnection.HttpReply reply = c.readReply();

        assertThat(reply.status()).as("answer to %s: %s",
            new String(junk, StandardCharsets.ISO_8859_1), reply).isEqualTo(400);
        assertThat(reply.header("Connection")).isEqualToIgnoringCase("close");
        c.readUntilClosed();
      }
    }
    assertUnchanged(key, before);
  }

  @Test
  void a_request_in_an_http_major_version_other_than_1_gets_505() throws IOException {
    String key = freshKey();
    AccountState before = state(key);

    for (String version : new String[] {"HTTP/2.0", "HTTP/9.9"}) {
      try (RawConnection c = RawConnection.open(server.port())) {
        String signed = new String(Signing.request("POST", "/CreateRoom", server.port(), key,
            CREATE_ROOM), StandardCharsets.ISO_8859_1);
        c.send(signed.replaceFirst("HTTP/1.1", version));
        RawConnection.HttpReply reply = c.readReply();

        assertThat(reply.status()).as("answer to %s: %s", version, reply).isEqualTo(505);
        c.readUntilClosed();
      }
    }
    assertUnchanged(key, before);
  }

  @Test
  void a_refused_request_does_not_disturb_the_next_one_on_another_connection()
      throws IOException {
    String key = freshKey();
    try (RawConnection bad = RawConnection.open(server.port());
        RawConnection good = RawConnection.open(server.port())) {
      bad.send("POST /CreateRoom HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{");
      good.send(Signing.request("POST", "/CreateRoom", server.port(), key,
          "{\"name\":\"made\"}".getBytes(StandardCharsets.UTF_8)));

      RawConnection.HttpReply reply = good.readReply();
      assertThat(reply.status()).as("answer %s", reply).isEqualTo(200);
      assertThat(server.account(key).rooms()).extracting(r -> r.name())
          .containsExactly("made");
    }
    awaitNoConnections();
  }
}
