package dev.ivschat.testkit.jqwik;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.ConnectionRefusedException;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Outcome;
import dev.ivschat.testkit.Room;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of the stateful property: one IVS Chat driven through the neutral handle, the
 * connections it opened, and what the test itself knows (the limits it set on each room, the
 * messages the fake accepted) to check the fake against.
 */
final class LiveChatWorld {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final List<String> USERS = List.of("ana", "ben", "cy");
  static final List<String> ALL = List.of("SEND_MESSAGE", "DELETE_MESSAGE", "DISCONNECT_USER");

  /** A message the fake accepted, with the room's limits when it was sent. */
  record Accepted(String roomArn, Instant sendTime, int rate, int length, String content) {
  }

  /** The limits the test last set on a room. */
  record Limits(int rate, int length) {
  }

  final IvsChat ivsChat = new IvsChat(IvsChatConfig.builder().clockStart(START).build());
  final List<String> rooms = new ArrayList<>();
  final Map<String, Limits> limits = new HashMap<>();
  final List<ChatConnection> connections = new ArrayList<>();
  final List<Accepted> accepted = new ArrayList<>();
  /** How many frames a connection had when it was first seen closed. */
  final Map<ChatConnection, Integer> framesWhenClosed = new HashMap<>();
  /** How many frames a connection had when its session was first seen over. */
  final Map<ChatConnection, Integer> framesWhenSessionEnded = new HashMap<>();

  LiveChatWorld() {
    createRoom(2, 20);
    createRoom(1, 5);
  }

  void createRoom(int rate, int length) {
    Room room = ivsChat.call(new IvsChatRequest.CreateRoom(null, rate, length, null, null, null))
        .value();
    rooms.add(room.arn());
    limits.put(room.arn(), new Limits(rate, length));
  }

  String room(int index) {
    return rooms.get(index % rooms.size());
  }

  ChatConnection connection(int index) {
    return connections.isEmpty() ? null : connections.get(index % connections.size());
  }

  /** Issues a fresh token and connects with it; a deleted room refuses (no token or no room). */
  void connect(int roomIndex, String userId, int minutes) {
    Outcome<ChatToken> token = ivsChat.call(
        new IvsChatRequest.CreateChatToken(room(roomIndex), userId, ALL, minutes, null));
    if (token.failed()) {
      return;
    }
    try {
      connections.add(ivsChat.connect(token.value().token()));
    } catch (ConnectionRefusedException refused) {
      // the room went between the token and the handshake: nothing opened
    }
  }

  void send(int connectionIndex, String content) {
    ChatConnection c = connection(connectionIndex);
    if (c == null) {
      return;
    }
    int before = c.messages().size();
    Limits inForce = limits.get(c.roomArn());
    c.sendMessage(content);
    List<ChatFrame.Message> after = c.messages();
    if (after.size() > before) {
      ChatFrame.Message own = after.get(after.size() - 1);
      accepted.add(new Accepted(c.roomArn(), own.sendTime(), inForce.rate(), inForce.length(),
          own.content()));
    }
  }

  /** A message id some connection received, or a made-up one when there is none. */
  String messageId(int index) {
    List<String> ids = connections.stream().flatMap(c -> c.messages().stream())
        .map(ChatFrame.Message::id).distinct().toList();
    return ids.isEmpty() ? "AAAAAAAAAAAA" : ids.get(index % ids.size());
  }

  void updateRoom(int roomIndex, int rate, int length) {
    String arn = room(roomIndex);
    if (!ivsChat.call(new IvsChatRequest.UpdateRoom(arn, null, rate, length, null, null))
        .failed()) {
      limits.put(arn, new Limits(rate, length));
    }
  }

  void advance(Duration amount) {
    ivsChat.clock().advance(amount);
  }

  @Override
  public String toString() {
    return "LiveChatWorld[" + rooms.size() + " rooms, " + connections.size() + " connections]";
  }
}
