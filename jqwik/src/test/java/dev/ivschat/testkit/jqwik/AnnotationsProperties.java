package dev.ivschat.testkit.jqwik;

import static dev.ivschat.testkit.jqwik.Fixtures.ROOM_ARN;
import static dev.ivschat.testkit.jqwik.Fixtures.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.IvsChatRequest.CreateChatToken;
import dev.ivschat.testkit.IvsChatRequest.CreateRoom;
import dev.ivschat.testkit.IvsChatRequest.DeleteMessage;
import dev.ivschat.testkit.IvsChatRequest.DisconnectUser;
import dev.ivschat.testkit.IvsChatRequest.SendEvent;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The {@code @Valid...} annotations generate values the fake accepts. */
class AnnotationsProperties {

  @Property(tries = 100)
  void room_names_and_tags(@ForAll @ValidRoomName String name,
      @ForAll @ValidTags Map<String, String> tags) {
    assertThat(name).matches("[a-zA-Z0-9-_]{0,128}");
    assertThat(accepted(new CreateRoom(name, null, null, null, tags, null)).tags())
        .isEqualTo(tags);
  }

  @Property(tries = 100)
  void user_ids_and_attributes(@ForAll @ValidUserId String user,
      @ForAll @ValidAttributes Map<String, String> attributes) {
    accepted(new CreateChatToken(ROOM_ARN, user, null, null, attributes));
  }

  @Property(tries = 100)
  void event_names(@ForAll @ValidEventName String name) {
    accepted(new SendEvent(ROOM_ARN, name, null));
  }

  @Property(tries = 100)
  void message_ids_and_reasons(@ForAll @ValidMessageId String id,
      @ForAll @ValidReason String reason, @ForAll @ValidUserId String user) {
    accepted(new DeleteMessage(ROOM_ARN, id, reason));
    accepted(new DisconnectUser(ROOM_ARN, user, reason));
  }

  @Property(tries = 50)
  void in_type_arguments(@ForAll List<@ValidRoomName String> names) {
    assertThat(names).allSatisfy(name -> assertThat(name).matches("[a-zA-Z0-9-_]{0,128}"));
  }
}
