package dev.ivschat.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.ValidationException;
import com.amazonaws.services.ivschat.model.ValidationExceptionField;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The SDK v1 fake holding one room, and the checks the v1 properties make. */
final class V1Fixtures {
  /** The ARN of the room {@link #fakeWithRoom()} holds. */
  static final String ROOM_ARN = fakeWithRoom().rooms().get(0).arn();

  private V1Fixtures() {
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

  /** The neutral record the front door made of the fake's last call, as the journal keeps it. */
  static IvsChatRequest<?> lastRequest(FakeAmazonivschat fake) {
    return fake.lastCalls(1).get(0).request();
  }
}
