package dev.ivschat.testkit.server.robustness;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A plain TCP connection to the server's loopback port, for bytes no HTTP client would send. */
final class RawConnection implements Closeable {
  /** How long any single read may block: every wait in these tests is bounded. */
  static final int READ_TIMEOUT_MILLIS = 5_000;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  private RawConnection(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new BufferedInputStream(socket.getInputStream());
    this.out = socket.getOutputStream();
  }

  static RawConnection open(int port) {
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
      socket.setSoTimeout(READ_TIMEOUT_MILLIS);
      return new RawConnection(socket);
    } catch (IOException e) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // nothing to close
      }
      throw new UncheckedIOException(e);
    }
  }

  Socket socket() {
    return socket;
  }

  InputStream in() {
    return in;
  }

  RawConnection send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
    return this;
  }

  RawConnection send(String latin1) throws IOException {
    return send(latin1.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Sends each byte in its own TCP segment, parking between them. */
  RawConnection sendSlowly(byte[] bytes, long nanosBetweenBytes) throws IOException {
    for (byte b : bytes) {
      out.write(b);
      out.flush();
      java.util.concurrent.locks.LockSupport.parkNanos(nanosBetweenBytes);
    }
    return this;
  }

  /** Ends what this side sends (TCP FIN) but keeps reading. */
  void shutdownOutput() throws IOException {
    socket.shutdownOutput();
  }

  /** Closes with a TCP reset instead of a FIN. */
  void abort() {
    try {
      socket.setSoLinger(true, 0);
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one HTTP response (status line, headers, a Content-Length body).
   *
   * @return the response
   * @throws IOException on EOF before a whole response, or a timeout
   */
  HttpReply readReply() throws IOException {
    String statusLine = readLine();
    if (statusLine == null) {
      throw new EOFException("The server closed the connection before answering");
    }
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("Not an HTTP status line: " + statusLine);
    }
    int status = Integer.parseInt(parts[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
      int colon = line.indexOf(':');
      headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          k -> new ArrayList<>()).add(line.substring(colon + 1).trim());
    }
    List<String> length = headers.get("content-length");
    byte[] body = new byte[length == null ? 0 : Integer.parseInt(length.get(0))];
    int read = 0;
    while (read < body.length) {
      int n = in.read(body, read, body.length - read);
      if (n < 0) {
        throw new EOFException("The body ended after " + read + " of " + body.length + " bytes");
      }
      read += n;
    }
    return new HttpReply(status, headers, body);
  }

  /**
   * Waits (bounded by the read timeout) for the server to close the connection, skipping
   * whatever it still sends.
   *
   * @return the bytes the server sent before closing
   * @throws SocketTimeoutException when the server keeps the connection open
   */
  byte[] readUntilClosed() throws IOException {
    ByteArrayOutputStream rest = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        rest.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException e) {
      throw e;
    } catch (SocketException e) {
      // A reset is a close too.
    }
    return rest.toByteArray();
  }

  /** True when nothing arrives and the connection stays open for the given time. */
  boolean staysOpenAndSilentFor(int millis) throws IOException {
    socket.setSoTimeout(millis);
    try {
      in.read(); // data or EOF: either way not silent and open
      return false;
    } catch (SocketTimeoutException e) {
      return true;
    } finally {
      socket.setSoTimeout(READ_TIMEOUT_MILLIS);
    }
  }

  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        byte[] bytes = line.toByteArray();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1
            : bytes.length;
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
      }
      line.write(c);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  /** An HTTP response as read off the wire. */
  record HttpReply(int status, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? null : values.get(0);
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return status + " " + headers + " " + bodyText();
    }
  }
}
