package dev.ivschat.testkit.junit5;

import static dev.ivschat.testkit.junit5.Fixtures.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Many tests running at once, each with its own fake: each sees only its own rooms, events and
 * calls.
 */
class ParallelTest {
  static final int ROOMS = 3;
  static final int EVENTS_PER_ROOM = 4;
  static final AtomicInteger RUNNING = new AtomicInteger();
  static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();

  /** Fills the fake with rooms and events marked with a token of this test, slowly, then checks. */
  static void workAlone(Amazonivschat client, IvsChatControl control) throws InterruptedException {
    MOST_AT_ONCE.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
    try {
      String mine = UUID.randomUUID().toString();
      List<String> arns = new ArrayList<>();
      for (int r = 0; r < ROOMS; r++) {
        arns.add(client.createRoom(new CreateRoomRequest().withName(mine + "-" + r)).getArn());
        for (int e = 0; e < EVENTS_PER_ROOM; e++) {
          client.sendEvent(new SendEventRequest().withRoomIdentifier(arns.get(r))
              .withEventName("app:work").withAttributes(Map.of("by", mine)));
          Thread.sleep(2);
        }
      }
      assertThat(control.rooms()).extracting(Room::arn).containsExactlyInAnyOrderElementsOf(arns);
      assertThat(control.rooms()).allSatisfy(room -> assertThat(room.name()).startsWith(mine));
      assertThat(control.sentEvents()).hasSize(ROOMS * EVENTS_PER_ROOM)
          .allSatisfy(e -> assertThat(e.attribute("by")).isEqualTo(mine))
          .extracting(SentEvent::roomArn).isSubsetOf(arns);
      assertThat(control.calls()).hasSize(ROOMS + ROOMS * EVENTS_PER_ROOM)
          .extracting(Call::sequence)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, ROOMS + ROOMS * EVENTS_PER_ROOM)
              .asLongStream().boxed().toList());
    } finally {
      RUNNING.decrementAndGet();
    }
  }

  @Fixture
  @IvsChatTest
  static class ManyTests {
    @Test
    void t1(Amazonivschat client, IvsChatControl control) throws Exception {
      workAlone(client, control);
    }

    @Test
    void t2(Amazonivschat client, IvsChatControl control) throws Exception {
      workAlone(client, control);
    }

    @Test
    void t3(Amazonivschat client, IvsChatControl control) throws Exception {
      workAlone(client, control);
    }

    @Test
    void t4(Amazonivschat client, IvsChatControl control) throws Exception {
      workAlone(client, control);
    }

    @Test
    void t5(Amazonivschat client, IvsChatControl control) throws Exception {
      workAlone(client, control);
    }

    @Test
    void t6(Amazonivschat client, IvsChatControl control) throws Exception {
      workAlone(client, control);
    }

    @RepeatedTest(8)
    void repeated(Amazonivschat client, IvsChatControl control) throws Exception {
      workAlone(client, control);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void parameterized(int n, Amazonivschat client, IvsChatControl control) throws Exception {
      workAlone(client, control);
    }

    @TestFactory
    Stream<DynamicTest> dynamic(CurrentIvsChat current) {
      return IntStream.rangeClosed(1, 8).mapToObj(n -> dynamicTest("d" + n, () -> {
        workAlone(current.client(Amazonivschat.class), current.ivsChat());
      }));
    }

    @Nested
    class Inner {
      @Test
      void n1(Amazonivschat client, IvsChatControl control) throws Exception {
        workAlone(client, control);
      }

      @Test
      void n2(Amazonivschat client, IvsChatControl control) throws Exception {
        workAlone(client, control);
      }
    }
  }

  /** A second class, so that classes run concurrently too. */
  @Fixture
  @IvsChatTest
  static class MoreTests {
    @RepeatedTest(6)
    void repeated(Amazonivschat client, IvsChatControl control) throws Exception {
      workAlone(client, control);
    }
  }

  /** A class whose concurrent tests share one fake. */
  @Fixture
  @IvsChatTest(scope = IvsChatScope.PER_CLASS)
  static class SharedByConcurrentTests {
    @RepeatedTest(10)
    void repeated(Amazonivschat client) {
      client.createRoom(new CreateRoomRequest());
    }

    @AfterAll
    static void every_room_arrived(IvsChatControl control) {
      assertThat(control.rooms()).hasSize(10);
    }
  }

  @Test
  void tests_running_in_parallel_each_see_only_their_own_rooms_events_and_calls() {
    RUNNING.set(0);
    MOST_AT_ONCE.set(0);

    assertAllPassed(Fixtures.runInParallel(ManyTests.class, MoreTests.class,
        SharedByConcurrentTests.class), 6 + 8 + 8 + 8 + 2 + 6 + 10);

    assertThat(MOST_AT_ONCE.get()).as("tests that ran at the same time").isGreaterThan(1);
  }
}
