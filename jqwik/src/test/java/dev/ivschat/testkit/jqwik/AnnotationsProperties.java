package dev.ivschat.testkit.jqwik;

import static dev.ivschat.testkit.jqwik.Fixtures.ROOM_ARN;
import static dev.ivschat.testkit.jqwik.Fixtures.fakeWithRoom;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteMessageRequest;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The {@code @Valid...} annotations generate values the fake accepts. */
class AnnotationsProperties {

  @Property(tries = 100)
  void room_names_and_tags(@ForAll @ValidRoomName String name,
      @ForAll @ValidTags Map<String, String> tags) {
    Amazonivschat ivschat = fakeWithRoom();
    assertThat(name).matches("[a-zA-Z0-9-_]{0,128}");
    assertThat(ivschat.createRoom(new CreateRoomRequest().withName(name).withTags(tags)).getTags())
        .isEqualTo(tags);
  }

  @Property(tries = 100)
  void user_ids_and_attributes(@ForAll @ValidUserId String user,
      @ForAll @ValidAttributes Map<String, String> attributes) {
    Amazonivschat ivschat = fakeWithRoom();
    ivschat.createChatToken(new CreateChatTokenRequest().withRoomIdentifier(ROOM_ARN)
        .withUserId(user).withAttributes(attributes));
  }

  @Property(tries = 100)
  void event_names(@ForAll @ValidEventName String name) {
    Amazonivschat ivschat = fakeWithRoom();
    ivschat.sendEvent(new SendEventRequest().withRoomIdentifier(ROOM_ARN).withEventName(name));
  }

  @Property(tries = 100)
  void message_ids_and_reasons(@ForAll @ValidMessageId String id,
      @ForAll @ValidReason String reason, @ForAll @ValidUserId String user) {
    Amazonivschat ivschat = fakeWithRoom();
    ivschat.deleteMessage(new DeleteMessageRequest().withRoomIdentifier(ROOM_ARN).withId(id)
        .withReason(reason));
    ivschat.disconnectUser(new DisconnectUserRequest().withRoomIdentifier(ROOM_ARN)
        .withUserId(user).withReason(reason));
  }

  @Property(tries = 50)
  void in_type_arguments(@ForAll List<@ValidRoomName String> names) {
    assertThat(names).allSatisfy(name -> assertThat(name).matches("[a-zA-Z0-9-_]{0,128}"));
  }
}
