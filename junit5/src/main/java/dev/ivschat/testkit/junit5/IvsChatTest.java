package dev.ivschat.testkit.junit5;

import dev.ivschat.testkit.IvsChatConfig;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives every test of the class a fresh, isolated in-memory IVS Chat, with the clients of every
 * installed front door on it, injected as parameters.
 *
 * <pre>{@code
 * @IvsChatTest
 * class ModerationTest {
 *   @Test
 *   void bans_the_user(Amazonivschat ivschat, IvsChatControl control) {   // ivschat-testkit-sdk1
 *     String room = ivschat.createRoom(new CreateRoomRequest().withName("lobby")).getArn();
 *     new Moderation(ivschat).ban(room, "mallory");
 *     assertThat(control.sentEvents(room)).extracting(SentEvent::eventName)
 *         .containsExactly(SentEvent.DISCONNECT_USER);
 *   }
 * }
 * }</pre>
 *
 * <p>This is {@link IvsChatExtension} registered with {@code @ExtendWith}: the attributes are the
 * most used settings of {@link IvsChatExtension#builder()}, with the same meaning. Use the
 * annotation or a {@code @RegisterExtension} field, not both.
 *
 * <p><b>On a {@code @Nested} class</b> the attributes it names override those of the enclosing
 * classes' annotations, and the others are inherited from them; an attribute left at its default
 * value counts as not named (so a nested annotation cannot set an attribute back to its default).
 * {@link #scope()} is not inherited: a nested class's annotation says how that class's tests share,
 * {@link IvsChatScope#PER_TEST} unless it names another.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(IvsChatExtension.class)
public @interface IvsChatTest {

  /** The value of {@link #idSeed()} that means "derive the seed from the test's identity". */
  long SEED_FROM_TEST_ID = Long.MIN_VALUE;

  /** The default of {@link #diagnostics()}: how many calls and events a failure report lists. */
  int DEFAULT_DIAGNOSTICS = 20;

  /**
   * The region in the IVS Chat's ARNs.
   *
   * @return lower-case letters, digits and dashes
   */
  String region() default IvsChatConfig.DEFAULT_REGION;

  /**
   * The account id in the IVS Chat's ARNs.
   *
   * @return 12 digits
   */
  String accountId() default IvsChatConfig.DEFAULT_ACCOUNT_ID;

  /**
   * The seed of the IVS Chat's ids and tokens. By default ({@link #SEED_FROM_TEST_ID}) it is a stable
   * hash of the test's unique id, so each test gets its own ids and the same ones on every run;
   * any other value gives every IVS Chat that seed.
   *
   * @return the seed, or {@link #SEED_FROM_TEST_ID}
   */
  long idSeed() default SEED_FROM_TEST_ID;

  /**
   * Where the IVS Chat's clock starts, as an ISO-8601 instant such as {@code 2025-01-01T00:00:00Z}.
   * By default (empty) it starts at the time the IVS Chat is made.
   *
   * @return an instant, or empty
   */
  String clockStart() default "";

  /**
   * Whether the service's documented API rate quotas are enforced on the IVS Chat's clock.
   *
   * @return true to enforce
   */
  boolean enforceRateQuotas() default false;

  /**
   * Which tests share an IVS Chat. Not inherited by {@code @Nested} classes that carry their
   * own annotation.
   *
   * @return {@link IvsChatScope#PER_TEST} (the default) or {@link IvsChatScope#PER_CLASS}
   */
  IvsChatScope scope() default IvsChatScope.PER_TEST;

  /**
   * How many of the last calls and sent events the report on a failed test lists; 0 turns the
   * report off.
   *
   * @return 0 or more
   */
  int diagnostics() default DEFAULT_DIAGNOSTICS;

  /**
   * Whether the tests talk to their IVS Chat through a local server instead of in process. With
   * {@code true}, one local IVS Chat server is started for the top-level test class (and stopped
   * after it); each IVS Chat, made from the other settings as usual, is served on it under an
   * access key id of its own, so tests sharing the server stay isolated; and the client
   * parameters get <em>real</em> SDK clients pointed at it: {@code Amazonivschat} and
   * {@code AmazonivschatAsync} with the AWS SDK for Java v1 on the class path,
   * {@code IvschatClient} and {@code IvschatAsyncClient} with the v2 SDK, plus the server
   * ({@code IvsChatServer}) and the account's endpoint and credentials ({@code ServerAccount}).
   * {@code IvsChat}, {@code IvsChatControl}, {@code FakeClock}, {@code Faults},
   * {@code IvsChatConfig} and {@link CurrentIvsChat} are injected as usual; the in-process fakes
   * ({@code FakeAmazonivschat}, {@code FakeIvschatClient}, ...) are not.
   *
   * <p>Needs {@code dev.ivschat:ivschat-testkit-server} on the test class path (in test scope);
   * without it the class fails with an {@code ExtensionConfigurationException}.
   *
   * @return true to serve the IVS Chats from a local server
   */
  boolean server() default false;
}
