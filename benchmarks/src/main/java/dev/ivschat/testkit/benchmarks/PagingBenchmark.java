package dev.ivschat.testkit.benchmarks;

import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import com.amazonaws.services.ivschat.model.ListRoomsResult;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.Quotas;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Paging through every room with ListRooms (50 a page): linear in the number of rooms when each
 * page costs O(page + log n). Compare the time per room across {@code rooms}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class PagingBenchmark {
  @Param({"5000", "50000"})
  public int rooms;

  private FakeAmazonivschat fake;

  /** Creates the rooms once. */
  @Setup
  public void setUp() {
    fake = FakeAmazonivschat.builder().quotas(Quotas.defaults().withMaxRooms(rooms)).build();
    for (int i = 0; i < rooms; i++) {
      fake.createRoom(new CreateRoomRequest().withName("room-" + i));
    }
  }

  /**
   * Lists every room, page by page.
   *
   * @return the number of rooms seen
   */
  @Benchmark
  public int pageThroughAllRooms() {
    int seen = 0;
    String token = null;
    do {
      ListRoomsResult page = fake.listRooms(new ListRoomsRequest().withMaxResults(50)
          .withNextToken(token));
      seen += page.getRooms().size();
      token = page.getNextToken();
    } while (token != null);
    if (seen != rooms) {
      throw new IllegalStateException("saw " + seen + " of " + rooms + " rooms");
    }
    return seen;
  }
}
