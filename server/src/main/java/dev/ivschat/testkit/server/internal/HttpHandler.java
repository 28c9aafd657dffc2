package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatRequest;
import dev.ivschat.testkit.ConnectionRefusedException;
import dev.ivschat.testkit.IvsChat;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.MessageAggregationException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One connection's application handler (on the server's worker threads, in order per
 * connection): HTTP requests go to the control API or the IVS Chat API; a WebSocket upgrade on
 * any other path opens a chat connection with the token it carries as its only subprotocol.
 */
final class HttpHandler extends ChannelInboundHandlerAdapter {
  static final String CONTROL_PREFIX = "/_ivschat";

  private final ServerSettings settings;
  private final Accounts accounts;
  private final ServiceApi serviceApi;
  private final ControlApi controlApi;
  private ChatSocket socket;
  /** A close frame has been sent or answered on this chat socket: nothing more is read. */
  private boolean closing;

  HttpHandler(ServerSettings settings, Accounts accounts, ServiceApi serviceApi,
      ControlApi controlApi) {
    this.settings = settings;
    this.accounts = accounts;
    this.serviceApi = serviceApi;
    this.controlApi = controlApi;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    try {
      if (msg instanceof FullHttpRequest request) {
        http(ctx, request);
      } else if (msg instanceof WebSocketFrame frame) {
        // what a request sends to its room's sockets is scheduled once it has been handled
        WriteBatch.around(() -> frame(ctx, frame));
      }
    } finally {
      ReferenceCountUtil.release(msg);
    }
  }

  private void http(ChannelHandlerContext ctx, FullHttpRequest request) {
    if (!request.decoderResult().isSuccess()) {
      Throwable cause = request.decoderResult().cause();
      int status = cause instanceof TooLongHttpLineException ? 414
          : cause instanceof TooLongFrameException ? 431 : 400;
      send(ctx, request, WireResponse.text(status, "Bad request: " + cause.getMessage()), false);
      return;
    }
    if (request.protocolVersion().majorVersion() != 1) {
      send(ctx, request, WireResponse.text(505, "HTTP version not supported: "
          + request.protocolVersion() + " (this server speaks HTTP/1.1)"), false);
      return;
    }
    String uri = request.uri();
    int q = uri.indexOf('?');
    String rawPath = q < 0 ? uri : uri.substring(0, q);
    String rawQuery = q < 0 ? null : uri.substring(q + 1);
    if (!rawPath.startsWith("/")) {
      send(ctx, request, WireResponse.text(400, "Bad request: the target must be a path"), false);
      return;
    }
    boolean control = rawPath.equals(CONTROL_PREFIX) || rawPath.startsWith(CONTROL_PREFIX + "/");
    if (!control && isUpgrade(request)) {
      upgrade(ctx, request);
      return;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (Map.Entry<String, String> h : request.headers()) {
      headers.computeIfAbsent(h.getKey().toLowerCase(java.util.Locale.ROOT),
          k -> new ArrayList<>()).add(h.getValue());
    }
    WireRequest wire = new WireRequest(request.method().name(), rawPath, rawQuery, headers,
        ByteBufUtil.getBytes(request.content()));
    WireResponse response;
    try {
      // a SendEvent, DeleteMessage or DeleteRoom reaches its room's sockets as one batch
      response = WriteBatch.around(() -> control ? controlApi.handle(wire)
          : serviceApi.handle(wire));
    } catch (RuntimeException e) {
      response = ErrorResponses.of(ErrorResponses.plain("InternalServerException", 500,
          "The server failed: " + e), java.util.UUID.randomUUID().toString());
    }
    send(ctx, request, response, HttpUtil.isKeepAlive(request));
  }

  private static boolean isUpgrade(FullHttpRequest request) {
    return request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET,
        true);
  }

