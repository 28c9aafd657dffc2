package dev.ivschat.testkit.server.robustness;

import static dev.ivschat.testkit.server.robustness.RawWebSocket.BINARY;
import static dev.ivschat.testkit.server.robustness.RawWebSocket.CLOSE;
import static dev.ivschat.testkit.server.robustness.RawWebSocket.CONTINUATION;
import static dev.ivschat.testkit.server.robustness.RawWebSocket.PING;
import static dev.ivschat.testkit.server.robustness.RawWebSocket.PONG;
import static dev.ivschat.testkit.server.robustness.RawWebSocket.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.ChatConnectionInfo;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.server.IvsChatServer;
import dev.ivschat.testkit.server.internal.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Chat WebSocket frames a real client never sends, on a hand-made socket: a binary frame is
 * answered with an ERROR frame and the socket stays; a fragmented message is reassembled; an
 * oversized, malformed or non-UTF-8 one closes the socket with the RFC 6455 code (1009, 1002,
 * 1007); a handshake the server cannot speak gets 426. None of them sends a message or leaves
 * the connection open in the engine.
 */
class MalformedWebSocketTest extends ServerUnderAbuse {
  private static final int MAX_FRAME = IvsChatServer.Builder.DEFAULT_MAX_FRAME_BYTES;

  private String key;
  private String token;
  private AccountState before;

