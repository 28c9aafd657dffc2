package dev.ivschat.testkit.benchmarks;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.Promise;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Chat WebSocket clients on Netty (the unshaded jars, not the server's relocated copy): every
 * client shares one small event loop group, so a thousand clients cost a thousand sockets and
 * pipelines, not a thousand threads. Each client hands the text of every frame it receives to
 * its {@link Receiver} on an event loop thread.
 */
final class ChatClients implements AutoCloseable {
  /** Told of each text frame a client receives. */
  interface Receiver {
    void text(String text);
  }

  private static final int IN_FLIGHT_HANDSHAKES = 100;

  private final EventLoopGroup group;
  private final Bootstrap bootstrap;

  ChatClients(int threads) {
    group = new NioEventLoopGroup(threads, new DefaultThreadFactory("chat-client", true));
    bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
        .option(ChannelOption.TCP_NODELAY, true);
  }

  /**
   * Opens one client per token, at most {@value #IN_FLIGHT_HANDSHAKES} handshakes at a time, and
   * returns them once every handshake has completed.
   */
  List<Channel> openAll(URI chatEndpoint, List<String> tokens, IntFunction<Receiver> receivers) {
    List<Channel> channels = new ArrayList<>(tokens.size());
    List<Promise<Channel>> batch = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      batch.add(open(chatEndpoint, tokens.get(i), receivers.apply(i)));
      if (batch.size() == IN_FLIGHT_HANDSHAKES || i == tokens.size() - 1) {
        for (Promise<Channel> p : batch) {
          if (!p.awaitUninterruptibly(30, TimeUnit.SECONDS) || !p.isSuccess()) {
            throw new IllegalStateException("A chat handshake failed", p.cause());
          }
          channels.add(p.getNow());
        }
        batch.clear();
      }
    }
    return channels;
  }

  /** Starts one client; the promise completes when its handshake has. */
  Promise<Channel> open(URI chatEndpoint, String token, Receiver receiver) {
    Promise<Channel> opened = group.next().newPromise();
    WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
        .webSocketUri(chatEndpoint.resolve("/"))
        .subprotocol(token)
        .handshakeTimeoutMillis(30_000)
        .maxFramePayloadLength(1 << 16)
        .build();
    ChannelFuture connect = bootstrap.clone().handler(new ChannelInitializer<SocketChannel>() {
      @Override
      protected void initChannel(SocketChannel ch) {
        ch.pipeline()
            .addLast(new HttpClientCodec())
            .addLast(new HttpObjectAggregator(1 << 16))
            .addLast(new WebSocketClientProtocolHandler(config))
            .addLast(new SimpleChannelInboundHandler<TextWebSocketFrame>() {
              @Override
              public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
                if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent
                    .HANDSHAKE_COMPLETE) {
                  opened.trySuccess(ctx.channel());
                } else if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent
                    .HANDSHAKE_TIMEOUT) {
                  opened.tryFailure(new IllegalStateException("handshake timed out"));
                }
                ctx.fireUserEventTriggered(evt);
              }

              @Override
              protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
                receiver.text(frame.text());
              }

              @Override
              public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                opened.tryFailure(cause);
                ctx.close();
              }

              @Override
              public void channelInactive(ChannelHandlerContext ctx) {
                opened.tryFailure(new IllegalStateException("closed before the handshake"));
              }
            });
      }
    }).connect(chatEndpoint.getHost(), chatEndpoint.getPort());
    connect.addListener(f -> {
      if (!f.isSuccess()) {
        opened.tryFailure(f.cause());
      }
    });
    return opened;
  }

  /** A SEND_MESSAGE request frame. */
  static TextWebSocketFrame sendMessage(String requestId, String content) {
    return new TextWebSocketFrame("{\"Action\":\"SEND_MESSAGE\",\"RequestId\":\"" + requestId
        + "\",\"Content\":\"" + content + "\"}");
  }

  /** True for a MESSAGE event's text, false for any other frame. */
  static boolean isMessage(String text) {
    return text.contains("\"Type\":\"MESSAGE\"");
  }

  @Override
  public void close() {
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
  }
}
