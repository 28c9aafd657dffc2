package dev.ivschat.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Outcome;
import dev.ivschat.testkit.ServiceError;
import net.jqwik.api.statistics.Statistics;

/**
 * An IVS Chat holding one room, whose ARN is known before it exists (its idSeed is fixed), and the
 * checks the properties make on the neutral handle.
 */
final class Fixtures {
  /** The ARN of the room {@link #ivsChatWithRoom()} holds; the default SDK fakes make it too. */
  static final String ROOM_ARN = ivsChatWithRoom().rooms().get(0).arn();

  private Fixtures() {
  }

  /** A new default IVS Chat (the same idSeed every time) with one room, {@link #ROOM_ARN}. */
  static IvsChat ivsChatWithRoom() {
    IvsChat ivsChat = new IvsChat();
    accepted(ivsChat, IvsChatRequest.CreateRoom.named(null));
    return ivsChat;
  }

  /** Calls a fresh {@link #ivsChatWithRoom()} and asserts that the call succeeded. */
  static <R> R accepted(IvsChatRequest<R> request) {
    return accepted(ivsChatWithRoom(), request);
  }

  /** Calls the IVS Chat and asserts that the call succeeded. */
  static <R> R accepted(IvsChat ivsChat, IvsChatRequest<R> request) {
    Outcome<R> outcome = ivsChat.call(request);
    assertThat(outcome.error()).as("error of %s", request).isNull();
    return outcome.value();
  }

  /** Calls a fresh {@link #ivsChatWithRoom()} and asserts the call failed with this code. */
  static ServiceError failed(IvsChatRequest<?> request, String code) {
    Outcome<?> outcome = ivsChatWithRoom().call(request);
    assertThat(outcome.failed()).as("%s failed", request).isTrue();
    assertThat(outcome.error().code()).isEqualTo(code);
    return outcome.error();
  }

  /**
   * Calls a fresh {@link #ivsChatWithRoom()} and asserts that the call failed validation on
   * exactly the invalid field.
   */
  static void assertRejected(Invalid<?> bad, IvsChatRequest<?> request) {
    assertRejected(bad, ivsChatWithRoom().call(request));
  }

  /** Asserts that a call failed validation on exactly the invalid field. */
  static void assertRejected(Invalid<?> bad, Outcome<?> outcome) {
    assertThat(outcome.failed()).as("a value that %s is rejected", bad.violation()).isTrue();
    assertThat(outcome.error().code()).isEqualTo(ServiceError.VALIDATION);
    assertThat(outcome.error().fields())
        .as("fields rejected for a value that %s: %s", bad.violation(), outcome.error().message())
        .extracting(ServiceError.Field::name)
        .containsExactly(bad.field());
  }

  /**
   * Collects the broken field of each try, and checks at the end of the property that every one
   * of the fields was broken at least once.
   */
  static void coverEvery(Invalid<?> bad, String... fields) {
    Statistics.label("field").collect(bad.field());
    Statistics.label("field").coverage(coverage -> {
      for (String field : fields) {
        coverage.check(field).count((Integer n) -> n > 0);
      }
    });
  }
}
