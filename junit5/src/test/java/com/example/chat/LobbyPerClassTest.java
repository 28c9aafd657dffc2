package com.example.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.junit5.IvsChatScope;
import dev.ivschat.testkit.junit5.IvsChatTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

// README: per class
@IvsChatTest(scope = IvsChatScope.PER_CLASS)
class LobbyPerClassTest {
  static String lobby;

  @BeforeAll
  static void createLobby(Amazonivschat ivschat) {  // only in PER_CLASS scope
    lobby = ivschat.createRoom(new CreateRoomRequest().withName("lobby")).getArn();
  }

  @Test
  void the_lobby_exists(IvsChatControl control) {
    assertThat(control.room(lobby)).isPresent();
  }

  @Nested
  class WhenSomeoneIsBanned {
    @Test
    void the_room_hears_of_it(Amazonivschat ivschat, IvsChatControl control) {
      new Moderation(ivschat).ban(lobby, "mallory");   // the same IVS Chat as the outer class

      assertThat(control.sentEvents(lobby)).hasSize(2);
    }
  }
}
// README: end
