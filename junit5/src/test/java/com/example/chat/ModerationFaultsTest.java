package com.example.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.ThrottlingException;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Quotas;
import dev.ivschat.testkit.ServiceError;
import dev.ivschat.testkit.junit5.IvsChatExtension;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// README: builder
class ModerationFaultsTest {
  @RegisterExtension
  static final IvsChatExtension IVSCHAT = IvsChatExtension.builder()
      .region("eu-west-1")
      .accountId("111122223333")
      .clockStart(Instant.parse("2025-01-01T00:00:00Z"))
      .quotas(Quotas.defaults().withMaxRooms(5))
      .faults(f -> f.on(Operation.DISCONNECT_USER).nthCall(1).fail(ServiceError.throttling(100)))
      .build();

  @Test
  void a_throttled_disconnect_fails_the_ban_and_sends_nothing(Amazonivschat ivschat,
      FakeAmazonivschat fake) {
    String room = ivschat.createRoom(new CreateRoomRequest()).getArn();

    assertThatThrownBy(() -> new Moderation(ivschat).ban(room, "mallory"))
        .isInstanceOf(ThrottlingException.class);
    assertThat(room).startsWith("arn:aws:ivschat:eu-west-1:111122223333:room/");
    assertThat(fake.sentEvents()).isEmpty();
  }
}
// README: end
