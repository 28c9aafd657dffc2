package dev.ivschat.testkit.benchmarks;

import dev.ivschat.testkit.server.IvsChatServer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The local server's cold start: {@code IvsChatServer.start()} in a fresh JVM that has loaded
 * none of its classes, until the port is bound (when {@code Main} prints "listening"), and its
 * {@code close()}. One shot per fork, so the forks' times are the distribution. (The process's
 * own start, some 50 ms for {@code java -version} here, comes on top for {@code java -jar}.)
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(15)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {

  /** Starts a server on a free loopback port and closes it. */
  @Benchmark
  public int startServer() {
    try (IvsChatServer server = IvsChatServer.start()) {
      return server.port();
    }
  }
}
