package com.example.livechat.v2;

import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatIvsChatCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.ivschat.testkit.junit5.IvsChatTest;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.CreateRoomRequest;
import software.amazon.awssdk.services.ivschat.model.CreateRoomResponse;
import software.amazon.awssdk.services.ivschat.model.ListRoomsRequest;
import software.amazon.awssdk.services.ivschat.model.ListRoomsResponse;
import software.amazon.awssdk.services.ivschat.model.RoomSummary;

/**
 * The same features tested twice: with a Mockito stub, which passes on a bug or breaks on a
 * harmless refactoring, and with the fake, which behaves like the service.
 *
 * <p>The bug: a first version of "open a room for a stream" used the stream title as the room
 * name. The service only takes {@code [a-zA-Z0-9-_]} in names, so every real title with a space
 * fails in production. {@link RoomNames#fromTitle} is the fix that {@link LiveChat} uses.
 *
 * <p>The refactoring: {@link LiveChat#closeEndedStreams} pages with the SDK's
 * {@code listRoomsPaginator}, a default method of {@code IvschatClient} that calls
 * {@code listRooms}. A mock replaces default methods too, so a stub of {@code listRooms} is never
 * reached; the fake runs the paginator over its own {@code listRooms}, as the real client does.
 */
class MockitoStubVersusFakeTest {
  private static final Stream STREAM = new Stream("s-1", "Friday Night Speedrun!", "speedy");
  private static final Retry NO_RETRY = new Retry(1, Duration.ZERO, d -> { });

  /** The buggy first version. */
  static String openRoomWithTitleAsName(IvschatClient ivschat, Stream stream) {
    return ivschat.createRoom(CreateRoomRequest.builder().name(stream.title())
        .tags(Map.of("stream-id", stream.id())).build()).arn();
  }

  @Nested
  class WithAMockitoStub {
    @Test
    void the_stub_accepts_the_invalid_name_and_the_bug_ships() {
      IvschatClient stub = mock(IvschatClient.class);
      when(stub.createRoom(any(CreateRoomRequest.class))).thenReturn(CreateRoomResponse.builder()
          .arn("arn:aws:ivschat:us-east-1:123456789012:room/abcdEFGH1234").build());

      String arn = openRoomWithTitleAsName(stub, STREAM);

      assertThat(arn).endsWith("/abcdEFGH1234");
      verify(stub).createRoom(any(CreateRoomRequest.class));   // green: the stub knows no rules
    }

    @Test
    void a_stub_of_list_rooms_never_reaches_code_that_pages_with_the_paginator() {
      IvschatClient stub = mock(IvschatClient.class);
      RoomSummary ended = RoomSummary.builder()
          .arn("arn:aws:ivschat:us-east-1:123456789012:room/abcdEFGH1234")
          .tags(Map.of(LiveChat.APP_TAG, LiveChat.APP_NAME, LiveChat.STREAM_TAG, "s-9")).build();
      when(stub.listRooms(any(ListRoomsRequest.class)))
          .thenReturn(ListRoomsResponse.builder().rooms(ended).build());

      assertThatNullPointerException()   // the mocked listRoomsPaginator returned null
          .isThrownBy(() -> new LiveChat(stub, NO_RETRY).closeEndedStreams(Set.of()));
    }
  }

  @Nested
  @IvsChatTest
  class WithTheFake {
    @Test
    void the_fake_rejects_the_invalid_name_as_the_service_does(IvschatClient ivschat,
        FakeIvschatClient fake) {
      assertThatIvsChatCall(() -> openRoomWithTitleAsName(ivschat, STREAM))
          .isValidationError().onField("name");
      assertThat(fake.rooms()).isEmpty();
    }

    @Test
    void the_fixed_version_passes_against_the_fake(IvschatClient ivschat, FakeIvschatClient fake) {
      String arn = new LiveChat(ivschat, NO_RETRY).openRoom(STREAM);

      assertThat(fake.room(arn)).hasValueSatisfying(
          room -> assertThat(room.name()).isEqualTo("Friday-Night-Speedrun"));
    }

    @Test
    void the_paginator_runs_over_the_fake_as_over_the_real_client(IvschatClient ivschat,
        FakeIvschatClient fake) {
      String arn = new LiveChat(ivschat, NO_RETRY).openRoom(STREAM);

      assertThat(new LiveChat(ivschat, NO_RETRY).closeEndedStreams(Set.of())).containsExactly(arn);
      assertThat(fake.rooms()).isEmpty();
    }
  }
}
