package dev.ivschat.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.jqwik.internal.FakeReportingFormat;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenResponse;

/** IVS Chats and fakes drawn from the property's random source replay exactly. */
class SeedingTest {

  @Example
  void the_same_random_source_draws_the_same_ivs_chat() {
    RandomGenerator<IvsChat> generator = IvsChatFakes.seededIvsChats().generator(1000);
    IvsChat first = generator.next(new Random(42)).value();
    IvsChat again = generator.next(new Random(42)).value();
    assertThat(again).isNotSameAs(first);
    assertThat(again.config().idSeed()).isEqualTo(first.config().idSeed());
    assertThat(transcript(again)).isEqualTo(transcript(first));
  }

  @Example
  void each_value_of_a_drawn_ivs_chat_is_a_fresh_one() {
    Shrinkable<IvsChat> drawn = IvsChatFakes.seededIvsChats().generator(1000).next(new Random(7));
    IvsChat used = drawn.value();
    used.call(IvsChatRequest.CreateRoom.named("r"));
    used.clock().advance(Duration.ofHours(1));
    IvsChat replayed = drawn.value();
    assertThat(replayed.rooms()).isEmpty();
    assertThat(replayed.clock().instant()).isEqualTo(IvsChatFakes.CLOCK_START);
  }

  @Example
  void a_reported_seed_replays_by_hand() {
    IvsChat drawn = IvsChatFakes.seededIvsChats().generator(1000).next(new Random(3)).value();
    IvsChat byHand = IvsChatFakes.seededIvsChat(IvsChatFakes.defaultBase(),
        drawn.config().idSeed());
    assertThat(transcript(byHand)).isEqualTo(transcript(drawn));
  }

  @Example
  void a_base_configuration_is_kept_and_each_draw_gets_its_own_clock() {
    Instant start = Instant.parse("2030-01-01T00:00:00Z");
    IvsChatConfig base = IvsChatConfig.builder().region("eu-west-1").clockStart(start).build();
    Arbitrary<IvsChat> ivsChats = IvsChatFakes.seededIvsChats(base);
    IvsChat one = ivsChats.generator(1000).next(new Random(1)).value();
    one.clock().advance(Duration.ofMinutes(5));
    IvsChat two = ivsChats.generator(1000).next(new Random(2)).value();
    assertThat(one.config().region()).isEqualTo("eu-west-1");
    assertThat(two.clock().instant()).isEqualTo(start);
  }

  @Example
  void shrinking_moves_the_seed_towards_zero() {
    Shrinkable<IvsChat> drawn =
        IvsChatFakes.seededIvsChats().generator(1000).next(new Random(11));
    long seed = drawn.value().config().idSeed();
    List<Long> shrunk = new ArrayList<>();
    drawn.shrink().limit(5).forEach(s -> shrunk.add(s.value().config().idSeed()));
    assertThat(shrunk).allSatisfy(s -> assertThat(Math.abs(s)).isLessThanOrEqualTo(Math.abs(seed)));
  }

  @Example
  void jqwik_reports_a_drawn_fake_with_its_seed() {
    FakeReportingFormat format = new FakeReportingFormat();
    IvsChat ivsChat = IvsChatFakes.seededIvsChat(IvsChatConfig.defaults(), 1234);
    assertThat(format.appliesTo(ivsChat)).isTrue();
    assertThat(format.report(ivsChat)).hasToString(
        "IvsChat[idSeed=1234, region=us-east-1, accountId=123456789012]");
    FakeAmazonivschat fake = IvsChatV1Arbitraries.seededFake(IvsChatConfig.defaults(), 1234);
    assertThat(format.appliesTo(fake)).isTrue();
    assertThat(format.report(fake)).hasToString(
        "FakeAmazonivschat[idSeed=1234, region=us-east-1, accountId=123456789012]");
    FakeIvschatClient client = IvsChatV2Arbitraries.seededFake(IvsChatConfig.defaults(), 1234);
    assertThat(format.report(client)).hasToString(
        "FakeIvschatClient[idSeed=1234, region=us-east-1, accountId=123456789012]");
    assertThat(format.appliesTo("not a fake")).isFalse();
  }

  @Property(tries = 20)
  void a_forall_ivs_chat_is_seeded_and_fresh(@ForAll IvsChat ivsChat) {
    assertThat(ivsChat.rooms()).isEmpty();
    assertThat(ivsChat.clock().instant()).isEqualTo(IvsChatFakes.CLOCK_START);
    assertThat(transcript(IvsChatFakes.seededIvsChat(ivsChat.config(), ivsChat.config().idSeed())))
        .isEqualTo(transcript(ivsChat));
  }

  @Property(tries = 20)
  void a_forall_v1_fake_is_seeded_and_fresh(@ForAll FakeAmazonivschat ivschat) {
    assertThat(ivschat.rooms()).isEmpty();
    assertThat(ivschat.clock().instant()).isEqualTo(IvsChatFakes.CLOCK_START);
    long seed = ivschat.config().idSeed();
    List<Object> drawn = transcript(ivschat);
    assertThat(transcript(IvsChatV1Arbitraries.seededFake(ivschat.config(), seed)))
        .isEqualTo(drawn);
    assertThat(transcript(IvsChatFakes.seededIvsChat(ivschat.config(), seed)))
        .as("the v1 fake makes what an IvsChat of its seed makes").isEqualTo(drawn);
  }

  @Property(tries = 20)
  void a_forall_v2_fake_is_seeded_and_fresh(@ForAll FakeIvschatClient ivschat) {
    assertThat(ivschat.rooms()).isEmpty();
    assertThat(ivschat.clock().instant()).isEqualTo(IvsChatFakes.CLOCK_START);
    long seed = ivschat.config().idSeed();
    List<Object> drawn = transcript(ivschat);
    assertThat(transcript(IvsChatV2Arbitraries.seededFake(ivschat.config(), seed)))
        .isEqualTo(drawn);
    assertThat(transcript(IvsChatFakes.seededIvsChat(ivschat.config(), seed)))
        .as("the v2 fake makes what an IvsChat of its seed makes").isEqualTo(drawn);
  }

  /** Room ARN, token and expiry that a fixed sequence of calls yields. */
  private static List<Object> transcript(IvsChat ivsChat) {
    String room = ivsChat.call(IvsChatRequest.CreateRoom.named("r")).value().arn();
    var token = ivsChat.call(new IvsChatRequest.CreateChatToken(room, "u", null, null, null))
        .value();
    return List.of(room, token.token(), token.sessionExpirationTime());
  }

  private static List<Object> transcript(FakeAmazonivschat ivschat) {
    String room = ivschat.createRoom(new CreateRoomRequest().withName("r")).getArn();
    var token = ivschat.createChatToken(new CreateChatTokenRequest().withRoomIdentifier(room)
        .withUserId("u"));
    return List.of(room, token.getToken(), token.getSessionExpirationTime().toInstant());
  }

  private static List<Object> transcript(FakeIvschatClient ivschat) {
    String room = ivschat.createRoom(b -> b.name("r")).arn();
    CreateChatTokenResponse token = ivschat.createChatToken(b -> b.roomIdentifier(room)
        .userId("u"));
    return List.of(room, token.token(), token.sessionExpirationTime());
  }
}
