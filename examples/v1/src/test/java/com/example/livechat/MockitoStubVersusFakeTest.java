package com.example.livechat;

import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatIvsChatCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.CreateRoomResult;
import dev.ivschat.testkit.junit5.IvsChatTest;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The same feature tested twice: with a Mockito stub, which passes on a bug, and with the fake,
 * which catches it.
 *
 * <p>The bug: a first version of "open a room for a stream" used the stream title as the room
 * name. The service only takes {@code [a-zA-Z0-9-_]} in names, so every real title with a space
 * fails in production. {@link RoomNames#fromTitle} is the fix that {@link LiveChat} uses.
 */
class MockitoStubVersusFakeTest {
  private static final Stream STREAM = new Stream("s-1", "Friday Night Speedrun!", "speedy");

  /** The buggy first version. */
  static String openRoomWithTitleAsName(Amazonivschat ivschat, Stream stream) {
    return ivschat.createRoom(new CreateRoomRequest().withName(stream.title())
        .withTags(Map.of("stream-id", stream.id()))).getArn();
  }

  @Nested
  class WithAMockitoStub {
    @Test
    void the_stub_accepts_the_invalid_name_and_the_bug_ships() {
      Amazonivschat stub = mock(Amazonivschat.class);
      when(stub.createRoom(any())).thenReturn(new CreateRoomResult()
          .withArn("arn:aws:ivschat:us-east-1:123456789012:room/abcdEFGH1234"));

      String arn = openRoomWithTitleAsName(stub, STREAM);

      assertThat(arn).endsWith("/abcdEFGH1234");
      verify(stub).createRoom(any());   // green: nothing here knows the service's rules
    }
  }

  @Nested
  @IvsChatTest
  class WithTheFake {
    @Test
    void the_fake_rejects_the_invalid_name_as_the_service_does(Amazonivschat ivschat,
        FakeAmazonivschat fake) {
      assertThatIvsChatCall(() -> openRoomWithTitleAsName(ivschat, STREAM))
          .isValidationError().onField("name");
      assertThat(fake.rooms()).isEmpty();
    }

    @Test
    void the_fixed_version_passes_against_the_fake(Amazonivschat ivschat, FakeAmazonivschat fake) {
      String arn = new LiveChat(ivschat, Retry.standard()).openRoom(STREAM);

      assertThat(fake.room(arn)).hasValueSatisfying(
          room -> assertThat(room.name()).isEqualTo("Friday-Night-Speedrun"));
    }
  }
}
