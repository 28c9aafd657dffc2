package dev.ivschat.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatFrame;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The invariants the stateful property checks after every step. */
final class LiveChatInvariants {
  private LiveChatInvariants() {
  }

  /** The copy every connection sees, so that the requester's copy compares equal to the rest. */
  private static ChatFrame normalized(ChatFrame frame) {
    if (frame instanceof ChatFrame.Message m) {
      return m.withRequestId("");
    }
    if (frame instanceof ChatFrame.Event e) {
      return e.withRequestId("");
    }
    return frame;
  }

  /** One id is one frame: copies of a frame agree, no connection sees an id twice. */
  static void frameIdsAreUnique(LiveChatWorld world) {
    Map<String, ChatFrame> byId = new HashMap<>();
    Set<String> errorIds = new HashSet<>();
    for (ChatConnection c : world.connections) {
      Set<String> seen = new HashSet<>();
      for (ChatFrame frame : c.received()) {
        assertThat(seen.add(frame.id())).as("%s received id %s twice", c, frame.id()).isTrue();
        if (frame instanceof ChatFrame.Error) {
          assertThat(errorIds.add(frame.id())).as("ERROR id %s reused", frame.id()).isTrue();
        }
        ChatFrame earlier = byId.putIfAbsent(frame.id(), normalized(frame));
        if (earlier != null) {
          assertThat(normalized(frame)).as("two frames with id %s", frame.id())
              .isEqualTo(earlier);
        }
      }
    }
  }

  /** A closed connection receives nothing more. */
  static void closedConnectionsReceiveNothing(LiveChatWorld world) {
    for (ChatConnection c : world.connections) {
      if (!c.isOpen()) {
        int now = c.received().size();
        int then = world.framesWhenClosed.computeIfAbsent(c, k -> now);
        assertThat(now).as("frames of %s, closed with %s frames", c, then).isEqualTo(then);
      }
    }
  }

  /** Nothing reaches a connection once its session is over: it is closed, and stays quiet. */
  static void nothingPastTheSessionEnd(LiveChatWorld world) {
    Instant now = world.ivsChat.clock().instant();
    for (ChatConnection c : world.connections) {
      Instant end = c.token().sessionExpirationTime();
      for (ChatFrame frame : c.received()) {
        Instant sent = frame instanceof ChatFrame.Message m ? m.sendTime()
            : frame instanceof ChatFrame.Event e ? e.sendTime() : null;
        if (sent != null) {
          assertThat(sent).as("%s sent to %s", frame, c).isBefore(end);
        }
      }
      if (!now.isBefore(end)) {
        assertThat(c.isOpen()).as("%s open past its session's end %s", c, end).isFalse();
        int frames = c.received().size();
        int then = world.framesWhenSessionEnded.computeIfAbsent(c, k -> frames);
        assertThat(frames).as("frames of %s after its session ended", c).isEqualTo(then);
      }
    }
  }

  /** The open connections of a room saw the same room frames, in order, since each joined. */
  static void openConnectionsOfARoomAgree(LiveChatWorld world) {
    List<ChatConnection> open = world.connections.stream().filter(ChatConnection::isOpen)
        .toList();
    for (int i = 0; i < open.size(); i++) {
      for (int j = i + 1; j < open.size(); j++) {
        ChatConnection earlier = open.get(i);
        ChatConnection later = open.get(j);
        if (earlier.roomArn().equals(later.roomArn())) {
          List<String> a = roomFrameIds(earlier);
          List<String> b = roomFrameIds(later);
          assertThat(b.size()).as("%s joined after %s", later, earlier)
              .isLessThanOrEqualTo(a.size());
          assertThat(a.subList(a.size() - b.size(), a.size()))
              .as("room frames of %s since %s joined", earlier, later).isEqualTo(b);
        }
      }
    }
  }

  private static List<String> roomFrameIds(ChatConnection c) {
    return c.received().stream().filter(f -> !(f instanceof ChatFrame.Error))
        .map(ChatFrame::id).toList();
  }

  /** No room accepted more messages in a second than its rate, nor one longer than its limit. */
  static void roomLimitsHold(LiveChatWorld world) {
    List<LiveChatWorld.Accepted> accepted = world.accepted;
    for (int i = 0; i < accepted.size(); i++) {
      LiveChatWorld.Accepted m = accepted.get(i);
      Instant windowStart = m.sendTime().minusSeconds(1);
      long inWindow = accepted.subList(0, i + 1).stream()
          .filter(o -> o.roomArn().equals(m.roomArn()) && o.sendTime().isAfter(windowStart))
          .count();
      assertThat(inWindow).as("messages in %s in the second up to %s", m.roomArn(),
          m.sendTime()).isLessThanOrEqualTo(m.rate());
      assertThat(m.content().codePointCount(0, m.content().length()))
          .as("length of an accepted message").isLessThanOrEqualTo(m.length());
    }
  }
}
