package com.example.livechat.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.ServiceError;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One retry policy for both SDKs' throttling, proven with throttling scripted into one fake. */
class RetryTest {
  private final IvsChat ivsChat = new IvsChat();
  private final FakeAmazonivschat v1 = new FakeAmazonivschat(ivsChat);
  private final FakeIvschatClient v2 = new FakeIvschatClient(ivsChat);
  private final List<Duration> waits = new ArrayList<>();
  private final Retry retry = new Retry(3, Duration.ofMillis(100), waits::add);

  @AfterEach
  void closeClients() {
    v2.close();
    v1.shutdown();
  }

  @Test
  void throttling_is_retried_whether_the_v2_or_the_v1_client_meets_it() {
    ivsChat.faults().on(Operation.CREATE_ROOM).times(1).fail(ServiceError.throttling(5));
    ivsChat.faults().on(Operation.DISCONNECT_USER).times(1).fail(ServiceError.throttling(100));

    String room = new Rooms(v2, retry).openRoom(new Stream("s-1", "Launch", "news"));
    new Moderation(v1, retry).kick(room, "mallory", "spam");

    assertThat(ivsChat.room(room)).isPresent();
    assertThat(ivsChat.sentEvents(room)).hasSize(1);
    assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(100));
    assertThat(ivsChat.calls()).filteredOn(Call::failed).extracting(Call::operation)
        .containsExactly(Operation.CREATE_ROOM, Operation.DISCONNECT_USER);
  }

  @Test
  void an_error_other_than_throttling_is_not_retried() {
    String room = new Rooms(v2, retry).openRoom(new Stream("s-1", "Launch", "news"));
    ivsChat.faults().on(Operation.DELETE_MESSAGE).fail(ServiceError.internalServer());

    Throwable thrown = catchThrowable(
        () -> new Moderation(v1, retry).removeMessage(room, "M2YcHkgffEvU", "spoiler"));

    assertThat(thrown)
        .isInstanceOf(com.amazonaws.services.ivschat.model.InternalServerException.class);
    assertThat(waits).isEmpty();
    assertThat(ivsChat.calls(Operation.DELETE_MESSAGE)).hasSize(1);
  }
}
