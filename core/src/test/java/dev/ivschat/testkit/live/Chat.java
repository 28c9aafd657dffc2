package dev.ivschat.testkit.live;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Outcome;
import dev.ivschat.testkit.Room;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A fake with a room, and short ways to issue tokens and connect, for the live-chat tests. */
final class Chat {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final List<String> ALL = List.of("SEND_MESSAGE", "DELETE_MESSAGE", "DISCONNECT_USER");
  static final List<String> SEND = List.of("SEND_MESSAGE");

  final IvsChat ivsChat;
  final Room room;

  Chat() {
    this(IvsChatConfig.builder());
  }

  Chat(IvsChatConfig.Builder config) {
    this(new IvsChat(config.clockStart(START).build()), null);
  }

  Chat(IvsChat ivsChat, IvsChatRequest.CreateRoom createRoom) {
    this.ivsChat = ivsChat;
    this.room = ok(ivsChat.call(createRoom == null ? IvsChatRequest.CreateRoom.named("lobby")
        : createRoom));
  }

  static <R> R ok(Outcome<R> outcome) {
    if (outcome.failed()) {
      throw new AssertionError("call failed: " + outcome.error());
    }
    return outcome.value();
  }

  ChatToken token(String userId, List<String> capabilities) {
    return token(room.arn(), userId, capabilities, Map.of(), null);
  }

  ChatToken token(String roomArn, String userId, List<String> capabilities,
      Map<String, String> attributes, Integer minutes) {
    return ok(ivsChat.call(new IvsChatRequest.CreateChatToken(roomArn, userId, capabilities,
        minutes, attributes)));
  }

  ChatConnection connect(String userId, List<String> capabilities) {
    return ivsChat.connect(token(userId, capabilities).token());
  }

  ChatConnection connect(String userId) {
    return connect(userId, ALL);
  }
}
