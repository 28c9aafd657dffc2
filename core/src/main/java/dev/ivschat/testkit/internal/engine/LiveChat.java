package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatRequest;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.CloseReason;
import dev.ivschat.testkit.ConnectionRefusedException;
import dev.ivschat.testkit.MessageReview;
import dev.ivschat.testkit.ReviewHandler;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

/**
 * The live side of the service: connections, the frames they receive, message reviews and chat
 * logs. Not thread-safe: every method but {@link #drain()} runs under the engine's lock.
 */
final class LiveChat {
  private static final Pattern ID = Pattern.compile("[a-zA-Z0-9]{12}");
  private final State state;
  final List<Connection> connections = new ArrayList<>();
  /** Each room's open connections, oldest first: who a room's frames go to, without a scan. */
  private final Map<String, List<Connection>> openByRoom = new HashMap<>();
  /**
   * No open connection's session ends before this (null: none is open), so a call before it
   * need not look for sessions to end. Opening lowers it; closing may leave it early, which only
   * means one scan that ends nothing.
   */
  private Instant nextSessionEnd;
  private final Set<String> usedTokens = new HashSet<>();
  private final Set<String> frameIds = new HashSet<>();
  private final Map<String, Deque<Instant>> rateWindows = new HashMap<>();
  final List<MessageReview> reviews = new ArrayList<>();
  final ChatLogs logs;
  final List<ChatFrame.Message> messages = new ArrayList<>();
  private final ConcurrentLinkedQueue<Connection> toDrain = new ConcurrentLinkedQueue<>();
  private int sequence;

  LiveChat(State state) {
    this.state = state;
    this.logs = new ChatLogs(state);
  }

  /** A review to run outside the lock, then {@link #finishReview}. */
  record PendingReview(Connection sender, ChatRequest.SendMessage request, String messageId,
      Instant sendTime, ReviewHandler handler, MessageReview.Request payload) {
  }

  void clear() {
    connections.clear();
    openByRoom.clear();
    nextSessionEnd = null;
    usedTokens.clear();
    frameIds.clear();
    rateWindows.clear();
    reviews.clear();
    logs.records.clear();
    messages.clear();
    sequence = 0;
  }

  /** A fresh 12-character id no frame has had. */
  String newFrameId() {
    String id = state.newId(frameIds::contains);
    frameIds.add(id);
    return id;
  }

  Connection open(Object lock, String tokenValue, Instant now) {
    ChatToken token = state.tokens.get(tokenValue);
    if (token == null) {
      throw new ConnectionRefusedException(ConnectionRefusedException.Reason.UNKNOWN_TOKEN,
          "This fake never issued the token");
    }
    if (usedTokens.contains(tokenValue)) {
      throw new ConnectionRefusedException(ConnectionRefusedException.Reason.ALREADY_USED,
          "The token has already opened a connection; each token opens one");
    }
    if (!token.isUsableAt(now)) {
      throw new ConnectionRefusedException(ConnectionRefusedException.Reason.EXPIRED,
          "The token expired at " + token.tokenExpirationTime() + "; the clock reads " + now);
    }
    if (room(token.roomArn()) == null) {
      throw new ConnectionRefusedException(ConnectionRefusedException.Reason.ROOM_GONE,
          "The token's room " + token.roomArn() + " no longer exists");
    }
    usedTokens.add(tokenValue);
    Connection connection = new Connection(lock, "conn-" + (++sequence), token, now);
    connections.add(connection);
    openByRoom.computeIfAbsent(token.roomArn(), k -> new ArrayList<>()).add(connection);
    Instant end = token.sessionExpirationTime();
    if (nextSessionEnd == null || end.isBefore(nextSessionEnd)) {
      nextSessionEnd = end;
    }
    return connection;
  }

  private Room room(String roomArn) {
    String id = state.arns.roomId(roomArn);
    return id == null ? null : state.rooms.get(id);
  }

  /** The room's open connections, oldest first; a live view, not to be held across a close. */
  private List<Connection> openIn(String roomArn) {
    List<Connection> open = openByRoom.get(roomArn);
    return open == null ? List.of() : open;
  }

  private void deliver(Connection c, ChatFrame frame) {
    c.deliver(frame);
    toDrain.add(c);
  }

  void close(Connection c, CloseReason reason, Instant now) {
    if (c.isOpenLocked()) {
      c.close(reason, now);
      List<Connection> open = openByRoom.get(c.token.roomArn());
      open.remove(c);
      if (open.isEmpty()) {
        openByRoom.remove(c.token.roomArn());
      }
      toDrain.add(c);
    }
  }

  void error(Connection c, String requestId, int code, String message) {
    deliver(c, new ChatFrame.Error(newFrameId(), requestId == null ? "" : requestId, code,
        message));
  }

