package dev.ivschat.testkit.junit5;

import dev.ivschat.testkit.IvsChat;

/**
 * The IVS Chat of the test that is running, for dynamic tests, which cannot take parameters.
 *
 * <p>Inject it into a {@code @TestFactory} method and call it inside each dynamic test: in scope
 * {@link IvsChatScope#PER_TEST} every dynamic test gets a fresh IVS Chat of its own.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> each_dynamic_test_gets_a_fresh_ivs_chat(CurrentIvsChat current) {
 *   return Stream.of("a", "b").map(name -> dynamicTest(name, () -> {
 *     Amazonivschat client = current.client(Amazonivschat.class);
 *     client.createRoom(new CreateRoomRequest().withName(name));
 *     assertThat(current.ivsChat().rooms()).hasSize(1);
 *   }));
 * }
 * }</pre>
 *
 * <p>Outside a dynamic test (in the factory method itself, or in an ordinary test) it gives the
 * IVS Chat of the test it was injected into. Call it on the thread that runs the dynamic test, not
 * from threads that test starts.
 */
public interface CurrentIvsChat {

  /**
   * The IVS Chat of the running dynamic test, or of the test this was injected into.
   *
   * @return the handle, which is also its control surface
   */
  IvsChat ivsChat();

  /**
   * A client of an installed front door on the same IVS Chat as {@link #ivsChat()}: the object a
   * parameter of that type in the same test gets.
   *
   * @param type a client type of an installed front door, e.g. {@code Amazonivschat.class}
   *     (ivschat-testkit-sdk1) or {@code IvschatClient.class} (ivschat-testkit-sdk2)
   * @param <T> the type
   * @return the client
   * @throws IllegalArgumentException when no installed front door makes the type
   * @throws IllegalStateException when the test it belongs to has ended
   */
  <T> T client(Class<T> type);
}
