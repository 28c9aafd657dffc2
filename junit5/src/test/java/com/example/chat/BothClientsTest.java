package com.example.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.junit5.IvsChatTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.IvschatClient;

// README: both sdks
@IvsChatTest
class BothClientsTest {
  @Test
  void a_room_made_with_v1_is_there_for_v2(Amazonivschat v1, IvschatClient v2,
      IvsChatControl control) {
    String lobby = v1.createRoom(new CreateRoomRequest().withName("lobby")).getArn();

    v2.sendEvent(r -> r.roomIdentifier(lobby).eventName("app:welcome"));

    assertThat(v2.getRoom(r -> r.identifier(lobby)).name()).isEqualTo("lobby");
    assertThat(control.sentEvents(lobby)).extracting(SentEvent::eventName)
        .containsExactly("app:welcome");
    assertThat(control.calls()).hasSize(3);           // one journal for both clients
  }
}
// README: end
