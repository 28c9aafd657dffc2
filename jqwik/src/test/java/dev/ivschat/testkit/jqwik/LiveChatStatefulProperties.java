package dev.ivschat.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.CloseReason;
import dev.ivschat.testkit.IvsChatRequest;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * Random sequences of chat actions (connect with a fresh token, send, delete, disconnect a user,
 * close) and control-plane calls (SendEvent, DeleteMessage, DisconnectUser, UpdateRoom,
 * CreateRoom, DeleteRoom, clock moves) on one IVS Chat, with the live-chat invariants checked
 * after every step. jqwik shrinks a failing sequence to a minimal one.
 *
 * <p>Actions pick connections and rooms by an index taken modulo what exists when the action
 * runs, so that every shrunk sequence still runs.
 */
@StatisticsReport(StatisticsReportMode.OFF)
class LiveChatStatefulProperties {
  @Property(tries = 100)
  void chat_invariants_hold_after_every_step(@ForAll("chains") ActionChain<LiveChatWorld> chain) {
    LiveChatWorld world = chain
        .withInvariant("frame ids unique", LiveChatInvariants::frameIdsAreUnique)
        .withInvariant("closed receives nothing", LiveChatInvariants::closedConnectionsReceiveNothing)
        .withInvariant("nothing past session end", LiveChatInvariants::nothingPastTheSessionEnd)
        .withInvariant("room frames agree", LiveChatInvariants::openConnectionsOfARoomAgree)
        .withInvariant("room limits hold", LiveChatInvariants::roomLimitsHold)
        .run();
    assertThat(world.rooms).isNotEmpty();
    List<ChatConnection> all = world.connections;
    Statistics.label("accepted a message").collect(!world.accepted.isEmpty());
    Statistics.label("rate limited").collect(all.stream().anyMatch(c -> c.errors().stream()
        .anyMatch(e -> e.errorCode() == 429)));
    Statistics.label("content refused").collect(all.stream().anyMatch(c -> c.errors().stream()
        .anyMatch(e -> e.errorCode() == 400)));
    for (CloseReason.Kind kind : List.of(CloseReason.Kind.SESSION_EXPIRED,
        CloseReason.Kind.USER_DISCONNECTED, CloseReason.Kind.ROOM_DELETED,
        CloseReason.Kind.CLIENT_CLOSED)) {
      Statistics.label(kind.name()).collect(all.stream().anyMatch(c -> c.closeReason()
          .map(CloseReason::kind).filter(kind::equals).isPresent()));
    }
    for (String label : List.of("accepted a message", "rate limited", "content refused",
        "SESSION_EXPIRED", "USER_DISCONNECTED", "ROOM_DELETED", "CLIENT_CLOSED")) {
      Statistics.label(label).coverage(coverage -> coverage.check(true)
          .percentage(p -> p >= 5));
    }
  }

  @Provide
  Arbitrary<ActionChain<LiveChatWorld>> chains() {
    ActionChainArbitrary<LiveChatWorld> chains = ActionChain.startWith(LiveChatWorld::new)
        .withAction(4, action(connect()))
        .withAction(6, action(send()))
        .withAction(1, action(chatDelete()))
        .withAction(1, action(chatDisconnect()))
        .withAction(1, action(close()))
        .withAction(1, action(sendEvent()))
        .withAction(1, action(controlDelete()))
        .withAction(1, action(controlDisconnect()))
        .withAction(1, action(updateRoom()))
        .withAction(1, action(createRoom()))
        .withAction(1, action(deleteRoom()))
        .withAction(3, action(advance()));
    return chains.withMaxTransformations(30);
  }

  private static Action.Independent<LiveChatWorld> action(
      Arbitrary<Transformer<LiveChatWorld>> transformers) {
    return () -> transformers;
  }

  private static Transformer<LiveChatWorld> step(String description,
      Consumer<LiveChatWorld> mutation) {
    return Transformer.mutate(description, mutation);
  }

  private static Arbitrary<Integer> index() {
    return Arbitraries.integers().between(0, 9);
  }

  private static Arbitrary<String> user() {
    return Arbitraries.of(LiveChatWorld.USERS);
  }

  private static Arbitrary<Transformer<LiveChatWorld>> connect() {
    return Combinators.combine(index(), user(), Arbitraries.of(1, 2)).as((room, user, minutes) ->
        step("connect " + user + " to room #" + room + " for " + minutes + " min",
            w -> w.connect(room, user, minutes)));
  }

