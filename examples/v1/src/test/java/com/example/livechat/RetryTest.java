package com.example.livechat;

import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatIvsChatCall;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.ivschat.Amazonivschat;
import dev.ivschat.testkit.Faults;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.ServiceError;
import dev.ivschat.testkit.junit5.IvsChatTest;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retry with backoff, proven with scripted throttling instead of a real outage. */
@IvsChatTest
class RetryTest {
  private final List<Duration> waits = new ArrayList<>();

  private LiveChat app(Amazonivschat ivschat) {
    return new LiveChat(ivschat, new Retry(4, Duration.ofMillis(100), waits::add));
  }

  @Test
  void a_room_is_created_after_two_throttled_attempts(Amazonivschat ivschat, Faults faults,
      FakeAmazonivschat fake) {
    faults.on(Operation.CREATE_ROOM).times(2).fail(ServiceError.throttling(5));

    String room = app(ivschat).openRoom(new Stream("s-1", "Launch", "news"));

    assertThat(fake).hasRoom(room);
    assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(fake).calls().hasCallCount(Operation.CREATE_ROOM, 3)
        .hasFailedCalls(Operation.CREATE_ROOM, Operation.CREATE_ROOM);
  }

  @Test
  void throttling_that_outlasts_every_attempt_reaches_the_caller(Amazonivschat ivschat,
      Faults faults, FakeAmazonivschat fake) {
    String room = app(ivschat).openRoom(new Stream("s-1", "Launch", "news"));
    faults.on(Operation.SEND_EVENT).fail(ServiceError.throttling(100));

    assertThatIvsChatCall(() -> app(ivschat).announce(room, "hello")).isThrottled();
    assertThat(waits).hasSize(3);
    assertThat(fake).sentEvents().isEmpty();
  }

  @Test
  void the_documented_rate_quota_throttles_a_burst_of_announcements_until_time_moves(
      Amazonivschat ivschat, FakeAmazonivschat fake) {
    String room = app(ivschat).openRoom(new Stream("s-1", "Launch", "news"));
    fake.faults().enforceRateQuotas(true);
    List<String> sent = new ArrayList<>();
    LiveChat app = new LiveChat(ivschat, new Retry(2, Duration.ofSeconds(1),
        d -> fake.clock().advance(d)));

    for (int i = 0; i < 150; i++) {
      sent.add(app.announce(room, "message " + i));
    }

    assertThat(sent).hasSize(150).doesNotHaveDuplicates();
    assertThat(fake).calls().hasCallCount(Operation.SEND_EVENT, 151)
        .hasFailedCalls(Operation.SEND_EVENT);
  }
}
