package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.ChatConnectionInfo;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatLogRecord;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.SentEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The read-only resources of one account: its state, sent events, chat connections and their
 * frames, delivered messages, chat log records and message reviews. Each list is a snapshot,
 * oldest first unless the engine orders it otherwise (rooms and logging configurations: newest
 * {@code updateTime} first, as the List operations).
 */
final class ControlReads {
  private ControlReads() {
  }

  static Object state(IvsChat ivsChat) {
    return WireText.members("accountId", ivsChat.config().accountId(),
        "region", ivsChat.config().region(),
        "rooms", map(ivsChat.rooms(), ControlWire::room),
        "loggingConfigurations", map(ivsChat.loggingConfigurations(),
            ControlWire::loggingConfiguration),
        "chatTokens", map(ivsChat.chatTokens(), ControlWire::chatToken));
  }

  static Object events(IvsChat ivsChat, String roomArn) throws ControlException {
    List<SentEvent> events;
    if (roomArn == null) {
      events = ivsChat.sentEvents();
    } else {
      try {
        events = ivsChat.sentEvents(roomArn);
      } catch (IllegalArgumentException e) {
        throw ControlException.notFound("Bad roomArn " + Json.text(roomArn) + ": "
            + e.getMessage());
      }
    }
    return Map.of("events", map(events, ControlWire::sentEvent));
  }

  static Object connections(IvsChat ivsChat) {
    return Map.of("connections", map(ivsChat.connections(), ControlWire::connection));
  }

  static Object frames(IvsChat ivsChat, String connectionId) throws ControlException {
    for (ChatConnectionInfo c : ivsChat.connections()) {
      if (c.id().equals(connectionId)) {
        return Map.of("frames", map(c.received(), ChatFrame::toWire));
      }
    }
    throw ControlException.notFound("No chat connection " + Json.text(connectionId)
        + " on this account (GET .../connections lists them)");
  }

  static Object messages(IvsChat ivsChat) {
    return Map.of("messages", map(ivsChat.chatMessages(), ChatFrame.Message::toWire));
  }

  static Object chatLogs(IvsChat ivsChat, String destination) {
    List<ChatLogRecord> records = destination == null ? ivsChat.chatLogs()
        : ivsChat.chatLog(destination);
    return Map.of("chatLogs", map(records, ControlWire::chatLog));
  }

  static Object reviews(IvsChat ivsChat) {
    return Map.of("messageReviews", map(ivsChat.messageReviews(), ControlWire::review));
  }

  private static <T> List<Object> map(List<T> items, Function<T, ?> view) {
    List<Object> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(view.apply(item));
    }
    return out;
  }
}