  private RawWebSocket openChat() throws IOException {
    key = freshKey();
    token = chatToken(key, "alice", "SEND_MESSAGE");
    before = state(key);
    return RawWebSocket.open(server.port(), token);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static Map<?, ?> json(RawWebSocket.Frame frame) throws Json.MalformedException {
    assertThat(frame.opcode()).as("a text frame, not %s", frame).isEqualTo(TEXT);
    return (Map<?, ?>) Json.parse(frame.payload());
  }

  /** A SEND_MESSAGE round trip: the server still reads this socket and answers on it. */
  private static void assertStillChats(RawWebSocket ws, String requestId) throws Exception {
    ws.sendText("{\"Action\":\"SEND_MESSAGE\",\"RequestId\":\"" + requestId
        + "\",\"Content\":\"still here\"}");
    Map<?, ?> message = json(ws.read());
    assertThat(message.get("Type")).isEqualTo("MESSAGE");
    assertThat(message.get("RequestId")).isEqualTo(requestId);
    assertThat(message.get("Content")).isEqualTo("still here");
  }

  /** The socket is closed in the engine too, and nothing else in the account changed. */
  private void assertEngineConnectionClosedAndNothingSent() {
    await("the engine to close the chat connection", WAIT,
        () -> server.account(key).connections().stream().noneMatch(ChatConnectionInfo::isOpen));
    assertUnchanged(key, before);
  }

  @Test
  void a_binary_frame_gets_an_error_400_frame_and_the_socket_stays_open() throws Exception {
    try (RawWebSocket ws = openChat()) {
      ws.sendFrame(true, BINARY, utf8("{\"Action\":\"SEND_MESSAGE\",\"Content\":\"bin\"}"));

      Map<?, ?> error = json(ws.read());
      assertThat(error.get("Type")).isEqualTo("ERROR");
      assertThat(error.get("ErrorCode")).isEqualTo(400L);
      assertThat(error.get("ErrorMessage")).asString().isNotBlank();

      assertStillChats(ws, "after-binary");
      ws.send(RawWebSocket.frame(true, 0, CLOSE, true, new byte[] {0x03, (byte) 0xE8}));
      assertThat(ws.readCloseCode()).isEqualTo(1000);
    }
    awaitNoConnections();
    assertThat(server.account(key).chatMessages()).extracting(ChatFrame.Message::content)
        .containsExactly("still here");
  }

  @Test
  void a_text_message_in_continuation_frames_is_reassembled_with_a_ping_between_them()
      throws Exception {
    try (RawWebSocket ws = openChat()) {
      byte[] cafe = utf8("caf\u00e9");
      ws.sendFrame(false, TEXT, utf8("{\"Action\":\"SEND_MESSAGE\",\"RequestId\":\"frag\","))
          .sendFrame(true, PING, utf8("ping-between"))
          .sendFrame(false, CONTINUATION, concat(utf8("\"Content\":\""),
              Arrays.copyOf(cafe, cafe.length - 1)))
          .sendFrame(false, CONTINUATION, new byte[0])
          .sendFrame(true, CONTINUATION, concat(new byte[] {cafe[cafe.length - 1]},
              utf8("\"}")));

      RawWebSocket.Frame pong = ws.read();
      assertThat(pong.opcode()).as("%s", pong).isEqualTo(PONG);
      assertThat(pong.text()).isEqualTo("ping-between");
      Map<?, ?> message = json(ws.read());
      assertThat(message.get("Type")).isEqualTo("MESSAGE");
      assertThat(message.get("RequestId")).isEqualTo("frag");
      assertThat(message.get("Content")).isEqualTo("caf\u00e9");
    }
    awaitNoConnections();
  }

  @Test
  void a_message_exactly_at_the_frame_limit_is_read_and_answered() throws Exception {
    try (RawWebSocket ws = openChat()) {
      String head = "{\"Action\":\"SEND_MESSAGE\",\"RequestId\":\"at-limit\",\"Content\":\"";
      String text = head + "x".repeat(MAX_FRAME - head.length() - 2) + "\"}";
      assertThat(utf8(text)).hasSize(MAX_FRAME);

      ws.sendText(text);

      Map<?, ?> error = json(ws.read());
      assertThat(error.get("Type")).as("content over the room's length: %s", error)
          .isEqualTo("ERROR");
      assertThat(error.get("RequestId")).isEqualTo("at-limit");
      assertStillChats(ws, "after-at-limit");
    }
    awaitNoConnections();
  }

  @Test
  void a_frame_over_the_limit_closes_the_socket_with_1009() throws Exception {
    try (RawWebSocket ws = openChat()) {
      ws.send(RawWebSocket.header(true, TEXT, MAX_FRAME + 1));

      assertThat(ws.readCloseCode()).isEqualTo(1009);
    }
    assertEngineConnectionClosedAndNothingSent();
    awaitNoConnections();
  }

  @Test
  void a_fragmented_message_over_the_limit_closes_the_socket_with_1009() throws Exception {
    try (RawWebSocket ws = openChat()) {
      byte[] half = new byte[MAX_FRAME / 2 + 1];
      Arrays.fill(half, (byte) 'x');

      ws.sendFrame(false, TEXT, half).sendFrame(true, CONTINUATION, half);

      assertThat(ws.readCloseCode()).isEqualTo(1009);
    }
    assertEngineConnectionClosedAndNothingSent();
    awaitNoConnections();
  }

  static Stream<Arguments> malformedFrames() {
    byte[] hello = utf8("{\"Action\":\"SEND_MESSAGE\",\"Content\":\"hi\"}");
    return Stream.of(
        Arguments.of("a reserved data opcode (0x3)", RawWebSocket.frame(true, 0, 0x3, true, hello)),
        Arguments.of("a reserved control opcode (0xB)",
            RawWebSocket.frame(true, 0, 0xB, true, new byte[0])),
        Arguments.of("RSV1 set with no extension", RawWebSocket.frame(true, 4, TEXT, true, hello)),
        Arguments.of("RSV3 set with no extension", RawWebSocket.frame(true, 1, TEXT, true, hello)),
        Arguments.of("an unmasked client frame", RawWebSocket.frame(true, 0, TEXT, false, hello)),
        Arguments.of("a continuation with no message started",
            RawWebSocket.frame(true, 0, CONTINUATION, true, hello)),
        Arguments.of("a fragmented ping", RawWebSocket.frame(false, 0, PING, true, utf8("p"))),
        Arguments.of("a ping with 126 bytes of payload",
            RawWebSocket.frame(true, 0, PING, true, new byte[126])),
        Arguments.of("a new text frame inside a fragmented message",
            concat(RawWebSocket.frame(false, 0, TEXT, true, utf8("{\"Action\":")),
                RawWebSocket.frame(true, 0, TEXT, true, hello))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedFrames")
  void a_malformed_frame_closes_the_socket_with_1002(String what, byte[] bytes)
      throws Exception {
    try (RawWebSocket ws = openChat()) {
      ws.send(bytes);

      assertThat(ws.readCloseCode()).as(what).isEqualTo(1002);
    }
    assertEngineConnectionClosedAndNothingSent();
    awaitNoConnections();
  }

  static Stream<Arguments> invalidUtf8() {
    byte[] head = utf8("{\"Action\":\"SEND_MESSAGE\",\"Content\":\"");
    byte[] tail = utf8("\"}");
    return Stream.of(
        Arguments.of("a 0xFF byte", RawWebSocket.frame(true, 0, TEXT, true,
            concat(head, new byte[] {(byte) 0xFF}, tail))),
        Arguments.of("an overlong encoding of '/'", RawWebSocket.frame(true, 0, TEXT, true,
            concat(head, new byte[] {(byte) 0xC0, (byte) 0xAF}, tail))),
        Arguments.of("a UTF-16 surrogate", RawWebSocket.frame(true, 0, TEXT, true,
            concat(head, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, tail))),
        Arguments.of("a sequence cut at the end of the message",
            RawWebSocket.frame(true, 0, TEXT, true, concat(head, new byte[] {(byte) 0xC3}))),
        Arguments.of("a bad byte in a continuation frame",
            concat(RawWebSocket.frame(false, 0, TEXT, true, head),
                RawWebSocket.frame(true, 0, CONTINUATION, true,
                    concat(new byte[] {(byte) 0xFE}, tail)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidUtf8")
  void invalid_utf8_in_a_text_frame_closes_the_socket_with_1007(String what, byte[] bytes)
      throws Exception {
    try (RawWebSocket ws = openChat()) {
      ws.send(bytes);

      assertThat(ws.readCloseCode()).as(what).isEqualTo(1007);
    }
    assertEngineConnectionClosedAndNothingSent();
    awaitNoConnections();
  }

  static Stream<Arguments> invalidCloseFrames() {
    return Stream.of(
        Arguments.of("a 1-byte payload", new byte[] {0x03}, 1002),
        Arguments.of("the reserved code 1005", new byte[] {0x03, (byte) 0xED}, 1002),
        Arguments.of("the reserved code 1006", new byte[] {0x03, (byte) 0xEE}, 1002),
        Arguments.of("the invalid code 999", new byte[] {0x03, (byte) 0xE7}, 1002),
        Arguments.of("a reason that is not UTF-8", new byte[] {0x03, (byte) 0xE8, (byte) 0xFF},
            1007));
  }

  /**
   * The client has started the closing handshake, so Netty fails the connection without a
   * close frame of its own (RFC 6455 7.1.7 makes that frame a SHOULD); it must never echo the
   * invalid close back.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCloseFrames")
  void an_invalid_close_frame_ends_the_connection_without_echoing_it(String what,
      byte[] payload, int code) throws Exception {
    try (RawWebSocket ws = openChat()) {
      ws.send(RawWebSocket.frame(true, 0, CLOSE, true, payload));

      byte[] rest = ws.connection().readUntilClosed();
      assertThat(rest).as("what the server sent before closing, after %s", what)
          .satisfiesAnyOf(r -> assertThat(r).isEmpty(),
              r -> {
                assertThat(r.length).isGreaterThanOrEqualTo(4);
                assertThat(r[0] & 0xFF).as("a close frame").isEqualTo(0x88);
                assertThat(((r[2] & 0xFF) << 8) | (r[3] & 0xFF)).as("its code").isEqualTo(code);
              });
    }
    assertEngineConnectionClosedAndNothingSent();
    awaitNoConnections();
  }

  @Test
  void a_handshake_with_an_unsupported_version_gets_426_naming_version_13() throws Exception {
    key = freshKey();
    token = chatToken(key, "alice", "SEND_MESSAGE");
    before = state(key);

    for (String version : new String[] {"12", "14", "0", "abc"}) {
      try (RawConnection c = RawConnection.open(server.port())) {
        c.send(RawWebSocket.handshake(server.port(), token, version, RawWebSocket.newKey()));
        RawConnection.HttpReply reply = c.readReply();

        assertThat(reply.status()).as("answer to version %s: %s", version, reply)
            .isEqualTo(426);
        assertThat(reply.header("Sec-WebSocket-Version")).isEqualTo("13");
        c.readUntilClosed();
      }
    }
    assertUnchanged(key, before);
    awaitNoConnections();
    // The refused handshakes did not use the token up.
    try (RawWebSocket ws = RawWebSocket.open(server.port(), token)) {
      assertStillChats(ws, "after-426");
    }
    awaitNoConnections();
  }

  @Test
  void a_handshake_without_a_version_or_key_is_refused_and_leaves_the_token_usable()
      throws Exception {
    key = freshKey();
    token = chatToken(key, "alice", "SEND_MESSAGE");
    before = state(key);
    String whole = RawWebSocket.handshake(server.port(), token, "13", RawWebSocket.newKey());

    for (String header : new String[] {"Sec-WebSocket-Version", "Sec-WebSocket-Key"}) {
      String request = whole.replaceAll(header + ": [^\r]*\r\n", "");
      try (RawConnection c = RawConnection.open(server.port())) {
        c.send(request);
        RawConnection.HttpReply reply = c.readReply();

        assertThat(reply.status()).as("answer without %s: %s", header, reply)
            .isIn(400, 426);
        c.readUntilClosed();
      }
    }
    assertUnchanged(key, before);
    awaitNoConnections();
    try (RawWebSocket ws = RawWebSocket.open(server.port(), token)) {
      assertStillChats(ws, "after-400");
    }
    awaitNoConnections();
  }
}