  /**
   * A chat handshake. The request's shape is checked first (version 13, GET, a key), so that a
   * handshake that cannot succeed never uses up its token; then the token, the only subprotocol,
   * opens the engine connection, and the 101 echoes it.
   */
  private void upgrade(ChannelHandlerContext ctx, FullHttpRequest request) {
    String version = request.headers().get(HttpHeaderNames.SEC_WEBSOCKET_VERSION);
    WebSocketServerHandshaker candidate = version == null ? null
        : new WebSocketServerHandshakerFactory(
            "ws://" + request.headers().get(HttpHeaderNames.HOST, "localhost") + request.uri(),
            "*",
            WebSocketDecoderConfig.newBuilder()
                .maxFramePayloadLength(settings.maxFrameBytes())
                .allowExtensions(false)
                // violations reach exceptionCaught, which answers with the close frame; UTF-8
                // is checked on each whole text message in frame()
                .closeOnProtocolViolation(false)
                .withUTF8Validator(false)
                .build())
            .newHandshaker(request);
    if (candidate == null) {
      // no version, or one other than 13 (and the drafts 7 and 8 Netty also speaks): 426
      WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel())
          .addListener(ChannelFutureListener.CLOSE);
      return;
    }
    String key = request.headers().get(HttpHeaderNames.SEC_WEBSOCKET_KEY);
    if (!HttpMethod.GET.equals(request.method()) || key == null || key.isBlank()) {
      send(ctx, request, WireResponse.text(400, "Bad request: a WebSocket handshake is a GET"
          + " with Sec-WebSocket-Key"), false);
      return;
    }
    String token = request.headers().get(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL);
    if (token == null || token.isBlank() || token.indexOf(',') >= 0) {
      refuse(ctx, request, 401, token == null || token.isBlank()
          ? "The chat token is missing: send it as the only WebSocket subprotocol"
          : "Send the chat token as the only WebSocket subprotocol");
      return;
    }
    token = token.trim();
    Optional<IvsChat> account = accounts.byToken(token);
    ChatSocket chat = new ChatSocket(ctx.channel());
    ChatConnection connection;
    try {
      if (account.isEmpty()) {
        throw new ConnectionRefusedException(ConnectionRefusedException.Reason.UNKNOWN_TOKEN,
            "The chat token is not valid");
      }
      connection = account.get().connect(token, chat);
    } catch (ConnectionRefusedException e) {
      refuse(ctx, request, e.reason().httpStatus(), e.getMessage());
      return;
    } catch (IllegalStateException e) {
      refuse(ctx, request, 403, e.getMessage());
      return;
    }
    chat.attach(connection);
    this.socket = chat;
    try {
      candidate.handshake(ctx.channel(), request).addListener(future -> {
        if (future.isSuccess()) {
          chat.opened();
        } else {
          chat.dropped();
          ctx.close();
        }
      });
    } catch (RuntimeException e) {
      // Netty found the request unusable after all; the connection it opened ends with it
      this.socket = null;
      chat.dropped();
      send(ctx, request, WireResponse.text(400, "Bad request: " + e.getMessage()), false);
    }
  }

  /** Refuses a chat handshake: the status, unless the server answers every refusal with one. */
  private void refuse(ChannelHandlerContext ctx, FullHttpRequest request, int status,
      String message) {
    int answer = settings.handshakeRefusalStatus() != null
        ? settings.handshakeRefusalStatus() : status;
    send(ctx, request, WireResponse.json(answer, Map.of("message", message), null), false);
  }

  private void frame(ChannelHandlerContext ctx, WebSocketFrame frame) {
    if (socket == null || closing) {
      return;
    }
    if (frame instanceof TextWebSocketFrame text) {
      // the pipeline's Utf8FrameValidator has closed with 1007 any message that is not UTF-8
      socket.received(ChatFrames.read(text.text()));
    } else if (frame instanceof BinaryWebSocketFrame) {
      socket.received(new ChatRequest.Unreadable(null,
          "Binary frames are not read: send each request as a UTF-8 text frame"));
    } else if (frame instanceof PingWebSocketFrame) {
      ctx.writeAndFlush(new PongWebSocketFrame(frame.content().retain()));
    } else if (frame instanceof CloseWebSocketFrame close) {
      closedByClient(ctx, close);
    } else if (!(frame instanceof PongWebSocketFrame)) {
      socket.received(new ChatRequest.Unreadable(null, "Unexpected frame"));
    }
  }

  /**
   * The client started the closing handshake: the engine connection closes first (so that no
   * frame follows), then the close frame is answered with the same code (an empty one with an
   * empty one, 1002 for a code that may not be sent) and the TCP connection closes.
   */
  private void closedByClient(ChannelHandlerContext ctx, CloseWebSocketFrame close) {
    closing = true;
    socket.dropped();
    int length = close.content().readableBytes();
    CloseWebSocketFrame reply;
    if (length == 0) {
      reply = new CloseWebSocketFrame();
    } else if (length == 1 || !WebSocketCloseStatus.isValidStatusCode(close.statusCode())
        || WireText.strictUtf8(close.content().nioBuffer(close.content().readerIndex() + 2,
            length - 2))
            == null) {
      reply = new CloseWebSocketFrame(WebSocketCloseStatus.PROTOCOL_ERROR);
    } else {
      reply = new CloseWebSocketFrame(close.statusCode(), "");
    }
    ctx.channel().writeAndFlush(reply).addListener(ChannelFutureListener.CLOSE);
  }

  /** Ends a chat socket the client broke: the engine connection closes, then a close frame. */
  private void fail(ChannelHandlerContext ctx, WebSocketCloseStatus status, String reason) {
    if (closing) {
      return;
    }
    closing = true;
    socket.dropped();
    if (ctx.channel().isActive()) {
      ctx.channel().writeAndFlush(new CloseWebSocketFrame(status.code(),
          ChatSocket.closeText(reason == null ? status.reasonText() : reason)))
          .addListener(ChannelFutureListener.CLOSE);
    } else {
      ctx.close();
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (socket != null) {
      socket.dropped();
    }
    ctx.fireChannelInactive();
  }

  /**
   * On a chat socket, what the WebSocket decoder or the frame aggregator rejects (a protocol
   * violation, a frame or message over {@code maxFrameBytes}) ends the socket with a close frame
   * carrying the matching code (1002, 1009); anything else closes the connection.
   */
  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (socket == null) {
      ctx.close();
    } else if (cause instanceof CorruptedWebSocketFrameException corrupted) {
      fail(ctx, corrupted.closeStatus(), corrupted.getMessage());
    } else if (cause instanceof TooLongFrameException) {
      fail(ctx, WebSocketCloseStatus.MESSAGE_TOO_BIG, "The message is over the frame limit");
    } else if (cause instanceof CorruptedFrameException
        || cause instanceof MessageAggregationException) {
      fail(ctx, WebSocketCloseStatus.PROTOCOL_ERROR, cause.getMessage());
    } else {
      fail(ctx, WebSocketCloseStatus.INTERNAL_SERVER_ERROR, "The server failed");
    }
  }

  private void send(ChannelHandlerContext ctx, FullHttpRequest request,
      WireResponse wire, boolean keepAlive) {
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
        HttpResponseStatus.valueOf(wire.status()), Unpooled.wrappedBuffer(wire.body()));
    wire.headers().forEach((name, value) -> response.headers().set(name, value));
    // the wall clock SigV4 is checked against: a client corrects its skew from it
    response.headers().set(HttpHeaderNames.DATE,
        DateFormatter.format(Date.from(settings.wallClock().instant())));
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, wire.body().length);
    if (keepAlive) {
      if (!request.protocolVersion().isKeepAliveDefault()) {
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
      }
      ctx.writeAndFlush(response, ctx.voidPromise());
    } else {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
  }
}
