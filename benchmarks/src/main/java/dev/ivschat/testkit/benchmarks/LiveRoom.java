package dev.ivschat.testkit.benchmarks;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Room;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fresh fake with one room and its open connections, for the live-chat benchmarks. The clock
 * moves only when told ({@code clockStep} 0), the room takes the most messages a second the
 * service allows, and every token has the longest session, so a benchmark decides when time
 * passes and no connection ends while it runs.
 */
final class LiveRoom {
  /** The most messages a second a room may take: the benchmarks send this many per batch. */
  static final int MESSAGES_PER_SECOND = 100;
  private static final int LONGEST_SESSION_MINUTES = 180;

  final IvsChat ivsChat = new IvsChat(IvsChatConfig.builder()
      .clockStart(Instant.parse("2026-01-01T00:00:00Z")).clockStep(Duration.ZERO).build());
  final Room room;
  final List<ChatConnection> connections = new ArrayList<>();

  LiveRoom(int connectionCount) {
    this(connectionCount, 0);
  }

  /**
   * The room with its connections, after another room with {@code otherRoomConnections} open
   * connections that the benchmarked sends do not reach.
   */
  LiveRoom(int connectionCount, int otherRoomConnections) {
    if (otherRoomConnections > 0) {
      Room other = ivsChat.call(IvsChatRequest.CreateRoom.named("other")).value();
      for (int i = 0; i < otherRoomConnections; i++) {
        connect(other, "other-" + i);
      }
    }
    room = ivsChat.call(new IvsChatRequest.CreateRoom("bench", MESSAGES_PER_SECOND, null, null,
        null, null)).value();
    for (int i = 0; i < connectionCount; i++) {
      connections.add(connect(room, "user-" + i));
    }
  }

  private ChatConnection connect(Room to, String userId) {
    ChatToken token = ivsChat.call(new IvsChatRequest.CreateChatToken(to.arn(), userId,
        List.of("SEND_MESSAGE"), LONGEST_SESSION_MINUTES, Map.of())).value();
    return ivsChat.connect(token.token());
  }

  /**
   * Collects the last iteration's fake before the next is measured, so that (with a young
   * generation larger than an iteration allocates) no collection falls inside a measurement.
   */
  static void collectGarbage() {
    System.gc();
  }

  /** Lets a second pass, so the room's one-second rate window is empty again. */
  void nextSecond() {
    ivsChat.clock().advance(Duration.ofSeconds(1));
  }

  /**
   * Checks, after an iteration, that every send was delivered: every connection is open and no
   * ERROR frame (a 429 from the rate window, say) was sent instead of a message.
   *
   * @param expectedFramesEach frames each connection should hold, or -1 not to check the count
   */
  void checkAllDelivered(long expectedFramesEach) {
    for (ChatConnection c : connections) {
      if (!c.isOpen() || !c.errors().isEmpty()) {
        throw new IllegalStateException(c.id() + " did not receive every frame: open="
            + c.isOpen() + ", errors=" + c.errors());
      }
      if (expectedFramesEach >= 0 && c.received().size() != expectedFramesEach) {
        throw new IllegalStateException(c.id() + " holds " + c.received().size()
            + " frames, expected " + expectedFramesEach);
      }
    }
  }
}
