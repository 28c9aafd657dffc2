package dev.ivschat.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import dev.ivschat.testkit.FakeAmazonivschat;
import dev.ivschat.testkit.FakeClock;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.jqwik.internal.FakeReportingFormat;
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

/** Fakes drawn from the property's random source replay exactly. */
class SeedingTest {

  @Example
  void the_same_random_source_draws_the_same_fake() {
    RandomGenerator<FakeAmazonivschat> generator = IvsChatFakes.seededFakes().generator(1000);
    FakeAmazonivschat first = generator.next(new Random(42)).value();
    FakeAmazonivschat again = generator.next(new Random(42)).value();
    assertThat(again).isNotSameAs(first);
    assertThat(again.config().idSeed()).isEqualTo(first.config().idSeed());
    assertThat(transcript(again)).isEqualTo(transcript(first));
  }

  @Example
  void each_value_of_a_drawn_fake_is_a_fresh_fake() {
    Shrinkable<FakeAmazonivschat> drawn =
        IvsChatFakes.seededFakes().generator(1000).next(new Random(7));
    FakeAmazonivschat used = drawn.value();
    used.createRoom(new CreateRoomRequest());
    used.clock().advance(Duration.ofHours(1));
    FakeAmazonivschat replayed = drawn.value();
    assertThat(replayed.rooms()).isEmpty();
    assertThat(replayed.clock().instant()).isEqualTo(IvsChatFakes.CLOCK_START);
  }

  @Example
  void a_reported_seed_replays_by_hand() {
    FakeAmazonivschat drawn = IvsChatFakes.seededFakes().generator(1000).next(new Random(3))
        .value();
    IvsChatConfig base = IvsChatConfig.builder().clockStart(IvsChatFakes.CLOCK_START).build();
    FakeAmazonivschat byHand = IvsChatFakes.seededFake(base, drawn.config().idSeed());
    assertThat(transcript(byHand)).isEqualTo(transcript(drawn));
  }

  @Example
  void a_base_configuration_is_kept_and_its_fake_clock_not_shared() {
    FakeClock clock = new FakeClock(Instant.parse("2030-01-01T00:00:00Z"));
    IvsChatConfig base = IvsChatConfig.builder().region("eu-west-1").clock(clock).build();
    Arbitrary<FakeAmazonivschat> fakes = IvsChatFakes.seededFakes(base);
    FakeAmazonivschat one = fakes.generator(1000).next(new Random(1)).value();
    one.clock().advance(Duration.ofMinutes(5));
    FakeAmazonivschat two = fakes.generator(1000).next(new Random(2)).value();
    assertThat(one.config().region()).isEqualTo("eu-west-1");
    assertThat(two.clock().instant()).isEqualTo(clock.instant());
  }

  @Example
  void shrinking_moves_the_seed_towards_zero() {
    Shrinkable<FakeAmazonivschat> drawn =
        IvsChatFakes.seededFakes().generator(1000).next(new Random(11));
    long seed = drawn.value().config().idSeed();
    List<Long> shrunk = new ArrayList<>();
    drawn.shrink().limit(5).forEach(s -> shrunk.add(s.value().config().idSeed()));
    assertThat(shrunk).allSatisfy(s -> assertThat(Math.abs(s)).isLessThanOrEqualTo(Math.abs(seed)));
  }

  @Example
  void jqwik_reports_a_drawn_fake_with_its_seed() {
    FakeAmazonivschat fake = IvsChatFakes.seededFake(IvsChatConfig.defaults(), 1234);
    FakeReportingFormat format = new FakeReportingFormat();
    assertThat(format.appliesTo(fake)).isTrue();
    assertThat(format.report(fake)).hasToString(
        "FakeAmazonivschat[idSeed=1234, region=us-east-1, accountId=123456789012]");
  }

  @Property(tries = 20)
  void a_forall_fake_is_seeded_and_fresh(@ForAll FakeAmazonivschat ivschat) {
    assertThat(ivschat.rooms()).isEmpty();
    assertThat(ivschat.clock().instant()).isEqualTo(IvsChatFakes.CLOCK_START);
    assertThat(transcript(IvsChatFakes.seededFake(ivschat.config(), ivschat.config().idSeed())))
        .isEqualTo(transcript(ivschat));
  }

  /** Room ARN, token and expiry that a fixed sequence of calls yields. */
  private static List<Object> transcript(FakeAmazonivschat ivschat) {
    String room = ivschat.createRoom(new CreateRoomRequest().withName("r")).getArn();
    var token = ivschat.createChatToken(new CreateChatTokenRequest().withRoomIdentifier(room)
        .withUserId("u"));
    return List.of(room, token.getToken(), token.getSessionExpirationTime());
  }
}
