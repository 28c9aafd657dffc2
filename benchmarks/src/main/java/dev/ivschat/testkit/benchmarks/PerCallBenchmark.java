package dev.ivschat.testkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one call on the fake against a Mockito stub returning canned results, in the same
 * run, for both SDKs: {@code sdk=v1} ({@code Amazonivschat}) or {@code sdk=v2}
 * ({@code IvschatClient}), and {@code target=fake} or {@code target=mockito}.
 *
 * <p>Both record every call (the fake in its journal, Mockito for verification), so state is made
 * afresh before each iteration, with 50 rooms. The fake's room quota is lifted so CreateRoom can
 * run unbounded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class PerCallBenchmark {
  @Param({"v1", "v2"})
  public String sdk;

  @Param({"fake", "mockito"})
  public String target;

  private Calls calls;

  /** Builds a fresh target with 50 rooms before each iteration. */
  @Setup(Level.Iteration)
  public void setUp() {
    boolean fake = "fake".equals(target);
    calls = "v1".equals(sdk) ? new V1Calls(fake) : new V2Calls(fake);
  }

  /**
   * CreateRoom with a name, a limit and a tag.
   *
   * @return the result
   */
  @Benchmark
  public Object createRoom() {
    return calls.createRoom();
  }

  /**
   * GetRoom of an existing room.
   *
   * @return the result
   */
  @Benchmark
  public Object getRoom() {
    return calls.getRoom();
  }

  /**
   * SendEvent with one attribute.
   *
   * @return the result
   */
  @Benchmark
  public Object sendEvent() {
    return calls.sendEvent();
  }

  /**
   * One 50-room page of ListRooms.
   *
   * @return the result
   */
  @Benchmark
  public Object listRoomsPage() {
    return calls.listRoomsPage();
  }
}
