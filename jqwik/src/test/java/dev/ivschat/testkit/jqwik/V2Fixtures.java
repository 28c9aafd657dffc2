package dev.ivschat.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.ivschat.model.CreateRoomRequest;
import software.amazon.awssdk.services.ivschat.model.ValidationException;
import software.amazon.awssdk.services.ivschat.model.ValidationExceptionField;

/** The SDK v2 fake holding one room, and the checks the v2 properties make. */
final class V2Fixtures {
  /** The ARN of the room {@link #fakeWithRoom()} holds. */
  static final String ROOM_ARN = fakeWithRoom().rooms().get(0).arn();

  private V2Fixtures() {
  }

  /** A new default fake (the same idSeed every time) with one room, {@link #ROOM_ARN}. */
  static FakeIvschatClient fakeWithRoom() {
    FakeIvschatClient fake = new FakeIvschatClient();
    fake.createRoom(CreateRoomRequest.builder().build());
    return fake;
  }

  /** Asserts that the call fails with a ValidationException naming exactly the invalid field. */
  static void assertRejected(Invalid<?> bad, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.fieldList())
            .as("fields rejected for a value that %s: %s", bad.violation(), e.getMessage())
            .extracting(ValidationExceptionField::name)
            .containsExactly(bad.field()));
  }

  /** The neutral record the front door made of the fake's last call, as the journal keeps it. */
  static IvsChatRequest<?> lastRequest(FakeIvschatClient fake) {
    return fake.lastCalls(1).get(0).request();
  }
}
