package dev.ivschat.testkit.jqwik;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import java.time.Instant;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * In-memory IVS Chats whose ids and tokens come from the property's own random source, so that a
 * failing try, and its shrunk form, replays exactly. Needs no AWS SDK; the SDK fakes seeded the
 * same way come from {@link IvsChatV1Arbitraries#seededFakes()} and
 * {@link IvsChatV2Arbitraries#seededFakes()}.
 *
 * <p>The configuration's {@link IvsChatConfig#idSeed() idSeed} is drawn with
 * {@code Arbitraries.longs()}: the fake is part of the generated input. Running the property again
 * with the seed jqwik reports draws the same idSeed, so every room id, ARN, chat token, event id
 * and request id is the same as in the failing run; shrinking moves the idSeed towards 0 like any
 * other long. Every draw is a new fake with its own state and its own clock.
 *
 * <pre>{@code
 * @Property(tries = 50)
 * void a_token_per_user(@ForAll IvsChat ivsChat, @ForAll @ValidUserId String user) {
 *   String room = ivsChat.call(IvsChatRequest.CreateRoom.named("r")).value().arn();
 *   ivsChat.call(new IvsChatRequest.CreateChatToken(room, user, null, null, null));
 *   assertThat(ivsChat.chatTokens()).singleElement()
 *       .satisfies(token -> assertThat(token.userId()).isEqualTo(user));
 * }
 * }</pre>
 *
 * <p>A {@code @ForAll IvsChat} parameter gets {@link #seededIvsChats()}; jqwik reports it with its
 * idSeed, as {@code IvsChat[idSeed=…, region=…, accountId=…]}.
 */
public final class IvsChatFakes {
  /** Where the clock of a fake from the default seeded configurations stands, so times replay. */
  public static final Instant CLOCK_START = Instant.parse("2025-01-01T00:00:00Z");

  private IvsChatFakes() {
  }

  /**
   * The configuration every default seeded fake starts from: the defaults, with each fake's own
   * {@code FakeClock} standing at {@link #CLOCK_START}.
   *
   * @return the configuration, whose idSeed the draws replace
   */
  public static IvsChatConfig defaultBase() {
    return IvsChatConfig.builder().clockStart(CLOCK_START).build();
  }

  /**
   * Configurations of {@link #defaultBase()} with a drawn idSeed.
   *
   * @return the configurations
   */
  public static Arbitrary<IvsChatConfig> seededConfigs() {
    return seededConfigs(defaultBase());
  }

  /**
   * Configurations of the test's choosing with a drawn idSeed: what every seeded fake is made from.
   * The base's clock setting is kept: with {@code clockStart(...)} each fake gets its own
   * {@code FakeClock} and times replay; a clock given with {@code clock(...)} is shared by every
   * draw (and then times do not replay).
   *
   * @param base the configuration; its idSeed is replaced
   * @return the configurations
   */
  public static Arbitrary<IvsChatConfig> seededConfigs(IvsChatConfig base) {
    Objects.requireNonNull(base, "base");
    return Arbitraries.longs().map(seed -> seededConfig(base, seed));
  }

  /**
   * A configuration with its idSeed replaced.
   *
   * @param base the configuration
   * @param idSeed the seed, as jqwik reported it
   * @return the configuration
   */
  public static IvsChatConfig seededConfig(IvsChatConfig base, long idSeed) {
    return base.toBuilder().idSeed(idSeed).build();
  }

  /**
   * Fresh in-memory IVS Chats of {@link #defaultBase()} with a drawn idSeed.
   *
   * @return a new {@code IvsChat} on every draw
   */
  public static Arbitrary<IvsChat> seededIvsChats() {
    return seededIvsChats(defaultBase());
  }

  /**
   * Fresh in-memory IVS Chats of a configuration of the test's choosing with a drawn idSeed.
   *
   * @param base the configuration; its idSeed is replaced
   * @return a new {@code IvsChat} on every draw
   */
  public static Arbitrary<IvsChat> seededIvsChats(IvsChatConfig base) {
    return seededConfigs(base).map(IvsChat::new);
  }

  /**
   * The IVS Chat a property drew with this idSeed: what a test uses to replay a reported failure
   * by hand.
   *
   * @param base the configuration; its idSeed is replaced
   * @param idSeed the seed, as jqwik reported it
   * @return a new {@code IvsChat}
   */
  public static IvsChat seededIvsChat(IvsChatConfig base, long idSeed) {
    return new IvsChat(seededConfig(base, idSeed));
  }
}
