package com.example.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.junit5.IvsChatTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.IvschatAsyncClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;

// README: v2
@IvsChatTest
class ModerationV2Test {
  @Test
  void a_disconnect_is_an_event_of_the_room(IvschatClient ivschat, IvschatAsyncClient async,
      IvsChatControl control) throws Exception {
    String room = ivschat.createRoom(r -> r.name("lobby")).arn();

    async.disconnectUser(r -> r.roomIdentifier(room).userId("mallory")).get();

    assertThat(control.sentEvents(room)).extracting(SentEvent::eventName)
        .containsExactly(SentEvent.DISCONNECT_USER);
  }
}
// README: end
