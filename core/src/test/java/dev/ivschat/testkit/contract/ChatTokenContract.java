package dev.ivschat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Quotas;
import dev.ivschat.testkit.ServiceError;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** CreateChatToken: token format, expiry times and what the fake remembers of each token. */
public interface ChatTokenContract extends Contract {

  private static Map<String, Object> tokenFor(String room, String user) {
    return Wire.of("roomIdentifier", room, "userId", user);
  }

  @Test
  default void tokens_use_only_websocket_subprotocol_safe_characters_and_are_unique() {
    Service s = open();
    String room = s.room();
    Set<String> tokens = new HashSet<>();

    for (int i = 0; i < 50; i++) {
      Reply token = s.ok("CreateChatToken", tokenFor(room, "user-" + (i % 3)));
      assertThat(token.string("token")).matches("[A-Za-z0-9_-]+");
      tokens.add(token.string("token"));
    }

    assertThat(tokens).hasSize(50);
  }

  @Test
  default void the_token_expires_a_minute_after_creation_and_the_session_after_60_minutes_by_default() {
    Service s = openAtStart();
    String room = s.room();
    s.control().clock().advance(Duration.ofSeconds(90));

    Reply token = s.ok("CreateChatToken", tokenFor(room, "ana"));

    Instant issued = s.control().calls(Operation.CREATE_CHAT_TOKEN).get(0).time();
    assertThat(issued).isEqualTo(START.plusSeconds(90));
    assertThat(token.output()).containsOnlyKeys("token", "tokenExpirationTime",
        "sessionExpirationTime");
    assertThat(token.instant("tokenExpirationTime")).isEqualTo(issued.plusSeconds(60));
    assertThat(token.instant("sessionExpirationTime"))
        .isEqualTo(issued.plus(Duration.ofMinutes(60)));
  }

  @Test
  default void the_session_lasts_the_requested_minutes_and_the_token_the_configured_lifetime() {
    Service s = open(c -> c.clockStart(START)
        .quotas(Quotas.defaults().withTokenLifetime(Duration.ofMinutes(5))));
    String room = s.room();
    Map<String, Object> input = tokenFor(room, "ana");
    input.put("sessionDurationInMinutes", 180);

    Reply token = s.ok("CreateChatToken", input);

    Instant issued = s.control().chatTokens().get(0).createTime();
    assertThat(token.instant("sessionExpirationTime"))
        .isEqualTo(issued.plus(Duration.ofMinutes(180)));
    assertThat(token.instant("tokenExpirationTime")).isEqualTo(issued.plusSeconds(300));
  }

  @Test
  default void the_fake_remembers_each_tokens_room_user_capabilities_attributes_and_times() {
    Service s = open();
    String room = s.room();
    Map<String, Object> input = tokenFor(room, "ana");
    input.put("capabilities", List.of("SEND_MESSAGE", "DELETE_MESSAGE", "SEND_MESSAGE"));
    input.put("attributes", Wire.of("displayName", "Ana"));
    input.put("sessionDurationInMinutes", 30);

    Reply reply = s.ok("CreateChatToken", input);

    ChatToken remembered = s.control().chatToken(reply.string("token")).orElseThrow();
    assertThat(remembered.roomArn()).isEqualTo(room);
    assertThat(remembered.userId()).isEqualTo("ana");
    assertThat(remembered.capabilities())
        .containsExactly("SEND_MESSAGE", "DELETE_MESSAGE", "SEND_MESSAGE");
    assertThat(remembered.attributes()).isEqualTo(Map.of("displayName", "Ana"));
    Instant issued = s.control().calls(Operation.CREATE_CHAT_TOKEN).get(0).time();
    assertThat(remembered.createTime()).isEqualTo(issued);
    assertThat(remembered.tokenExpirationTime()).isEqualTo(reply.instant("tokenExpirationTime"));
    assertThat(remembered.sessionExpirationTime())
        .isEqualTo(reply.instant("sessionExpirationTime")).isEqualTo(issued.plusSeconds(1800));
  }

  @Test
  default void a_token_without_capabilities_or_attributes_remembers_empty_ones() {
    Service s = open();

    String token = s.ok("CreateChatToken", tokenFor(s.room(), "viewer")).string("token");

    assertThat(s.control().chatToken(token).orElseThrow())
        .satisfies(t -> assertThat(t.capabilities()).isEmpty())
        .satisfies(t -> assertThat(t.attributes()).isEmpty());
  }

  @Test
  default void a_token_for_a_room_that_does_not_exist_is_a_404_and_nothing_is_remembered() {
    Service s = open();

    ServiceError e = s.fails("CreateChatToken",
        tokenFor(Fixture.ROOM_ARN_PREFIX + "g1H2I3j4k5L6", "ana"), ServiceError.RESOURCE_NOT_FOUND);

    assertThat(e.resourceId()).isEqualTo("g1H2I3j4k5L6");
    assertThat(e.resourceType()).isEqualTo(ServiceError.ROOM);
    assertThat(s.control().chatTokens()).isEmpty();
  }
}
