package dev.ivschat.testkit.jqwik;

import dev.ivschat.testkit.FakeAmazonivschat;
import dev.ivschat.testkit.FakeClock;
import dev.ivschat.testkit.IvsChatConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Fakes whose ids and tokens come from the property's own random source, so that a failing try,
 * and its shrunk form, replays exactly.
 *
 * <p>The fake's {@link IvsChatConfig#idSeed() idSeed} is drawn with {@code Arbitraries.longs()}:
 * the fake is part of the generated input. Running the property again with the seed jqwik reports
 * draws the same idSeed, so every room id, ARN, chat token, event id and request id is the same
 * as in the failing run; shrinking moves the idSeed towards 0 like any other long. Every draw is a
 * new fake with its own state and its own clock.
 *
 * <pre>{@code
 * @Property(tries = 50)
 * void a_token_per_user(@ForAll FakeAmazonivschat ivschat, @ForAll @ValidUserId String user) {
 *   String room = ivschat.createRoom(new CreateRoomRequest()).getArn();
 *   ivschat.createChatToken(new CreateChatTokenRequest().withRoomIdentifier(room).withUserId(user));
 *   assertThat(ivschat.chatTokens()).singleElement()
 *       .satisfies(token -> assertThat(token.userId()).isEqualTo(user));
 * }
 * }</pre>
 *
 * <p>A {@code @ForAll FakeAmazonivschat} parameter gets {@link #seededFakes()}; jqwik reports it
 * with its idSeed.
 */
public final class IvsChatFakes {
  /** Where the clock of a fake from {@link #seededFakes()} stands, so times replay too. */
  public static final Instant CLOCK_START = Instant.parse("2025-01-01T00:00:00Z");

  private IvsChatFakes() {
  }

  /**
   * Fakes with the default configuration, a seeded id generator and a {@link FakeClock} standing
   * at {@link #CLOCK_START}.
   *
   * @return a new fake on every draw
   */
  public static Arbitrary<FakeAmazonivschat> seededFakes() {
    return seededFakes(IvsChatConfig.builder().clockStart(CLOCK_START).build());
  }

  /**
   * Fakes with a configuration of the test's choosing and a seeded id generator. When the
   * configuration's clock is a {@link FakeClock}, each fake gets its own clock standing at that
   * clock's current instant; any other clock is shared as it is (and then times do not replay).
   *
   * @param base the configuration; its idSeed is replaced
   * @return a new fake on every draw
   */
  public static Arbitrary<FakeAmazonivschat> seededFakes(IvsChatConfig base) {
    Objects.requireNonNull(base, "base");
    return Arbitraries.longs().map(seed -> seededFake(base, seed));
  }

  /**
   * The fake a property drew with this idSeed: what a test uses to replay a reported failure by
   * hand.
   *
   * @param base the configuration; its idSeed is replaced
   * @param idSeed the seed, as jqwik reported it
   * @return a new fake
   */
  public static FakeAmazonivschat seededFake(IvsChatConfig base, long idSeed) {
    Clock clock = base.clock() instanceof FakeClock fake ? new FakeClock(fake.instant())
        : base.clock();
    return new FakeAmazonivschat(base.toBuilder().idSeed(idSeed).clock(clock).build());
  }
}
