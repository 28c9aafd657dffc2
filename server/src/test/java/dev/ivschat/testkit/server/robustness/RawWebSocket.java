package dev.ivschat.testkit.server.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A hand-made RFC 6455 client over a {@link RawConnection}: it writes any frame, well-formed or
 * not, and reads the server's frames as they are.
 */
final class RawWebSocket implements Closeable {
  static final int CONTINUATION = 0x0;
  static final int TEXT = 0x1;
  static final int BINARY = 0x2;
  static final int CLOSE = 0x8;
  static final int PING = 0x9;
  static final int PONG = 0xA;

  private final RawConnection connection;

  private RawWebSocket(RawConnection connection) {
    this.connection = connection;
  }

  /** The handshake request for a token and a protocol version. */
  static String handshake(int port, String token, String version, String key) {
    return "GET / HTTP/1.1\r\n"
        + "Host: 127.0.0.1:" + port + "\r\n"
        + "Upgrade: websocket\r\n"
        + "Connection: Upgrade\r\n"
        + "Sec-WebSocket-Key: " + key + "\r\n"
        + "Sec-WebSocket-Version: " + version + "\r\n"
        + "Sec-WebSocket-Protocol: " + token + "\r\n"
        + "\r\n";
  }

  static String newKey() {
    byte[] nonce = new byte[16];
    ThreadLocalRandom.current().nextBytes(nonce);
    return Base64.getEncoder().encodeToString(nonce);
  }

  /** Opens a chat socket with a token, checking the 101 answer as a browser would. */
  static RawWebSocket open(int port, String token) throws IOException {
    RawConnection connection = RawConnection.open(port);
    String key = newKey();
    connection.send(handshake(port, token, "13", key));
    RawConnection.HttpReply reply = connection.readReply();
    assertThat(reply.status()).as("handshake answer %s", reply).isEqualTo(101);
    assertThat(reply.header("Sec-WebSocket-Protocol")).isEqualTo(token);
    assertThat(reply.header("Sec-WebSocket-Accept")).isEqualTo(accept(key));
    return new RawWebSocket(connection);
  }

  static String accept(String key) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      return Base64.getEncoder().encodeToString(sha1.digest(
          (key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  RawConnection connection() {
    return connection;
  }

  /**
   * One frame's bytes.
   *
   * @param fin the FIN bit
   * @param rsv the three reserved bits (0 to 7)
   * @param opcode the opcode
   * @param masked whether to mask, as every client must
   * @param payload the payload
   * @return the bytes
   */
  static byte[] frame(boolean fin, int rsv, int opcode, boolean masked, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 14);
    writeHeader(out, fin, rsv, opcode, masked, payload.length);
    byte[] mask = new byte[4];
    if (masked) {
      ThreadLocalRandom.current().nextBytes(mask);
      out.writeBytes(mask);
    }
    for (int i = 0; i < payload.length; i++) {
      out.write(payload[i] ^ mask[i & 3]);
    }
    return out.toByteArray();
  }

  /** A masked frame header that declares a payload length, and its masking key, no payload. */
  static byte[] header(boolean fin, int opcode, long declaredLength) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(14);
    writeHeader(out, fin, 0, opcode, true, declaredLength);
    out.writeBytes(new byte[] {1, 2, 3, 4});
    return out.toByteArray();
  }

  private static void writeHeader(ByteArrayOutputStream out, boolean fin, int rsv, int opcode,
      boolean masked, long length) {
    out.write((fin ? 0x80 : 0) | (rsv << 4) | opcode);
    int maskBit = masked ? 0x80 : 0;
    if (length < 126) {
      out.write(maskBit | (int) length);
    } else if (length < 65536) {
      out.write(maskBit | 126);
      out.write((int) (length >>> 8) & 0xFF);
      out.write((int) length & 0xFF);
    } else {
      out.write(maskBit | 127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        out.write((int) (length >>> shift) & 0xFF);
      }
    }
  }

  RawWebSocket send(byte[] bytes) throws IOException {
    connection.send(bytes);
    return this;
  }

  RawWebSocket sendFrame(boolean fin, int opcode, byte[] payload) throws IOException {
    return send(frame(fin, 0, opcode, true, payload));
  }

  RawWebSocket sendText(String text) throws IOException {
    return sendFrame(true, TEXT, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads the next frame the server sends; server frames must not be masked. */
  Frame read() throws IOException {
    InputStream in = connection.in();
    int b0 = readByte(in);
    int b1 = readByte(in);
    assertThat(b1 & 0x80).as("a server frame is never masked").isZero();
    long length = b1 & 0x7F;
    if (length == 126) {
      length = (readByte(in) << 8) | readByte(in);
    } else if (length == 127) {
      length = 0;
      for (int i = 0; i < 8; i++) {
        length = (length << 8) | readByte(in);
      }
    }
    byte[] payload = in.readNBytes((int) length);
    if (payload.length < length) {
      throw new EOFException("The frame ended after " + payload.length + " of " + length);
    }
    return new Frame((b0 & 0x80) != 0, (b0 >> 4) & 7, b0 & 0x0F, payload);
  }

  /**
   * Reads the server's close frame and then the end of the connection.
   *
   * @return the close status code
   */
  int readCloseCode() throws IOException {
    Frame frame = read();
    assertThat(frame.opcode()).as("a close frame, not %s", frame).isEqualTo(CLOSE);
    connection.readUntilClosed();
    return frame.closeCode();
  }

  private static int readByte(InputStream in) throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException("The server closed the connection");
    }
    return b;
  }

  @Override
  public void close() {
    connection.close();
  }

  /** A frame from the server. */
  record Frame(boolean fin, int rsv, int opcode, byte[] payload) {
    String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }

    int closeCode() {
      return payload.length < 2 ? 1005 : ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
    }

    @Override
    public String toString() {
      return "Frame[fin=" + fin + ", opcode=" + opcode + ", payload="
          + (opcode != CLOSE ? text() : payload.length < 2 ? "(no code)"
              : closeCode() + " " + new String(payload, 2, payload.length - 2,
                  StandardCharsets.UTF_8)) + "]";
    }
  }
}