  /**
   * Contents of 0 to 26 code points of letters, emoji or letter-and-accent pairs: the rooms'
   * lengths lie between 1 and 25, so some are refused. (Two small integers, so shrinking is quick;
   * the variety of {@link IvsChatArbitraries#messageContents(int)} is tested elsewhere.)
   */
  private static Arbitrary<Transformer<LiveChatWorld>> send() {
    Arbitrary<String> contents = Combinators.combine(Arbitraries.integers().between(0, 26),
        Arbitraries.of("a", "\uD83D\uDE00", "e\u0301")).as((length, unit) -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < length; i++) {
            sb.appendCodePoint(unit.codePointAt(unit.offsetByCodePoints(0,
                i % unit.codePointCount(0, unit.length()))));
          }
          return sb.toString();
        });
    return Combinators.combine(index(), contents).as((c, content) ->
        step("connection #" + c + " sends '" + content + "'", w -> w.send(c, content)));
  }

  private static Arbitrary<Transformer<LiveChatWorld>> chatDelete() {
    return Combinators.combine(index(), index()).as((c, m) ->
        step("connection #" + c + " deletes message #" + m, w -> {
          ChatConnection conn = w.connection(c);
          if (conn != null) {
            conn.deleteMessage(w.messageId(m), "spam");
          }
        }));
  }

  private static Arbitrary<Transformer<LiveChatWorld>> chatDisconnect() {
    return Combinators.combine(index(), user()).as((c, user) ->
        step("connection #" + c + " disconnects " + user, w -> {
          ChatConnection conn = w.connection(c);
          if (conn != null) {
            conn.disconnectUser(user, "rude");
          }
        }));
  }

  private static Arbitrary<Transformer<LiveChatWorld>> close() {
    return index().map(c -> step("connection #" + c + " closes", w -> {
      ChatConnection conn = w.connection(c);
      if (conn != null) {
        conn.close();
      }
    }));
  }

  private static Arbitrary<Transformer<LiveChatWorld>> sendEvent() {
    return Combinators.combine(index(), Arbitraries.of("poll", "typing", "announce"))
        .as((r, name) -> step("SendEvent '" + name + "' to room #" + r, w ->
            w.ivsChat.call(new IvsChatRequest.SendEvent(w.room(r), name, null))));
  }

  private static Arbitrary<Transformer<LiveChatWorld>> controlDelete() {
    return Combinators.combine(index(), index()).as((r, m) ->
        step("DeleteMessage #" + m + " in room #" + r, w ->
            w.ivsChat.call(new IvsChatRequest.DeleteMessage(w.room(r), w.messageId(m), null))));
  }

  private static Arbitrary<Transformer<LiveChatWorld>> controlDisconnect() {
    return Combinators.combine(index(), user()).as((r, user) ->
        step("DisconnectUser " + user + " in room #" + r, w ->
            w.ivsChat.call(new IvsChatRequest.DisconnectUser(w.room(r), user, null))));
  }

  private static Arbitrary<Transformer<LiveChatWorld>> updateRoom() {
    return Combinators.combine(index(), Arbitraries.integers().between(1, 3),
        Arbitraries.integers().between(1, 25)).as((r, rate, length) ->
            step("UpdateRoom #" + r + " to rate " + rate + ", length " + length,
                w -> w.updateRoom(r, rate, length)));
  }

  private static Arbitrary<Transformer<LiveChatWorld>> createRoom() {
    return Combinators.combine(Arbitraries.integers().between(1, 3),
        Arbitraries.integers().between(1, 25)).as((rate, length) ->
            step("CreateRoom with rate " + rate + ", length " + length,
                w -> w.createRoom(rate, length)));
  }

  private static Arbitrary<Transformer<LiveChatWorld>> deleteRoom() {
    return index().map(r -> step("DeleteRoom #" + r, w ->
        w.ivsChat.call(new IvsChatRequest.DeleteRoom(w.room(r)))));
  }

  private static Arbitrary<Transformer<LiveChatWorld>> advance() {
    Arbitrary<Duration> amounts = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.longs().between(0, 1500).map(Duration::ofMillis)),
        Tuple.of(1, Arbitraries.longs().between(20, 130).map(Duration::ofSeconds)));
    return amounts.map(d -> step("clock moves " + d, w -> w.advance(d)));
  }

  /** The invariants are not vacuous: a chain that breaks one fails with a shrunk sequence. */
  @Example
  void the_invariants_catch_a_broken_world() {
    LiveChatWorld world = new LiveChatWorld();
    world.connect(0, "ana", 1);
    world.connect(0, "ben", 1);
    world.send(0, "hi");
    world.connections.get(0).close();
    LiveChatInvariants.closedConnectionsReceiveNothing(world);
    world.framesWhenClosed.put(world.connections.get(0), 0);
    assertThatThrownBy(
        () -> LiveChatInvariants.closedConnectionsReceiveNothing(world))
        .isInstanceOf(AssertionError.class);
    world.accepted.add(world.accepted.get(0));
    world.accepted.add(world.accepted.get(0));
    assertThatThrownBy(
        () -> LiveChatInvariants.roomLimitsHold(world)).isInstanceOf(AssertionError.class);
  }
}
