package dev.ivschat.testkit.server.internal;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerAdapter;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.Utf8FrameValidator;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP/1.1 and WebSocket server on one port (Netty, shaded into this jar). The I/O threads
 * only parse and write; the application handler runs on worker threads, in order per
 * connection, because an engine call can wait for its lock or for a message review handler.
 */
public final class NettyServer implements AutoCloseable {
  static {
    NettyLogging.install(); // before any Netty class makes its logger
    // Leak tracking samples every 128th buffer of a broadcast for nothing: the server's buffers
    // are released by Netty's own handlers. (The relocated copy is ours; a user's Netty keeps
    // its setting.)
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
  }

  private final EventLoopGroup boss;
  private final EventLoopGroup io;
  private final EventExecutorGroup workers;
  private final ChannelGroup channels = new DefaultChannelGroup("ivschat",
      GlobalEventExecutor.INSTANCE);
  private final Pipelines pipelines = new Pipelines();
  private final Channel serverChannel;
  private final InetSocketAddress address;

  /**
   * Binds and starts serving.
   *
   * @param settings the settings (host, port, limits)
   * @param accounts the accounts
   * @throws java.io.UncheckedIOException when the address cannot be bound
   */
  public NettyServer(ServerSettings settings, Accounts accounts) {
    ServiceApi serviceApi = new ServiceApi(settings, accounts);
    ControlApi controlApi = new ControlApi(settings, accounts);
    boss = new NioEventLoopGroup(1, new DefaultThreadFactory("ivschat-accept", true));
    io = new NioEventLoopGroup(0, new DefaultThreadFactory("ivschat-io", true));
    workers = new DefaultEventExecutorGroup(8, new DefaultThreadFactory("ivschat-worker", true));
    ServerBootstrap bootstrap = new ServerBootstrap()
        .group(boss, io)
        .channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_BACKLOG, 1024)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            channels.add(ch);
            ch.pipeline()
                .addLast("pipelines", pipelines)
                .addLast("http", new HttpServerCodec(8192, 16384, 8192))
                .addLast("aggregate", new HttpObjectAggregator(settings.maxRequestBytes()))
                // After the upgrade: a text message that is not UTF-8 closes with 1007 (the
                // handshaker's decoder does not check it), one over the limit with 1009.
                .addLast("wsutf8", new Utf8FrameValidator(true))
                .addLast("wsaggregate", new ChatMessageAggregator(settings.maxFrameBytes()))
                .addLast(workers, "app",
                    new HttpHandler(settings, accounts, serviceApi, controlApi));
          }
        });
    try {
      serverChannel = bootstrap.bind(settings.host(), settings.port()).syncUninterruptibly()
          .channel();
    } catch (RuntimeException e) {
      shutdown();
      throw new java.io.UncheckedIOException(new java.io.IOException(
          "Cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(),
          e));
    }
    address = (InetSocketAddress) serverChannel.localAddress();
  }

  /** The bound address. */
  public InetSocketAddress address() {
    return address;
  }

  /** How many client connections are open. */
  public int openConnections() {
    return channels.size();
  }

  /** Stops listening, closes every connection and stops the threads. */
  @Override
  public void close() {
    serverChannel.close().syncUninterruptibly();
    channels.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    pipelines.awaitTornDown(TimeUnit.SECONDS.toNanos(5));
    shutdown();
  }

  /**
   * Counts the connections whose pipelines are not yet torn down. A closed connection's
   * teardown (its {@code channelInactive}, which closes its chat connection in the engine, then
   * the removal of each handler) hops between its I/O thread and its worker thread after the
   * close itself has completed; the threads may stop only when every teardown has ended, or
   * its last steps are rejected and, for a chat socket, the engine connection stays open. This
   * handler is first in the pipeline, so it is removed last.
   */
  @ChannelHandler.Sharable
  private static final class Pipelines extends ChannelHandlerAdapter {
    private int live;

    @Override
    public synchronized void handlerAdded(ChannelHandlerContext ctx) {
      live++;
    }

    @Override
    public synchronized void handlerRemoved(ChannelHandlerContext ctx) {
      live--;
      notifyAll();
    }

    synchronized void awaitTornDown(long timeoutNanos) {
      long deadline = System.nanoTime() + timeoutNanos;
      boolean interrupted = false;
      for (long left = timeoutNanos; live > 0 && left > 0; left = deadline - System.nanoTime()) {
        try {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Reassembles a fragmented chat message. The WebSocket decoder already closes the socket with
   * 1009 for one frame over the limit; this does the same for a message whose fragments add up
   * to more (Netty's aggregator would only raise an exception and drop the connection).
   */
  private static final class ChatMessageAggregator extends WebSocketFrameAggregator {
    private final int maxBytes;

    ChatMessageAggregator(int maxBytes) {
      super(maxBytes);
      this.maxBytes = maxBytes;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, WebSocketFrame oversized) {
      ctx.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.MESSAGE_TOO_BIG,
              "Max message length of " + maxBytes + " has been exceeded."))
          .addListener(ChannelFutureListener.CLOSE);
    }
  }

  private void shutdown() {
    boss.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    io.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    workers.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    boss.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
    io.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
    workers.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
  }
}
