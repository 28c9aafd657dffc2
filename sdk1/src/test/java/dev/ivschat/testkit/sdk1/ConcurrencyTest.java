package dev.ivschat.testkit.sdk1;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import com.amazonaws.services.ivschat.model.ListRoomsResult;
import com.amazonaws.services.ivschat.model.RoomSummary;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.ServiceQuotaExceededException;
import com.amazonaws.services.ivschat.model.TagResourceRequest;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Quotas;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Threads racing on one fake: quotas never overshoot, no update is lost, every event is recorded.
 * All threads start together at a gate; only the final state is asserted.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;

  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stopThreads() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  /** Runs the task on every thread at once and waits for all of them. */
  private void race(Callable<Void> task) throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    List<Future<Void>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      futures.add(pool.submit(() -> {
        gate.await();
        return task.call();
      }));
    }
    gate.countDown();
    for (Future<Void> f : futures) {
      f.get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void racing_create_room_calls_never_overshoot_the_room_quota() throws Exception {
    FakeAmazonivschat fake =
        FakeAmazonivschat.builder().quotas(Quotas.defaults().withMaxRooms(10)).build();
    AtomicInteger created = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();

    race(() -> {
      for (int i = 0; i < 25; i++) {
        try {
          fake.createRoom(new CreateRoomRequest());
          created.incrementAndGet();
        } catch (ServiceQuotaExceededException e) {
          refused.incrementAndGet();
        }
      }
      return null;
    });

    assertThat(created).hasValue(10);
    assertThat(refused).hasValue(THREADS * 25 - 10);
    assertThat(fake.rooms()).hasSize(10).extracting(Room::id).doesNotHaveDuplicates();
  }

  @Test
  void racing_logging_configuration_creates_never_overshoot_their_quota() throws Exception {
    FakeAmazonivschat fake = new FakeAmazonivschat();
    AtomicInteger n = new AtomicInteger();

    race(() -> {
      for (int i = 0; i < 5; i++) {
        try {
          fake.createLoggingConfiguration(Requests.loggingTo("logs-" + n.incrementAndGet()));
        } catch (ServiceQuotaExceededException expected) {
          // the quota held
        }
      }
      return null;
    });

    assertThat(fake.loggingConfigurations()).hasSize(10);
  }

  @Test
  void concurrent_tag_resource_calls_on_one_room_lose_no_tag() throws Exception {
    FakeAmazonivschat fake = new FakeAmazonivschat();
    String room = fake.createRoom(new CreateRoomRequest()).getArn();
    AtomicInteger thread = new AtomicInteger();

    race(() -> {
      int t = thread.getAndIncrement();
      for (int i = 0; i < 6; i++) {
        fake.tagResource(new TagResourceRequest().withResourceArn(room)
            .withTags(Map.of("t" + t + "-" + i, "v")));
      }
      return null;
    });

    Map<String, String> tags = fake.room(room).orElseThrow().tags();
    assertThat(tags).hasSize(THREADS * 6);
    for (int t = 0; t < THREADS; t++) {
      for (int i = 0; i < 6; i++) {
        assertThat(tags).containsKey("t" + t + "-" + i);
      }
    }
  }

  @Test
  void concurrent_send_event_calls_are_all_recorded_with_distinct_ids() throws Exception {
    FakeAmazonivschat fake = new FakeAmazonivschat();
    Amazonivschat ivschat = fake;
    String room = ivschat.createRoom(new CreateRoomRequest()).getArn();

    race(() -> {
      for (int i = 0; i < 200; i++) {
        ivschat.sendEvent(new SendEventRequest().withRoomIdentifier(room).withEventName("e"));
      }
      return null;
    });

    assertThat(fake.sentEvents()).hasSize(THREADS * 200).extracting(SentEvent::id)
        .doesNotHaveDuplicates();
    assertThat(fake.sentEvents(room)).hasSize(THREADS * 200);
    assertThat(fake.calls(Operation.SEND_EVENT)).hasSize(THREADS * 200);
  }

  @Test
  void paging_while_other_threads_create_rooms_lists_every_older_room_once() throws Exception {
    FakeAmazonivschat fake = new FakeAmazonivschat();
    List<String> older = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      older.add(fake.createRoom(new CreateRoomRequest()).getArn());
    }
    List<String> seen = new ArrayList<>();
    AtomicInteger thread = new AtomicInteger();

    race(() -> {
      if (thread.getAndIncrement() == 0) {
        String token = null;
        do {
          ListRoomsResult page = fake.listRooms(
              new ListRoomsRequest().withMaxResults(7).withNextToken(token));
          page.getRooms().stream().map(RoomSummary::getArn).forEach(seen::add);
          token = page.getNextToken();
        } while (token != null);
      } else {
        for (int i = 0; i < 20; i++) {
          fake.createRoom(new CreateRoomRequest());
        }
      }
      return null;
    });

    assertThat(seen).doesNotHaveDuplicates().containsAll(older);
  }
}
