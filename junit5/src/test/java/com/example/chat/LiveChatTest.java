package com.example.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.junit5.IvsChatTest;
import org.junit.jupiter.api.Test;

@IvsChatTest
class LiveChatTest {

  // README: live chat
  @Test
  void a_message_reaches_the_other_connections(Amazonivschat client, IvsChatControl control) {
    String room = client.createRoom(new CreateRoomRequest().withName("lobby")).getArn();
    ChatConnection alice = control.connect(token(client, room, "alice"));
    ChatConnection bob = control.connect(token(client, room, "bob"));

    alice.sendMessage("hello");

    assertThat(bob.messages()).extracting(ChatFrame.Message::content).containsExactly("hello");
  } // alice and bob close with the test: CloseReason.Kind.FAKE_SHUT_DOWN

  static String token(Amazonivschat client, String room, String userId) {
    return client.createChatToken(new CreateChatTokenRequest().withRoomIdentifier(room)
        .withUserId(userId).withCapabilities("SEND_MESSAGE")).getToken();
  }
  // README: end
}
