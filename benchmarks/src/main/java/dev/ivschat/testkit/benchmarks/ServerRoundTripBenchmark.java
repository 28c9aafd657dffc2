package dev.ivschat.testkit.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.Options;
import dev.ivschat.testkit.server.IvsChatServer;
import java.net.URI;
import java.util.Map;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.CreateRoomRequest;
import software.amazon.awssdk.services.ivschat.model.GetRoomRequest;
import software.amazon.awssdk.services.ivschat.model.GetRoomResponse;

/**
 * One GetRoom round trip through the real SDK v2 {@code IvschatClient} (its Apache HTTP client,
 * SigV4 signing, retries off) over loopback: to the local {@link IvsChatServer}
 * ({@code target=server}), or to a WireMock server answering the same operation with a canned
 * response of about the same size ({@code target=wiremock}). The client is configured the same
 * way for both, so the difference is the server's time per request.
 *
 * <p>On a shared machine the wall time per operation swings with the other load, so each
 * iteration also prints the CPU time the target's own threads spent per request (threads named
 * {@code ivschat-*} for the server, Jetty's {@code qtp*} for WireMock), which load on other
 * processes barely moves; the trial prints the total.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ServerRoundTripBenchmark {
  private static final String ACCESS_KEY = "AKIDBENCHMARK0000000";
  /** The server's GetRoom answer for the same room (302 bytes), for WireMock to send. */
  private static final String CANNED_GET_ROOM = "{\"arn\":\"arn:aws:ivschat:us-east-1:"
      + "123456789012:room/7BAoQAyo08go\",\"id\":\"7BAoQAyo08go\",\"name\":\"bench\","
      + "\"createTime\":\"2026-12-02T01:08:23.298Z\",\"updateTime\":\"2026-12-02T01:08:23.298Z\","
      + "\"maximumMessageRatePerSecond\":10,\"maximumMessageLength\":200,"
      + "\"tags\":{\"team\":\"bench\"},\"loggingConfigurationIdentifiers\":[]}";

  @Param({"server", "wiremock"})
  public String target;

  private IvsChatServer server;
  private WireMockServer wireMock;
  private IvschatClient client;
  private GetRoomRequest getRoom;
  private final TargetCpu cpu = new TargetCpu();

  /** Starts the target and builds the client. */
  @Setup
  public void setUp() {
    URI endpoint;
    if (target.equals("server")) {
      server = IvsChatServer.builder().journalLimit(1_000).start();
      endpoint = server.endpoint();
    } else {
      wireMock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
          .disableRequestJournal().notifier(new ConsoleNotifier(false))
          .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER));
      wireMock.start();
      wireMock.stubFor(post(urlEqualTo("/GetRoom")).willReturn(aResponse().withStatus(200)
          .withHeader("Content-Type", "application/json")
          .withHeader("x-amzn-RequestId", "5c6b7a1e-0b8f-4d5e-9d0a-1b2c3d4e5f60")
          .withBody(CANNED_GET_ROOM)));
      endpoint = URI.create("http://127.0.0.1:" + wireMock.port());
    }
    client = client(endpoint);
    String arn;
    if (server != null) {
      arn = client.createRoom(CreateRoomRequest.builder().name("bench")
          .maximumMessageLength(200).tags(Map.of("team", "bench")).build()).arn();
    } else {
      arn = "arn:aws:ivschat:us-east-1:123456789012:room/7BAoQAyo08go";
    }
    getRoom = GetRoomRequest.builder().identifier(arn).build();
    GetRoomResponse first = client.getRoom(getRoom);
    System.out.println("\n" + target + " GetRoom response: Content-Length "
        + first.sdkHttpResponse().firstMatchingHeader("Content-Length").orElse("?"));
  }

  /** The real client as an application would build it, with retries off. */
  static IvschatClient client(URI endpoint) {
    return IvschatClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(ACCESS_KEY, "benchmark-secret")))
        .httpClientBuilder(ApacheHttpClient.builder())
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  /** Starts counting the target's CPU time for the iteration. */
  @Setup(Level.Iteration)
  public void startIteration() {
    cpu.start(target.equals("server") ? "ivschat-" : "qtp");
  }

  /** Prints the CPU time the target's threads spent per request in the iteration. */
  @TearDown(Level.Iteration)
  public void endIteration() {
    cpu.stop();
  }

  /** Closes the client and stops the target. */
  @TearDown
  public void tearDown() {
    cpu.printTotal(target);
    client.close();
    if (server != null) {
      server.close();
    }
    if (wireMock != null) {
      wireMock.stop();
    }
  }

  /** One signed GetRoom request and its parsed answer. */
  @Benchmark
  public GetRoomResponse getRoom() {
    cpu.ops++;
    return client.getRoom(getRoom);
  }

  /** The CPU time of the threads whose names start with a prefix, between start and stop. */
  static final class TargetCpu {
    private final java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    private String prefix;
    private long startNanos;
    private long startOps;
    private long totalNanos;
    private long totalOps;
    long ops;

    void start(String threadPrefix) {
      prefix = threadPrefix;
      startNanos = cpuNanos();
      startOps = ops;
    }

    void stop() {
      long nanos = cpuNanos() - startNanos;
      long n = ops - startOps;
      totalNanos += nanos;
      totalOps += n;
      System.out.printf("  [target CPU: %.1f us/op over %d ops]%n", nanos / 1e3 / n, n);
    }

    void printTotal(String target) {
      System.out.printf("%n%s threads' CPU per request, warm-up and measurement: %.1f us "
          + "(%d requests)%n", target, totalNanos / 1e3 / totalOps, totalOps);
    }

    private long cpuNanos() {
      long sum = 0;
      for (java.lang.management.ThreadInfo info
          : threads.getThreadInfo(threads.getAllThreadIds())) {
        if (info != null && info.getThreadName().startsWith(prefix)) {
          long t = threads.getThreadCpuTime(info.getThreadId());
          if (t > 0) {
            sum += t;
          }
        }
      }
      return sum;
    }
  }
}
