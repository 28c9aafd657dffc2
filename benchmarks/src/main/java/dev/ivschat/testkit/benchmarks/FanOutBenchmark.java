package dev.ivschat.testkit.benchmarks;

import dev.ivschat.testkit.ChatConnection;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@code SEND_MESSAGE} to a room with {@code connections} open connections (the sender is
 * one of them), so each operation delivers {@code connections} MESSAGE frames. Divide the score
 * by {@code connections} for the cost per delivered frame.
 *
 * <p>Connections keep every frame they receive, so the fake is made afresh before each iteration
 * and iterations are short (200 ms). A room takes at most 100 messages a second, so an invocation
 * sends 100 messages, then moves the fake clock one second on; the score is per message. After
 * each iteration every connection is checked to be open, to hold no ERROR frame and to hold one
 * frame per message sent. The heap is collected before each iteration and the young generation
 * (3 GB) is larger than an iteration allocates, so no collection of the growing frame lists falls
 * inside a measurement.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-Xmn3g", "-XX:+AlwaysPreTouch"})
public class FanOutBenchmark {
  @Param({"10", "100", "1000"})
  public int connections;

  /**
   * Open connections in another room of the same fake, which the sends do not reach: 0, or
   * 10,000 to show that the cost depends on the room's connections only.
   */
  @Param({"0", "10000"})
  public int otherRoomConnections;

  private LiveRoom live;
  private ChatConnection sender;
  private long sent;

  /** Builds a fresh fake with one room and its open connections before each iteration. */
  @Setup(Level.Iteration)
  public void setUp() {
    live = new LiveRoom(connections, otherRoomConnections);
    sender = live.connections.get(0);
    LiveRoom.collectGarbage();
    sent = 0;
  }

  /** Checks that every message reached every connection. */
  @TearDown(Level.Iteration)
  public void checkDelivered() {
    live.checkAllDelivered(sent);
    live.ivsChat.close();
  }

  /** Sends one message a time, 100 to the room's second, then lets the second pass. */
  @Benchmark
  @OperationsPerInvocation(LiveRoom.MESSAGES_PER_SECOND)
  public void sendMessage() {
    for (int i = 0; i < LiveRoom.MESSAGES_PER_SECOND; i++) {
      sender.sendMessage("hello");
    }
    sent += LiveRoom.MESSAGES_PER_SECOND;
    live.nextSecond();
  }
}
