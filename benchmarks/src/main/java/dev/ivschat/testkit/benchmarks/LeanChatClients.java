package dev.ivschat.testkit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Chat WebSocket receivers at the least CPU a client can spend: one thread and one selector for
 * all of them, plain NIO sockets (the handshake done by hand, blocking), and a frame reader that
 * only finds each server frame's payload and tells whether it is a MESSAGE. They let the fan-out
 * benchmark show the server's own delivery time apart from what full clients in the same JVM
 * cost on a small machine.
 */
final class LeanChatClients implements AutoCloseable {
  /** Told of each frame a client receives, on the reader thread. */
  interface Receiver {
    void frame(int client, boolean message);
  }

  private static final byte[] MESSAGE = "{\"Type\":\"MESSAGE\"".getBytes(StandardCharsets.US_ASCII);

  private final Selector selector;
  private final List<SocketChannel> channels = new ArrayList<>();
  private final Thread reader;
  private volatile boolean closed;

  LeanChatClients(URI chatEndpoint, List<String> tokens, Receiver receiver) {
    try {
      selector = Selector.open();
      InetSocketAddress address = new InetSocketAddress(chatEndpoint.getHost(),
          chatEndpoint.getPort());
      for (int i = 0; i < tokens.size(); i++) {
        SocketChannel channel = WebSocketMemory.Clients.handshake(address, tokens.get(i));
        channel.configureBlocking(false);
        channel.register(selector, SelectionKey.OP_READ, new Client(i, channel));
        channels.add(channel);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    reader = new Thread(() -> read(receiver), "lean-chat-clients");
    reader.setDaemon(true);
    reader.start();
  }

  /** Sends a SEND_MESSAGE from a client (a masked text frame, as RFC 6455 requires). */
  void sendMessage(int client, String requestId, String content) {
    byte[] payload = ("{\"Action\":\"SEND_MESSAGE\",\"RequestId\":\"" + requestId
        + "\",\"Content\":\"" + content + "\"}").getBytes(StandardCharsets.UTF_8);
    if (payload.length > 125) {
      throw new IllegalArgumentException("the lean client sends short frames only");
    }
    byte[] mask = {0x5a, 0x3c, 0x11, 0x7e};
    ByteBuffer frame = ByteBuffer.allocate(6 + payload.length);
    frame.put((byte) 0x81).put((byte) (0x80 | payload.length)).put(mask);
    for (int i = 0; i < payload.length; i++) {
      frame.put((byte) (payload[i] ^ mask[i & 3]));
    }
    frame.flip();
    try {
      SocketChannel channel = channels.get(client);
      synchronized (channel) {
        while (frame.hasRemaining()) {
          channel.write(frame);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void read(Receiver receiver) {
    try {
      while (!closed) {
        selector.select();
        for (SelectionKey key : selector.selectedKeys()) {
          ((Client) key.attachment()).read(receiver);
        }
        selector.selectedKeys().clear();
      }
    } catch (IOException | RuntimeException e) {
      if (!closed) {
        throw new IllegalStateException("a lean client failed", e);
      }
    }
  }

  /** One socket and the bytes of a frame that has not fully arrived. */
  private static final class Client {
    private final int index;
    private final SocketChannel channel;
    private ByteBuffer in = ByteBuffer.allocate(8192);

    Client(int index, SocketChannel channel) {
      this.index = index;
      this.channel = channel;
    }

    void read(Receiver receiver) throws IOException {
      if (!in.hasRemaining()) {
        in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
      }
      if (channel.read(in) < 0) {
        channel.close();
        return;
      }
      in.flip();
      while (true) {
        int start = in.position();
        if (in.remaining() < 2) {
          break;
        }
        int length = in.get(start + 1) & 0x7f;
        int header = 2;
        if (length == 126) {
          header = 4;
          length = in.remaining() < 4 ? -1 : in.getShort(start + 2) & 0xffff;
        } else if (length == 127) {
          header = 10;
          length = in.remaining() < 10 ? -1 : (int) in.getLong(start + 2);
        }
        if (length < 0 || in.remaining() < header + length) {
          break;
        }
        receiver.frame(index, (in.get(start) & 0x0f) == 1 && startsWith(in, start + header,
            length));
        in.position(start + header + length);
      }
      in.compact();
    }

    private static boolean startsWith(ByteBuffer in, int from, int length) {
      if (length < MESSAGE.length) {
        return false;
      }
      for (int i = 0; i < MESSAGE.length; i++) {
        if (in.get(from + i) != MESSAGE[i]) {
          return false;
        }
      }
      return true;
    }
  }

  @Override
  public void close() {
    closed = true;
    selector.wakeup();
    try {
      reader.join(5_000);
      for (SocketChannel channel : channels) {
        channel.close();
      }
      selector.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