  /** Ends every session whose time is up: ERROR 401 (when set), then the close. */
  void expireSessions(Instant now) {
    if (nextSessionEnd == null || now.isBefore(nextSessionEnd)) {
      return;
    }
    for (Connection c : connections) {
      if (c.isOpenLocked() && !c.token.isSessionAliveAt(now)) {
        if (state.config.sessionExpiryError()) {
          error(c, "", 401, "Unauthorized: the connection has expired");
        }
        close(c, new CloseReason(CloseReason.Kind.SESSION_EXPIRED, "The session expired at "
            + c.token.sessionExpirationTime()), now);
      }
    }
    nextSessionEnd = null;
    for (List<Connection> open : openByRoom.values()) {
      for (Connection c : open) {
        Instant end = c.token.sessionExpirationTime();
        if (nextSessionEnd == null || end.isBefore(nextSessionEnd)) {
          nextSessionEnd = end;
        }
      }
    }
  }

  void closeRoom(String roomArn, Instant now) {
    for (Connection c : List.copyOf(openIn(roomArn))) {
      close(c, new CloseReason(CloseReason.Kind.ROOM_DELETED, "The room was deleted"), now);
    }
  }

  void closeAll(CloseReason reason, Instant now) {
    for (Connection c : connections) {
      close(c, reason, now);
    }
  }

  /** The frame a room's connections receive for an event; the one path of every event. */
  void deliverEvent(SentEvent event, Connection requester, Set<String> skipUsers) {
    Room room = room(event.roomArn());
    List<Connection> open = openIn(event.roomArn());
    if (open.isEmpty() && (room == null || room.loggingConfigurationIdentifiers().isEmpty())) {
      return;
    }
    ChatFrame.Event frame = new ChatFrame.Event(event.id(), "", event.eventName(),
        event.attributes(), event.sendTime());
    String requestId = requester == null ? "" : event.requestId();
    ChatFrame.Event shared = state.config.shareRequestIds() ? frame.withRequestId(requestId)
        : frame;
    for (Connection c : open) {
      if (!skipUsers.contains(c.token.userId())) {
        deliver(c, c == requester ? frame.withRequestId(requestId) : shared);
      }
    }
    logs.log(room, shared);
  }

