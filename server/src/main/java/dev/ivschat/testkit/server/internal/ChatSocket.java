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
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One chat WebSocket: a thin adapter that gives a {@link ChatConnection} a socket. Frames the
 * engine delivers are written as text frames in order; a close by the engine (a kick, the end of
 * the session, a deleted room) becomes a close frame; a socket the client drops closes the
 * connection. Frames delivered before the handshake has been written wait for it.
 *
 * <p>Frames wait in the socket's outbox, in the order the engine delivered them, until its I/O
 * thread drains the outbox: writes them all and flushes once. The drain is scheduled by the
 * thread's {@link WriteBatch} when one is open (one task per I/O thread for a broadcast), or by
 * the socket itself.
 */
final class ChatSocket implements ChatListener {
  /** The JSON of the last frame this thread sent, shared by every receiver of a broadcast. */
  private static final ThreadLocal<Sent> LAST = new ThreadLocal<>();

  /** A frame and its JSON. */
  private record Sent(ChatFrame frame, byte[] json) {
  }

  private final Channel channel;
  private ChatConnection connection;
  private List<Object> pending = new ArrayList<>();
  private final ArrayDeque<Object> outbox = new ArrayDeque<>(1); // grows with a backlog
  private boolean scheduled;

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
    boolean schedule;
    synchronized (this) {
      outbox.addAll(pending);
      pending = null;
      schedule = !outbox.isEmpty() && !scheduled;
      scheduled |= schedule;
    }
    if (schedule) {
      channel.eventLoop().execute(this::drain);
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
    Sent last = LAST.get();
    if (last == null || last.frame() != frame) {
      last = new Sent(frame, Json.write(frame.toWire()));
      LAST.set(last);
    }
    send(new TextWebSocketFrame(Unpooled.wrappedBuffer(last.json())));
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
      outbox.add(message);
      if (scheduled) {
        return;
      }
      scheduled = true;
    }
    WriteBatch batch = WriteBatch.current();
    if (batch != null) {
      batch.add(this, channel.eventLoop());
    } else {
      channel.eventLoop().execute(this::drain);
    }
  }

  /** On the socket's I/O thread: writes what waits, in order, and flushes. */
  void drain() {
    Object[] due;
    synchronized (this) {
      due = outbox.toArray();
      outbox.clear();
      scheduled = false;
    }
    for (int i = 0; i < due.length; i++) {
      Object message = due[i];
      if (message instanceof CloseWebSocketFrame) {
        channel.writeAndFlush(message).addListener(ChannelFutureListener.CLOSE);
        for (int j = i + 1; j < due.length; j++) {
          ReferenceCountUtil.release(due[j]);
        }
        return;
      }
      channel.write(message, channel.voidPromise());
    }
    channel.flush();
  }
}
