package com.example.livechat.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The migration demo runs to the end and shows both clients on one journal. */
class ChatDemoTest {

  @Test
  void the_demo_opens_a_room_through_v2_moderates_it_through_v1_and_lists_one_journal() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ChatDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out.lines().map(String::strip).toList()).containsSubsequence(
        "== A room opened through the SDK v2",
        "== Moderated through the SDK v1",
        "== One journal for both clients",
        "CreateRoom      software.amazon.awssdk.services.ivschat.model.CreateRoomRequest",
        "DeleteMessage   com.amazonaws.services.ivschat.model.DeleteMessageRequest",
        "DisconnectUser  com.amazonaws.services.ivschat.model.DisconnectUserRequest");
    assertThat(out).contains("aws:DISCONNECT_USER  {UserId=mallory, Reason=spam}");
  }
}
