package dev.ivschat.testkit.assertj;

import org.assertj.core.api.SoftAssertions;

/**
 * AssertJ's {@link SoftAssertions} with the IVS Chat assertions added: every failure is collected,
 * and reported together by {@link #assertAll()}.
 *
 * <pre>{@code
 * IvsChatSoftAssertions softly = new IvsChatSoftAssertions();
 * softly.assertThat(fake).roomNamed("lobby").hasMaximumMessageLength(200).hasNoTags();
 * softly.assertThat(fake).sentEvents(roomArn).containsEventNamed("app:welcome");
 * softly.assertAll();
 * }</pre>
 *
 * <p>With JUnit 5 let AssertJ's {@code SoftAssertionsExtension} create it and call
 * {@code assertAll()} after each test:
 *
 * <pre>{@code
 * @ExtendWith(SoftAssertionsExtension.class)
 * class ModerationTest {
 *   @InjectSoftAssertions IvsChatSoftAssertions softly;
 *
 *   @Test
 *   void bans() {
 *     softly.assertThat(fake).sentEvents().disconnectedUser("user-1", "spam");
 *   }
 * }
 * }</pre>
 *
 * <p>Or, with a lambda: {@code SoftAssertionsProvider.assertSoftly(IvsChatSoftAssertions.class,
 * softly -> ...)}.
 */
public class IvsChatSoftAssertions extends SoftAssertions implements IvsChatSoftAssertionsProvider {

  /** Soft assertions with no error collected yet. */
  public IvsChatSoftAssertions() {
  }
}
