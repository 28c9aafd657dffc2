package com.example.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.junit5.IvsChatTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// README: annotation
@IvsChatTest
class ModerationTest {
  String room;

  @BeforeEach
  void createRoom(Amazonivschat ivschat) {            // the same IVS Chat as the test's
    room = ivschat.createRoom(new CreateRoomRequest().withName("lobby")).getArn();
  }

  @Test
  void a_ban_disconnects_the_user_and_tells_the_room(Amazonivschat ivschat,
      IvsChatControl control) {
    new Moderation(ivschat).ban(room, "mallory");

    assertThat(control.sentEvents(room)).extracting(SentEvent::eventName)
        .containsExactly(SentEvent.DISCONNECT_USER, "app:banned");
  }

  @Test
  void every_test_starts_with_an_empty_ivs_chat(IvsChatControl control) {
    assertThat(control.rooms()).hasSize(1);           // only the room of @BeforeEach
    assertThat(control.sentEvents()).isEmpty();
  }
}
// README: end
