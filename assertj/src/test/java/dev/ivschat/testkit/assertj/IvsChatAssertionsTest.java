package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.Fixtures.LOBBY;
import static dev.ivschat.testkit.assertj.Fixtures.fakeWithEvents;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatCalls;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatIvsChatCall;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatSentEvents;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.ResourceNotFoundException;
import dev.ivschat.testkit.FakeAmazonivschat;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entry point: each overload reaches its assert, next to AssertJ's own. */
class IvsChatAssertionsTest {
  private final FakeAmazonivschat fake = fakeWithEvents();

  @Test
  void should_pass_when_each_overload_reaches_its_assert() {
    assertThat(assertThat(fake)).isInstanceOf(FakeAssert.class);
    assertThat(assertThat((IvsChatControl) fake.async())).isInstanceOf(FakeAssert.class);
    assertThat(assertThat(fake.rooms().get(0))).isInstanceOf(RoomAssert.class);
    assertThat(assertThat(fake.sentEvents().get(0))).isInstanceOf(SentEventAssert.class);
    assertThat(assertThatSentEvents(fake.sentEvents())).isInstanceOf(SentEventsAssert.class);
    assertThat(assertThat(fake.calls().get(0))).isInstanceOf(CallAssert.class);
    assertThat(assertThatCalls(fake.calls())).isInstanceOf(CallsAssert.class);
    assertThat(assertThat(new ResourceNotFoundException("gone")))
        .isInstanceOf(ServiceErrorAssert.class);
  }

  @Test
  void should_pass_when_used_next_to_assertj_own_assertions() {
    assertThat(List.of(1, 2)).containsExactly(1, 2);
    assertThat("lobby").startsWith("lo");
    assertThat(fake).room(LOBBY).hasName("lobby");
    assertThatCalls(fake.calls()).hasCalled(Operation.SEND_EVENT);
  }

  @Test
  void should_pass_when_the_call_throws_a_service_error() {
    assertThatIvsChatCall(() -> fake.getRoom(new GetRoomRequest().withIdentifier(LOBBY + "x")))
        .isNotFound()
        .hasResourceId("1rqOLnsUJjR4x");
  }
}
