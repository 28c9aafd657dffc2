package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatListener;
import dev.ivschat.testkit.ChatRequest;
import dev.ivschat.testkit.CloseReason;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One chat WebSocket: a thin adapter that gives a {@link ChatConnection} a socket. Frames the
 * engine delivers are written as text frames in order; a close by the engine (a kick, the end of
 * the session, a deleted room) becomes a close frame; a socket the client drops closes the
 * connection. Frames delivered before the handshake has been written wait for it.
 */
final class ChatSocket implements ChatListener {
  /** The JSON of the last frame this thread wrote, shared by every receiver of a broadcast. */
  private static final ThreadLocal<Map<ChatFrame, byte[]>> LAST_TEXT =
      ThreadLocal.withInitial(IdentityHashMap::new);

  private final Channel channel;
  private ChatConnection connection;
  private List<Object> pending = new ArrayList<>();

  ChatSocket(Channel channel) {
    this.channel = channel;
  }

  void attach(ChatConnection connection) {
    this.connection = connection;
  }

  ChatConnection connection() {
    return connection;
  }

  /** The handshake response has been written: send what waited for it. */
  void opened() {
    List<Object> waiting;
    synchronized (this) {
      waiting = pending;
      pending = null;
    }
    for (Object message : waiting) {
      write(message);
    }
  }

  /** A request the client sent. */
  void received(ChatRequest request) {
    if (connection.isOpen()) {
      connection.send(request);
    }
  }

  /** The client's socket is gone. */
  void dropped() {
    ChatConnection c = connection;
    if (c != null && c.isOpen()) {
      c.close();
    }
  }

  @Override
  public void onFrame(ChatFrame frame) {
    Map<ChatFrame, byte[]> cache = LAST_TEXT.get();
    byte[] text = cache.get(frame);
    if (text == null) {
      cache.clear();
      text = Json.write(frame.toWire());
      cache.put(frame, text);
    }
    send(new TextWebSocketFrame(Unpooled.wrappedBuffer(text)));
  }

  @Override
  public void onClose(CloseReason reason) {
    if (reason.kind() == CloseReason.Kind.CLIENT_CLOSED) {
      return;
    }
    send(new CloseWebSocketFrame(reason.kind().closeCode(), closeText(reason.text())));
  }

  /** A close frame's reason is at most 123 bytes of UTF-8. */
  static String closeText(String text) {
    String out = text;
    while (out.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 123) {
      out = out.substring(0, out.offsetByCodePoints(out.length(), -1));
    }
    return out;
  }

  private void send(Object message) {
    synchronized (this) {
      if (pending != null) {
        pending.add(message);
        return;
      }
    }
    write(message);
  }

  private void write(Object message) {
    if (message instanceof CloseWebSocketFrame) {
      channel.writeAndFlush(message).addListener(ChannelFutureListener.CLOSE);
    } else {
      channel.writeAndFlush(message, channel.voidPromise());
    }
  }
}
