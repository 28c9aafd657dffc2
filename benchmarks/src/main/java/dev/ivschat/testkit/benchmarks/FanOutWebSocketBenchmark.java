package dev.ivschat.testkit.benchmarks;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.server.IvsChatServer;
import io.netty.channel.Channel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The chat WebSocket fan-out of the local {@link IvsChatServer} over loopback, with Netty
 * WebSocket clients in the same JVM (two client event loop threads for all of them).
 *
 * <ul>
 *   <li>{@code lastDelivery} ({@code SampleTime}): {@value #RECEIVERS} clients in one room; the
 *       first sends one SEND_MESSAGE; an operation ends when the last of the
 *       {@value #RECEIVERS} (the sender's own copy included) has the MESSAGE. JMH's percentiles
 *       are the p50 and p99 time to the last client.</li>
 *   <li>{@code hundredSenders} ({@code Throughput}): {@value #RECEIVERS} receiving clients and
 *       {@value #SENDERS} sending clients in one room; every sender sends one message at once
 *       and the operation ends when every receiver has all {@value #SENDERS}. The score counts
 *       messages delivered to the receivers per second (the senders also get each message: 10%
 *       more frames that the score leaves out).</li>
 *   <li>{@code lastDeliveryLeanClients}: {@code lastDelivery} with {@link LeanChatClients} as
 *       the {@value #RECEIVERS} clients, so that the clients' own CPU weighs less on the
 *       result.</li>
 * </ul>
 *
 * <p>A room takes at most 100 messages a second. The server's fake clock moves only by its
 * clock step, set to 20 ms a chat action, so 100 messages span 2 fake seconds and the rate
 * limit never answers 429; any ERROR frame fails the run.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class FanOutWebSocketBenchmark {
  static final int RECEIVERS = 1_000;
  static final int SENDERS = 100;
  private static final String ACCESS_KEY = "AKIDBENCHMARK0000000";
  private static final int LONGEST_SESSION_MINUTES = 180;
  private static final long WAIT_SECONDS = 30;

  /** A server with one room and its connected clients. */
  abstract static class LiveServer {
    IvsChatServer server;
    ChatClients clients;
    volatile CountDownLatch delivered = new CountDownLatch(0);
    final AtomicReference<String> error = new AtomicReference<>();
    long requests;

    List<String> tokens(int count, boolean counted) {
      IvsChat ivsChat = server.account(ACCESS_KEY);
      Room room = ivsChat.rooms().get(0);
      List<String> tokens = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        tokens.add(ivsChat.call(new IvsChatRequest.CreateChatToken(room.arn(),
            (counted ? "viewer-" : "sender-") + i, List.of("SEND_MESSAGE"),
            LONGEST_SESSION_MINUTES, Map.of())).value().token());
      }
      return tokens;
    }

    List<Channel> open(int count, boolean counted) {
      List<String> tokens = tokens(count, counted);
      return clients.openAll(server.chatEndpoint(), tokens, i -> text -> {
        if (ChatClients.isMessage(text)) {
          if (counted) {
            delivered.countDown();
          }
        } else {
          error.compareAndSet(null, text);
        }
      });
    }

    void start() {
      server = IvsChatServer.builder().clockStep(Duration.ofMillis(20)).journalLimit(1_000)
          .start();
      server.account(ACCESS_KEY).call(new IvsChatRequest.CreateRoom("fanout", 100, null, null,
          null, null));
      clients = new ChatClients(2);
    }

    /** Waits for the latch, failing on an ERROR frame or a lost message. */
    void await(CountDownLatch latch) throws InterruptedException {
      if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException(latch.getCount() + " deliveries missing; first other "
            + "frame: " + error.get());
      }
      if (error.get() != null) {
        throw new IllegalStateException("A client received " + error.get());
      }
    }

    @TearDown
    public void stop() {
      clients.close();
      server.close();
    }
  }

  /** {@value #RECEIVERS} clients; the first one sends. */
  @State(Scope.Benchmark)
  public static class OneSender extends LiveServer {
    List<Channel> room;

    @Setup
    public void setUp() {
      start();
      room = open(RECEIVERS, true);
    }
  }

  /** {@value #RECEIVERS} receivers and {@value #SENDERS} senders. */
  @State(Scope.Benchmark)
  public static class ManySenders extends LiveServer {
    List<Channel> senders;

    @Setup
    public void setUp() {
      start();
      open(RECEIVERS, true);
      senders = open(SENDERS, false);
    }
  }

  /** {@value #RECEIVERS} lean NIO clients on one thread ({@link LeanChatClients}). */
  @State(Scope.Benchmark)
  public static class OneSenderLean extends LiveServer {
    LeanChatClients lean;

    @Setup
    public void setUp() {
      start();
      lean = new LeanChatClients(server.chatEndpoint(), tokens(RECEIVERS, true),
          (client, message) -> {
            if (message) {
              delivered.countDown();
            } else {
              error.compareAndSet(null, "a frame that is not a MESSAGE, to client " + client);
            }
          });
    }

    @TearDown
    public void closeLean() {
      lean.close();
    }
  }

  /**
   * As {@link #lastDelivery}, with lean receivers: the server's own fan-out time, with far less
   * client CPU competing for the machine's cores.
   */
  @Benchmark
  public void lastDeliveryLeanClients(OneSenderLean s) throws InterruptedException {
    CountDownLatch latch = new CountDownLatch(RECEIVERS);
    s.delivered = latch;
    s.lean.sendMessage(0, "r" + s.requests++, "hello");
    s.await(latch);
  }

  /** One message from one client until the last of the room's clients has it. */
  @Benchmark
  public void lastDelivery(OneSender s) throws InterruptedException {
    CountDownLatch latch = new CountDownLatch(RECEIVERS);
    s.delivered = latch;
    s.room.get(0).writeAndFlush(ChatClients.sendMessage("r" + s.requests++, "hello"));
    s.await(latch);
  }

  /** One message from each of the senders at once, until every receiver has them all. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(SENDERS * RECEIVERS)
  public void hundredSenders(ManySenders s) throws InterruptedException {
    CountDownLatch latch = new CountDownLatch(SENDERS * RECEIVERS);
    s.delivered = latch;
    for (Channel sender : s.senders) {
      sender.writeAndFlush(ChatClients.sendMessage("r" + s.requests++, "hello"));
    }
    s.await(latch);
  }
}
