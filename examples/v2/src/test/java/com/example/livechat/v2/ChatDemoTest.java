package com.example.livechat.v2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The demo, the project's main job, runs to the end and reports what it did. */
class ChatDemoTest {

  @Test
  void the_demo_opens_rooms_issues_tokens_moderates_shows_a_rejection_and_cleans_up() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ChatDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out)
        .contains("name=Friday-Night-Speedrun-any  rate=20/s  length=300")
        .contains("MODERATOR token=AQICAH")
        .contains("aws:DELETE_MESSAGE  {MessageId=M2YcHkgffEvU, MessageID=M2YcHkgffEvU, "
            + "Reason=spoiler}")
        .contains("aws:DISCONNECT_USER  {UserId=user-chatter, Reason=spam}")
        .contains("ValidationException 400 on name: 1 validation error detected: "
            + "Value 'Friday Night Speedrun!' at 'name'")
        .contains("rooms left: 1 (Cooking-with-Ada)")
        .contains("== 11 calls made, 1 failed");
  }
}
