package dev.ivschat.testkit.sdk1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.ChatTokenCapability;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateChatTokenResult;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.ResourceNotFoundException;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Quotas;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** CreateChatToken: token format, expiry times and what the fake remembers of each token. */
class ChatTokenTest {
  private static final Instant START = Instant.parse("2024-05-01T12:00:00Z");

  private final FakeAmazonivschat fake = FakeAmazonivschat.builder().clockStart(START).build();
  private final Amazonivschat ivschat = fake;
  private final String room = ivschat.createRoom(new CreateRoomRequest()).getArn();

  private CreateChatTokenRequest tokenFor(String user) {
    return new CreateChatTokenRequest().withRoomIdentifier(room).withUserId(user);
  }

  @Test
  void tokens_use_only_websocket_subprotocol_safe_characters_and_are_unique() {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String token = ivschat.createChatToken(tokenFor("user-" + (i % 3))).getToken();
      assertThat(token).matches("[A-Za-z0-9_-]+");
      tokens.add(token);
    }

    assertThat(tokens).hasSize(200);
  }

  @Test
  void the_token_expires_a_minute_after_creation_and_the_session_after_60_minutes_by_default() {
    fake.clock().advance(Duration.ofSeconds(90));

    CreateChatTokenResult token = ivschat.createChatToken(tokenFor("ana"));

    Instant now = START.plusSeconds(90);
    assertThat(token.getTokenExpirationTime()).isEqualTo(Date.from(now.plusSeconds(60)));
    assertThat(token.getSessionExpirationTime())
        .isEqualTo(Date.from(now.plus(Duration.ofMinutes(60))));
  }

  @Test
  void the_session_lasts_the_requested_minutes() {
    CreateChatTokenResult token =
        ivschat.createChatToken(tokenFor("ana").withSessionDurationInMinutes(180));

    Instant issued = fake.chatTokens().get(0).createTime();
    assertThat(token.getSessionExpirationTime())
        .isEqualTo(Date.from(issued.plus(Duration.ofMinutes(180))));
  }

  @Test
  void the_token_lifetime_follows_the_configured_quota() {
    FakeAmazonivschat slow = FakeAmazonivschat.builder().clockStart(START)
        .quotas(Quotas.defaults().withTokenLifetime(Duration.ofMinutes(5))).build();
    String arn = slow.createRoom(new CreateRoomRequest()).getArn();

    CreateChatTokenResult token = slow.createChatToken(
        new CreateChatTokenRequest().withRoomIdentifier(arn).withUserId("ana"));

    Instant issued = slow.chatTokens().get(0).createTime();
    assertThat(token.getTokenExpirationTime()).isEqualTo(Date.from(issued.plusSeconds(300)));
  }

  @Test
  void the_fake_remembers_each_tokens_room_user_capabilities_attributes_and_times() {
    String token = ivschat.createChatToken(tokenFor("ana")
        .withCapabilities(ChatTokenCapability.SEND_MESSAGE, ChatTokenCapability.DELETE_MESSAGE)
        .withAttributes(Map.of("displayName", "Ana")).withSessionDurationInMinutes(30))
        .getToken();

    ChatToken remembered = fake.chatToken(token).orElseThrow();

    assertThat(remembered.token()).isEqualTo(token);
    assertThat(remembered.roomArn()).isEqualTo(room);
    assertThat(remembered.userId()).isEqualTo("ana");
    assertThat(remembered.capabilities()).containsExactly("SEND_MESSAGE", "DELETE_MESSAGE");
    assertThat(remembered.attributes()).isEqualTo(Map.of("displayName", "Ana"));
    Instant issued = fake.calls(Operation.CREATE_CHAT_TOKEN).get(0).time();
    assertThat(remembered.createTime()).isEqualTo(issued);
    assertThat(remembered.tokenExpirationTime()).isEqualTo(issued.plusSeconds(60));
    assertThat(remembered.sessionExpirationTime()).isEqualTo(issued.plusSeconds(1800));
    assertThat(remembered.isUsableAt(issued.plusSeconds(59))).isTrue();
    assertThat(remembered.isUsableAt(issued.plusSeconds(60))).isFalse();
    assertThat(remembered.isSessionAliveAt(issued.plusSeconds(1800))).isFalse();
    assertThat(fake.chatTokens()).containsExactly(remembered);
  }

  @Test
  void capabilities_are_kept_as_requested_duplicates_included() {
    String token = ivschat.createChatToken(tokenFor("ana")
        .withCapabilities("SEND_MESSAGE", "SEND_MESSAGE")).getToken();

    assertThat(fake.chatToken(token).orElseThrow().capabilities())
        .containsExactly("SEND_MESSAGE", "SEND_MESSAGE");
  }

  @Test
  void a_token_without_capabilities_or_attributes_remembers_empty_ones() {
    String token = ivschat.createChatToken(tokenFor("viewer")).getToken();

    assertThat(fake.chatToken(token).orElseThrow())
        .satisfies(t -> assertThat(t.capabilities()).isEmpty())
        .satisfies(t -> assertThat(t.attributes()).isEmpty());
    assertThat(fake.chatToken("no-such-token")).isEmpty();
  }

  @Test
  void a_token_for_a_room_that_does_not_exist_is_a_404_and_nothing_is_remembered() {
    ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
        () -> ivschat.createChatToken(new CreateChatTokenRequest()
            .withRoomIdentifier(Requests.ROOM_ARN_PREFIX + "g1H2I3j4k5L6").withUserId("ana")));

    assertThat(e.getResourceId()).isEqualTo("g1H2I3j4k5L6");
    assertThat(fake.chatTokens()).isEmpty();
  }
}