  /** Closes every connection of a user in a room, with or before the disconnect event. */
  SentEvent kick(CallContext c, String roomArn, String userId, String reason,
      Connection requester) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("UserId", userId);
    if (reason != null) {
      attributes.put("Reason", reason);
    }
    Set<String> skip = state.config.kickedUserReceivesDisconnectEvent() ? Set.of()
        : Set.of(userId);
    SentEvent event = state.publish(c, roomArn, SentEvent.DISCONNECT_USER, attributes,
        requester, skip);
    CloseReason closeReason = new CloseReason(CloseReason.Kind.USER_DISCONNECTED,
        reason == null ? "" : reason);
    for (Connection conn : List.copyOf(openIn(roomArn))) {
      if (conn.token.userId().equals(userId)) {
        close(conn, closeReason, c.now());
      }
    }
    return event;
  }

  /** Handles one request; returns a review to run outside the lock, or null when done. */
  PendingReview handle(Connection conn, ChatRequest request, Instant now) {
    String requestId = request.requestId();
    CallContext c = new CallContext(now, requestId == null ? "" : requestId);
    Room room = room(conn.token.roomArn());
    if (room == null) {
      error(conn, requestId, 404, "Room not found");
      return null;
    }
    if (request instanceof ChatRequest.Unreadable u) {
      error(conn, requestId, 400, u.problem() == null ? "Bad request" : u.problem());
    } else if (request instanceof ChatRequest.SendMessage m) {
      return sendMessage(conn, room, m, now);
    } else if (request instanceof ChatRequest.DeleteMessage d) {
      String problem = d.id() == null ? "Id is required"
          : !ID.matcher(d.id()).matches() ? "Id must be 12 characters [a-zA-Z0-9]"
          : ChatChecks.reason(d.reason());
      if (problem != null) {
        error(conn, requestId, 400, problem);
      } else if (!conn.token.capabilities().contains("DELETE_MESSAGE")) {
        forbidden(conn, requestId, "DELETE_MESSAGE");
      } else {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("MessageId", d.id());
        attributes.put("MessageID", d.id());
        if (d.reason() != null) {
          attributes.put("Reason", d.reason());
        }
        state.publish(c, room.arn(), SentEvent.DELETE_MESSAGE, attributes, conn, Set.of());
      }
    } else if (request instanceof ChatRequest.DisconnectUser u) {
      String problem = ChatChecks.userId(u.userId());
      if (problem == null) {
        problem = ChatChecks.reason(u.reason());
      }
      if (problem != null) {
        error(conn, requestId, 400, problem);
      } else if (!conn.token.capabilities().contains("DISCONNECT_USER")) {
        forbidden(conn, requestId, "DISCONNECT_USER");
      } else {
        kick(c, room.arn(), u.userId(), u.reason(), conn);
      }
    }
    return null;
  }

  private void forbidden(Connection conn, String requestId, String capability) {
    error(conn, requestId, 403, "Forbidden: the token lacks the " + capability + " capability");
  }

  private PendingReview sendMessage(Connection conn, Room room, ChatRequest.SendMessage m,
      Instant now) {
    String requestId = m.requestId();
    String content = ChatChecks.content(m.content(), room);
    String attributes = ChatChecks.attributes(
        state.config.quotas().maxAttributeBytes(), m.attributes());
    if (m.content() == null || (attributes != null && attributes.startsWith("Attributes must"))) {
      error(conn, requestId, 400, m.content() == null ? content : attributes);
      return null;
    }
    if (!conn.token.capabilities().contains("SEND_MESSAGE")) {
      forbidden(conn, requestId, "SEND_MESSAGE");
      return null;
    }
    if (content != null) {
      error(conn, requestId, 400, content);
      return null;
    }
    if (attributes != null) {
      error(conn, requestId, 413, attributes);
      return null;
    }
    Deque<Instant> window = rateWindows.computeIfAbsent(room.arn(), k -> new ArrayDeque<>());
    Instant start = now.minusSeconds(1);
    while (!window.isEmpty() && !window.peekFirst().isAfter(start)) {
      window.pollFirst();
    }
    if (window.size() >= room.maximumMessageRatePerSecond()) {
      error(conn, requestId, 429, "rate limit exceeded");
      return null;
    }
    window.addLast(now);
    String messageId = newFrameId();
    Map<String, String> attrs = m.attributes() == null ? Map.of() : m.attributes();
    if (room.messageReviewHandler().isPresent()) {
      MessageReview.Request payload = new MessageReview.Request(m.content(), messageId,
          room.arn(), attrs, new MessageReview.Sender(conn.token.userId(),
              conn.token.attributes(), "127.0.0.1"));
      return new PendingReview(conn, m, messageId, now, room.messageReviewHandler().get(),
          payload);
    }
    deliverMessage(conn, room, messageId, m.requestId(), m.content(), attrs, now);
    return null;
  }

  private void deliverMessage(Connection sender, Room room, String messageId, String requestId,
      String content, Map<String, String> attributes, Instant sendTime) {
    String own = requestId == null ? "" : requestId;
    ChatFrame.Message frame = new ChatFrame.Message(messageId, own, content, attributes,
        sendTime, new ChatFrame.Sender(sender.token.userId(), sender.token.attributes()));
    ChatFrame.Message shared = state.config.shareRequestIds() ? frame : frame.withRequestId("");
    for (Connection c : openIn(room.arn())) {
      deliver(c, c == sender ? frame : shared);
    }
    messages.add(frame);
    logs.log(room, shared);
  }

  /** Applies a review's answer (or failure) under the lock. */
  void finishReview(PendingReview p, MessageReview.Response response, String failure) {
    Room room = room(p.sender().token.roomArn());
    if (room == null || !p.sender().isOpenLocked()) {
      reviews.add(new MessageReview(p.payload(), response, MessageReview.Outcome.DROPPED,
          room == null ? "The room was deleted" : "The sender's connection closed"));
      return;
    }
    String problem = failure;
    if (problem == null) {
      problem = invalid(response, room);
    }
    String requestId = p.request().requestId();
    if (problem != null) {
      boolean allow = "ALLOW".equals(p.handler().fallbackResult());
      reviews.add(new MessageReview(p.payload(), response, allow
          ? MessageReview.Outcome.FALLBACK_ALLOWED : MessageReview.Outcome.FALLBACK_DENIED,
          problem));
      if (allow) {
        deliverMessage(p.sender(), room, p.messageId(), requestId, p.payload().content(),
            p.payload().attributes(), p.sendTime());
      } else {
        error(p.sender(), requestId, 406, "Message rejected by the room's message review"
            + " handler");
      }
      return;
    }
    if ("DENY".equals(response.reviewResult())) {
      reviews.add(new MessageReview(p.payload(), response, MessageReview.Outcome.DENIED, ""));
      String reason = response.attributes() == null ? null : response.attributes().get("Reason");
      error(p.sender(), requestId, 406, "Message rejected by the room's message review handler"
          + (reason == null ? "" : ": " + reason));
      return;
    }
    Map<String, String> attributes = response.attributes() == null ? Map.of()
        : response.attributes();
    boolean same = response.content().equals(p.payload().content())
        && attributes.equals(p.payload().attributes());
    reviews.add(new MessageReview(p.payload(), response, same ? MessageReview.Outcome.ALLOWED
        : MessageReview.Outcome.REWRITTEN, ""));
    deliverMessage(p.sender(), room, p.messageId(), requestId, response.content(), attributes,
        p.sendTime());
  }

  private String invalid(MessageReview.Response response, Room room) {
    int max = state.config.quotas().maxAttributeBytes();
    if (response == null) {
      return "The handler returned null";
    }
    if ("DENY".equals(response.reviewResult())) {
      return null;
    }
    if (!"ALLOW".equals(response.reviewResult())) {
      return "ReviewResult must be ALLOW or DENY, but was " + response.reviewResult();
    }
    String content = ChatChecks.content(response.content(), room);
    return content != null ? "Invalid answer: " + content
        : ChatChecks.attributes(max, response.attributes()) == null ? null
        : "Invalid answer: " + ChatChecks.attributes(max, response.attributes());
  }

  /** Outside the lock: tells listeners what happened. */
  void drain() {
    Connection c;
    while ((c = toDrain.poll()) != null) {
      if (c.hasOutbox()) {
        c.drain();
      }
    }
  }
}
