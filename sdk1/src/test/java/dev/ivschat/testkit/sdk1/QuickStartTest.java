package dev.ivschat.testkit.sdk1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.CreateRoomResult;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's first example: the fake used on its own, through the SDK interface. */
class QuickStartTest {

  @Test
  void a_created_room_can_be_read_listed_and_sent_events() {
    FakeAmazonivschat fake = new FakeAmazonivschat();
    Amazonivschat ivschat = fake;

    CreateRoomResult room = ivschat.createRoom(new CreateRoomRequest().withName("lobby")
        .withTags(Map.of("stream", "42")));
    ivschat.sendEvent(new SendEventRequest().withRoomIdentifier(room.getArn())
        .withEventName("app:welcome").withAttributes(Map.of("text", "hi")));

    assertThat(room.getArn())
        .matches("arn:aws:ivschat:us-east-1:123456789012:room/[a-zA-Z0-9]{12}");
    assertThat(room.getMaximumMessageRatePerSecond()).isEqualTo(10);
    assertThat(room.getMaximumMessageLength()).isEqualTo(500);
    assertThat(ivschat.getRoom(new GetRoomRequest().withIdentifier(room.getArn())).getName())
        .isEqualTo("lobby");
    assertThat(ivschat.listRooms(new ListRoomsRequest()).getRooms()).hasSize(1);
    assertThat(fake.sentEvents(room.getArn())).singleElement()
        .satisfies(e -> assertThat(e.attributes()).containsEntry("text", "hi"));
  }

  @Test
  void an_invalid_room_name_is_rejected_on_the_name_field_and_nothing_is_stored() {
    FakeAmazonivschat fake = new FakeAmazonivschat();

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> fake.createRoom(new CreateRoomRequest().withName("my room!")));

    assertThat(e.getStatusCode()).isEqualTo(400);
    assertThat(e.getErrorCode()).isEqualTo("ValidationException");
    assertThat(e.getReason()).isEqualTo("FIELD_VALIDATION_FAILED");
    assertThat(e.getFieldList()).singleElement()
        .satisfies(f -> assertThat(f.getName()).isEqualTo("name"));
    assertThat(e.getErrorMessage()).isEqualTo("1 validation error detected: Value 'my room!' at "
        + "'name' failed to satisfy constraint: Member must satisfy regular expression pattern: "
        + "[a-zA-Z0-9-_]*");
    assertThat(fake.rooms()).isEmpty();
  }
}
