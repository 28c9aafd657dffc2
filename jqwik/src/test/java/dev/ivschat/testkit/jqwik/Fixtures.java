package dev.ivschat.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.ValidationException;
import com.amazonaws.services.ivschat.model.ValidationExceptionField;
import dev.ivschat.testkit.FakeAmazonivschat;
import net.jqwik.api.statistics.Statistics;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** A fake holding one room, whose ARN is known before the fake exists (its idSeed is fixed). */
final class Fixtures {
  /** The ARN of the room {@link #fakeWithRoom()} holds. */
  static final String ROOM_ARN = fakeWithRoom().rooms().get(0).arn();

  private Fixtures() {
  }

  /** A new default fake (the same idSeed every time) with one room, {@link #ROOM_ARN}. */
  static FakeAmazonivschat fakeWithRoom() {
    FakeAmazonivschat fake = new FakeAmazonivschat();
    fake.createRoom(new CreateRoomRequest());
    return fake;
  }

  /** Asserts that the call fails with a ValidationException naming exactly the invalid field. */
  static void assertRejected(Invalid<?> bad, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.getFieldList())
            .as("fields rejected for a value that %s: %s", bad.violation(), e.getErrorMessage())
            .extracting(ValidationExceptionField::getName)
            .containsExactly(bad.field()));
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
