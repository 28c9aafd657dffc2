package dev.ivschat.testkit.sdk2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.ServiceError;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.CreateRoomResponse;
import software.amazon.awssdk.services.ivschat.model.GetRoomResponse;
import software.amazon.awssdk.services.ivschat.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivschat.model.RoomSummary;
import software.amazon.awssdk.services.ivschat.model.ThrottlingException;
import software.amazon.awssdk.services.ivschat.model.ValidationException;
import software.amazon.awssdk.services.ivschat.model.ValidationExceptionReason;

/** The snippets of sdk2/README.md, so they cannot go stale. */
class ReadmeSnippetsTest {
  private static final String MISSING =
      "arn:aws:ivschat:us-east-1:123456789012:room/g1H2I3j4k5L6";

  @Test
  void quick_example() {
    FakeIvschatClient fake = new FakeIvschatClient();
    IvschatClient ivschat = fake;                      // hand this to the code under test

    CreateRoomResponse room = ivschat.createRoom(r -> r.name("lobby")
        .tags(Map.of("stream", "42")));
    ivschat.sendEvent(r -> r.roomIdentifier(room.arn()).eventName("app:welcome")
        .attributes(Map.of("text", "hi")));

    assertThat(room.maximumMessageRatePerSecond()).isEqualTo(10);     // defaults echoed
    assertThat(fake.sentEvents(room.arn())).singleElement()
        .satisfies(e -> assertThat(e.attributes()).containsEntry("text", "hi"));
  }

  @Test
  void errors() {
    FakeIvschatClient fake = new FakeIvschatClient();
    IvschatClient ivschat = fake;

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> ivschat.createRoom(r -> r.name("my room!")));
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
    assertThat(e.reason()).isEqualTo(ValidationExceptionReason.FIELD_VALIDATION_FAILED);
    assertThat(e.fieldList().get(0).name()).isEqualTo("name");
    assertThat(e.getMessage()).isEqualTo(e.awsErrorDetails().errorMessage()
        + " (Service: Ivschat, Status Code: 400, Request ID: " + e.requestId()
        + ") (SDK Attempt Count: 1)");

    fake.faults().on(Operation.SEND_EVENT).times(1).fail(ServiceError.throttling(100));
    ThrottlingException t = catchThrowableOfType(ThrottlingException.class,
        () -> ivschat.sendEvent(r -> r.roomIdentifier(MISSING).eventName("app:hi")));
    assertThat(t.isThrottlingException()).isTrue();
    assertThat(t.statusCode()).isEqualTo(429);
    assertThat(t.limit()).isEqualTo(100);
  }

  @Test
  void async() {
    FakeIvschatClient fake = new FakeIvschatClient();
    FakeIvschatAsyncClient async = fake.async();      // same rooms, events and journal

    String arn = async.createRoom(r -> r.name("lobby")).join().arn();
    assertThat(fake.room(arn)).isPresent();

    CompletableFuture<GetRoomResponse> missing = async.getRoom(r -> r.identifier(MISSING));
    assertThatThrownBy(missing::join).isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void paginators() {
    FakeIvschatClient fake = new FakeIvschatClient();
    for (int i = 0; i < 25; i++) {
      fake.createRoom(r -> r.name("lobby"));
    }

    List<String> arns = fake.listRoomsPaginator(r -> r.maxResults(10)).stream()
        .flatMap(page -> page.rooms().stream()).map(RoomSummary::arn).toList();

    assertThat(arns).hasSize(25).doesNotHaveDuplicates();
  }

  @Test
  void sharing_an_engine() {
    IvsChat ivsChat = new IvsChat();
    IvschatClient sync = new FakeIvschatClient(ivsChat);
    FakeIvschatAsyncClient async = new FakeIvschatAsyncClient(ivsChat);

    String arn = sync.createRoom(r -> r.name("lobby")).arn();
    async.sendEvent(r -> r.roomIdentifier(arn).eventName("app:hi")).join();

    assertThat(ivsChat.sentEvents(arn)).hasSize(1);
    assertThat(ivsChat.calls()).hasSize(2);
  }

  @Test
  void close() {
    FakeIvschatClient fake = new FakeIvschatClient();
    String arn = fake.createRoom(r -> r.name("lobby")).arn();

    fake.close();

    assertThatThrownBy(() -> fake.getRoom(r -> r.identifier(arn)))
        .isInstanceOf(IllegalStateException.class).hasMessage("Connection pool shut down");
    assertThat(fake.rooms()).hasSize(1);              // the control surface still answers
  }
}
