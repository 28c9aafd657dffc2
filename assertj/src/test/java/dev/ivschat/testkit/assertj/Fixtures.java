package dev.ivschat.testkit.assertj;

import static org.assertj.core.api.Assertions.catchThrowable;

import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteMessageRequest;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * A fake on a fixed clock (no step between calls) and seed, so ids and times in failure messages
 * are stable.
 */
final class Fixtures {
  static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  /** The ARN the first room of a fresh fake gets. */
  static final String LOBBY = "arn:aws:ivschat:us-east-1:123456789012:room/1rqOLnsUJjR4";
  /** The ARN the second room of a fresh fake gets. */
  static final String STAGE = "arn:aws:ivschat:us-east-1:123456789012:room/XOFV0n8Az2yX";
  static final String MISSING = "arn:aws:ivschat:us-east-1:123456789012:room/AbCdEfGhIjKl";
  static final String MESSAGE_1 = "message00001";
  static final String MESSAGE_2 = "message00002";
  /** The front doors on this module's test class path, as messages name them. */
  static final String FRONT_DOORS = "AWS SDK for Java v1, AWS SDK for Java v2";

  private Fixtures() {
  }

  static FakeAmazonivschat fake() {
    return new FakeAmazonivschat(config());
  }

  /** The configuration of every fake here: a fixed clock at {@link #START}. */
  static IvsChatConfig config() {
    return IvsChatConfig.builder().clockStart(START).clockStep(Duration.ZERO).build();
  }

  /** A fake with the rooms "lobby" (limits, tag) and "stage" (defaults). */
  static FakeAmazonivschat fakeWithRooms() {
    FakeAmazonivschat fake = fake();
    fake.createRoom(new CreateRoomRequest().withName("lobby").withMaximumMessageLength(200)
        .addTagsEntry("team", "chat"));
    fake.createRoom(new CreateRoomRequest().withName("stage"));
    return fake;
  }

  /** {@link #fakeWithRooms()} with a welcome, a deleted message and a disconnect in the lobby. */
  static FakeAmazonivschat fakeWithEvents() {
    FakeAmazonivschat fake = fakeWithRooms();
    fake.sendEvent(new SendEventRequest().withRoomIdentifier(LOBBY).withEventName("app:welcome")
        .addAttributesEntry("greeting", "hi"));
    fake.deleteMessage(new DeleteMessageRequest().withRoomIdentifier(LOBBY).withId(MESSAGE_1)
        .withReason("spam"));
    fake.disconnectUser(new DisconnectUserRequest().withRoomIdentifier(LOBBY).withUserId("user-1")
        .withReason("abuse"));
    return fake;
  }

  /** Runs failing assertion code and compares its message, line separators normalised. */
  static void expectFailure(ThrowingCallable code, String expected) {
    expectMessage(catchThrowable(code), expected);
  }

  /** Checks that an assertion error was thrown, with this message (line separators normalised). */
  static void expectMessage(Throwable thrown, String expected) {
    Assertions.assertThat(thrown).isInstanceOf(AssertionError.class);
    Assertions.assertThat(normalised(thrown.getMessage())).isEqualTo(expected);
  }

  static String normalised(String message) {
    return message.replace(System.lineSeparator(), "\n");
  }
}
