package dev.ivschat.testkit.sdk2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.SentEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.ChatTokenCapability;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenResponse;
import software.amazon.awssdk.services.ivschat.model.PendingVerificationException;
import software.amazon.awssdk.services.ivschat.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivschat.model.ValidationException;
import software.amazon.awssdk.services.ivschat.model.ValidationExceptionField;

/** CreateChatToken, SendEvent, DeleteMessage and DisconnectUser through {@link IvschatClient}. */
class MessagingOperationsTest {
  private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");
  private final FakeIvschatClient fake = FakeIvschatClient.builder().clockStart(START).build();
  private final IvschatClient client = fake;
  private final String room = client.createRoom(r -> r.name("lobby")).arn();

  @Test
  void create_chat_token_issues_a_token_the_fake_remembers() {
    CreateChatTokenResponse token = client.createChatToken(r -> r.roomIdentifier(room)
        .userId("alice").capabilities(ChatTokenCapability.SEND_MESSAGE)
        .sessionDurationInMinutes(30).attributes(Map.of("displayName", "Alice")));

    assertThat(token.token()).isNotEmpty();
    assertThat(token.tokenExpirationTime()).isAfter(START);
    assertThat(token.sessionExpirationTime()).isAfter(START.plus(Duration.ofMinutes(29)))
        .isBefore(START.plus(Duration.ofMinutes(31)));
    ChatToken remembered = fake.chatToken(token.token()).orElseThrow();
    assertThat(remembered.userId()).isEqualTo("alice");
    assertThat(remembered.capabilities()).containsExactly("SEND_MESSAGE");
    assertThat(remembered.attributes()).containsExactly(Map.entry("displayName", "Alice"));
  }

  @Test
  void a_capability_the_sdk_does_not_know_reaches_validation_as_sent() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> client.createChatToken(r -> r.roomIdentifier(room).userId("alice")
            .capabilitiesWithStrings("SEND_MESSAGE", "BAN_USER")));

    assertThat(e.fieldList()).extracting(ValidationExceptionField::name)
        .anySatisfy(name -> assertThat(name).startsWith("capabilities"));
  }

  @Test
  void send_event_returns_the_id_of_the_event_the_room_got() {
    String id = client.sendEvent(r -> r.roomIdentifier(room).eventName("app:welcome")
        .attributes(Map.of("text", "hi"))).id();

    assertThat(id).matches("[a-zA-Z0-9]{12}");
    assertThat(fake.sentEvents(room)).singleElement().satisfies(e -> {
      assertThat(e.id()).isEqualTo(id);
      assertThat(e.eventName()).isEqualTo("app:welcome");
      assertThat(e.attribute("text")).isEqualTo("hi");
    });
  }

  @Test
  void send_event_to_a_missing_room_throws_resource_not_found() {
    String missing = room.substring(0, room.lastIndexOf('/') + 1) + "g1H2I3j4k5L6";

    catchThrowableOfType(ResourceNotFoundException.class,
        () -> client.sendEvent(r -> r.roomIdentifier(missing).eventName("app:welcome")));

    assertThat(fake.sentEvents()).isEmpty();
  }

  @Test
  void delete_message_sends_the_delete_event() {
    String id = client.deleteMessage(r -> r.roomIdentifier(room).id("ABCDEFGHIJKL")
        .reason("spam")).id();

    SentEvent event = fake.sentEvents(room).get(0);
    assertThat(event.eventName()).isEqualTo(SentEvent.DELETE_MESSAGE);
    assertThat(event.id()).isEqualTo(id);
    assertThat(event.attribute("MessageId")).isEqualTo("ABCDEFGHIJKL");
    assertThat(event.attribute("Reason")).isEqualTo("spam");
  }

  @Test
  void disconnect_user_sends_the_disconnect_event_and_returns_an_empty_response() {
    assertThat(client.disconnectUser(r -> r.roomIdentifier(room).userId("bob").reason("bye"))
        .sdkHttpResponse().statusCode()).isEqualTo(200);

    assertThat(fake.sentEvents(room)).extracting(SentEvent::eventName)
        .containsExactly(SentEvent.DISCONNECT_USER);
  }

  @Test
  void a_pending_verification_account_cannot_send() {
    fake.faults().pendingVerification(true);

    PendingVerificationException e = catchThrowableOfType(PendingVerificationException.class,
        () -> client.sendEvent(r -> r.roomIdentifier(room).eventName("app:welcome")));

    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("PendingVerification");
    assertThat(e.statusCode()).isEqualTo(403);
  }
}
