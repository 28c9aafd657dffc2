package dev.ivschat.testkit.benchmarks;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.CreateRoomResult;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.GetRoomResult;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import com.amazonaws.services.ivschat.model.ListRoomsResult;
import com.amazonaws.services.ivschat.model.RoomSummary;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.SendEventResult;
import dev.ivschat.testkit.FakeAmazonivschat;
import dev.ivschat.testkit.Quotas;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one call on the fake against a Mockito stub of {@code Amazonivschat} that returns
 * canned results, in the same run: {@code target=fake} or {@code target=mockito}.
 *
 * <p>Both record every call (the fake in its journal, Mockito for verification), so state is reset
 * before each iteration. The fake's room quota is lifted so CreateRoom can run unbounded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class PerCallBenchmark {
  @Param({"fake", "mockito"})
  public String target;

  private Amazonivschat client;
  private CreateRoomRequest createRoom;
  private GetRoomRequest getRoom;
  private SendEventRequest sendEvent;
  private ListRoomsRequest listRooms;

  /** Builds a fresh target with 50 rooms before each iteration. */
  @Setup(Level.Iteration)
  public void setUp() {
    client = "fake".equals(target) ? fake() : mockito();
    String arn = null;
    for (int i = 0; i < 50; i++) {
      arn = client.createRoom(new CreateRoomRequest().withName("room-" + i)
          .withTags(Map.of("stream", Integer.toString(i)))).getArn();
    }
    createRoom = new CreateRoomRequest().withName("bench").withMaximumMessageLength(200)
        .withTags(Map.of("team", "bench"));
    getRoom = new GetRoomRequest().withIdentifier(arn);
    sendEvent = new SendEventRequest().withRoomIdentifier(arn).withEventName("app:announce")
        .withAttributes(Map.of("text", "Stream starts in 5 minutes"));
    listRooms = new ListRoomsRequest().withMaxResults(50);
  }

  private static Amazonivschat fake() {
    return FakeAmazonivschat.builder()
        .quotas(Quotas.defaults().withMaxRooms(Integer.MAX_VALUE)).build();
  }

  private static Amazonivschat mockito() {
    Amazonivschat stub = mock(Amazonivschat.class);
    String arn = "arn:aws:ivschat:us-east-1:123456789012:room/abcdEFGH1234";
    when(stub.createRoom(any())).thenReturn(new CreateRoomResult().withArn(arn)
        .withId("abcdEFGH1234").withName("bench"));
    when(stub.getRoom(any())).thenReturn(new GetRoomResult().withArn(arn).withId("abcdEFGH1234"));
    when(stub.sendEvent(any())).thenReturn(new SendEventResult().withId("EVNTabcd1234"));
    List<RoomSummary> page = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      page.add(new RoomSummary().withArn(arn).withId("abcdEFGH1234").withName("room-" + i));
    }
    when(stub.listRooms(any())).thenReturn(new ListRoomsResult().withRooms(page));
    return stub;
  }

  /** CreateRoom with a name, a limit and a tag. */
  @Benchmark
  public CreateRoomResult createRoom() {
    return client.createRoom(createRoom);
  }

  /** GetRoom of an existing room. */
  @Benchmark
  public GetRoomResult getRoom() {
    return client.getRoom(getRoom);
  }

  /** SendEvent with one attribute. */
  @Benchmark
  public SendEventResult sendEvent() {
    return client.sendEvent(sendEvent);
  }

  /** One 50-room page of ListRooms. */
  @Benchmark
  public ListRoomsResult listRoomsPage() {
    return client.listRooms(listRooms);
  }
}
