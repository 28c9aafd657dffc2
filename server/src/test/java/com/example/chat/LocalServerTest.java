package com.example.chat;

import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.junit5.IvsChatTest;
import dev.ivschat.testkit.server.ServerAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.ivschat.IvschatClient;

/**
 * Server mode of the JUnit extension as a user writes it: real clients of both SDKs on a local
 * server, the usual control surface and assertions. The README's example.
 */
@Timeout(60)
// README: server mode
@IvsChatTest(server = true)
class LocalServerTest {
  @Test
  void real_clients_of_both_sdks_talk_to_the_local_server(IvschatClient v2, Amazonivschat v1,
      IvsChatControl control, ServerAccount account) {
    String lobby = v2.createRoom(r -> r.name("lobby")).arn();     // over HTTP, signed with SigV4

    v1.sendEvent(new SendEventRequest().withRoomIdentifier(lobby).withEventName("app:welcome"));

    assertThat(control).hasRoomNamed("lobby")                      // ivschat-testkit-assertj
        .sentEvents(lobby).containsExactlyEventNames("app:welcome");
    assertThat(control.calls()).extracting(c -> c.operation())
        .containsExactly(Operation.CREATE_ROOM, Operation.SEND_EVENT);
    assertThat(account.endpoint().toString()).startsWith("http://127.0.0.1:");
  }
}
// README: end
