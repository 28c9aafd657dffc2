package dev.ivschat.testkit.junit5;

import dev.ivschat.testkit.FakeAmazonivschat;
import dev.ivschat.testkit.FakeAmazonivschatAsync;

/**
 * The fake of the test that is running, for dynamic tests, which cannot take parameters.
 *
 * <p>Inject it into a {@code @TestFactory} method and call {@link #fake()} inside each dynamic test:
 * in scope {@link IvsChatScope#PER_TEST} every dynamic test gets a fresh fake of its own.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> each_dynamic_test_gets_a_fresh_fake(CurrentIvsChat current) {
 *   return Stream.of("a", "b").map(name -> dynamicTest(name, () -> {
 *     FakeAmazonivschat fake = current.fake();
 *     fake.createRoom(new CreateRoomRequest().withName(name));
 *     assertThat(fake.rooms()).hasSize(1);
 *   }));
 * }
 * }</pre>
 *
 * <p>Outside a dynamic test (in the factory method itself, or in an ordinary test) it gives the
 * fake of the test it was injected into. Call it on the thread that runs the dynamic test, not
 * from threads that test starts.
 */
public interface CurrentIvsChat {

  /**
   * The fake of the running dynamic test, or of the test this was injected into.
   *
   * @return the fake
   */
  FakeAmazonivschat fake();

  /**
   * The async client over the same fake as {@link #fake()}.
   *
   * @return the async client
   */
  FakeAmazonivschatAsync async();
}
