package dev.ivschat.testkit.benchmarks;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.IvsChatRequest;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * On a room with two open connections of the same fake, in the same run: a connection's
 * {@code SEND_MESSAGE} against the control plane's {@code SendEvent} (through {@code IvsChat},
 * the engine's own door, no SDK). Each delivers one frame to each connection.
 *
 * <p>Both are sent in batches of 100 with the fake clock moved one second on after each batch
 * (the room's rate limit is 100 messages a second; SendEvent has none by default, but is batched
 * the same way so both measure the same loop). The fake is made afresh, and the heap collected,
 * before each iteration.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-Xmn3g", "-XX:+AlwaysPreTouch"})
public class SendVsEventBenchmark {
  private LiveRoom live;
  private ChatConnection sender;
  private IvsChatRequest.SendEvent sendEvent;

  /** Builds a fresh fake with a two-connection room before each iteration. */
  @Setup(Level.Iteration)
  public void setUp() {
    live = new LiveRoom(2);
    sender = live.connections.get(0);
    LiveRoom.collectGarbage();
    sendEvent = new IvsChatRequest.SendEvent(live.room.arn(), "app:announce",
        Map.of("text", "Stream starts in 5 minutes"));
  }

  /** Checks that every send reached both connections. */
  @TearDown(Level.Iteration)
  public void checkDelivered() {
    live.checkAllDelivered(-1);
    live.ivsChat.close();
  }

  /** A connection's SEND_MESSAGE, 100 to the room's second. */
  @Benchmark
  @OperationsPerInvocation(LiveRoom.MESSAGES_PER_SECOND)
  public void chatSendMessage() {
    for (int i = 0; i < LiveRoom.MESSAGES_PER_SECOND; i++) {
      sender.sendMessage("hello");
    }
    live.nextSecond();
  }

  /**
   * The control plane's SendEvent to the same room, batched the same way.
   *
   * @return the last outcome
   */
  @Benchmark
  @OperationsPerInvocation(LiveRoom.MESSAGES_PER_SECOND)
  public Object controlSendEvent() {
    Object last = null;
    for (int i = 0; i < LiveRoom.MESSAGES_PER_SECOND; i++) {
      last = live.ivsChat.call(sendEvent);
    }
    live.nextSecond();
    return last;
  }
}
