package dev.ivschat.testkit.sdk1;

import static dev.ivschat.testkit.sdk1.Requests.LAMBDA;
import static dev.ivschat.testkit.sdk1.Requests.loggingTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.CreateRoomResult;
import com.amazonaws.services.ivschat.model.GetLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.GetLoggingConfigurationResult;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.GetRoomResult;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import com.amazonaws.services.ivschat.model.ListTagsForResourceRequest;
import com.amazonaws.services.ivschat.model.MessageReviewHandler;
import com.amazonaws.services.ivschat.model.RoomSummary;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.TagResourceRequest;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.Destination;
import dev.ivschat.testkit.Operation;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests and results are copied at the boundary: what a caller mutates later changes nothing. */
class BoundaryCopiesTest {
  private final FakeAmazonivschat fake = new FakeAmazonivschat();
  private final Amazonivschat ivschat = fake;

  private GetRoomResult getRoom(String arn) {
    return ivschat.getRoom(new GetRoomRequest().withIdentifier(arn));
  }

  @Test
  void mutating_a_create_room_request_after_the_call_changes_neither_the_room_nor_the_journal() {
    String lc = ivschat.createLoggingConfiguration(loggingTo("logs")).getArn();
    Map<String, String> tags = new HashMap<>(Map.of("team", "chat"));
    CreateRoomRequest request = new CreateRoomRequest().withName("lobby").withTags(tags)
        .withMessageReviewHandler(new MessageReviewHandler().withUri(LAMBDA))
        .withLoggingConfigurationIdentifiers(lc);
    String arn = ivschat.createRoom(request).getArn();

    tags.put("team", "changed");
    tags.put("extra", "x");
    request.getMessageReviewHandler().setUri("");
    request.getLoggingConfigurationIdentifiers().clear();
    request.setName("other");

    GetRoomResult room = getRoom(arn);
    assertThat(room.getTags()).isEqualTo(Map.of("team", "chat"));
    assertThat(room.getMessageReviewHandler().getUri()).isEqualTo(LAMBDA);
    assertThat(room.getLoggingConfigurationIdentifiers()).containsExactly(lc);
    assertThat(room.getName()).isEqualTo("lobby");
    CreateRoomRequest journaled = fake.calls(Operation.CREATE_ROOM).get(0)
        .request(CreateRoomRequest.class);
    assertThat(journaled).isNotSameAs(request);
    assertThat(journaled.getName()).isEqualTo("lobby");
    assertThat(journaled.getTags()).isEqualTo(Map.of("team", "chat"));
    assertThat(journaled.getMessageReviewHandler().getUri()).isEqualTo(LAMBDA);
    assertThat(journaled.getLoggingConfigurationIdentifiers()).containsExactly(lc);
  }

  @Test
  void mutating_a_returned_result_changes_nothing_in_the_fake() {
    CreateRoomResult created = ivschat.createRoom(new CreateRoomRequest()
        .withTags(Map.of("team", "chat"))
        .withMessageReviewHandler(new MessageReviewHandler().withUri(LAMBDA)));

    created.getTags().put("team", "changed");
    created.getMessageReviewHandler().setUri("");
    created.getLoggingConfigurationIdentifiers().add("x");
    getRoom(created.getArn()).getTags().clear();
    RoomSummary summary = ivschat.listRooms(new ListRoomsRequest()).getRooms().get(0);
    summary.getTags().put("more", "x");
    ivschat.listTagsForResource(new ListTagsForResourceRequest()
        .withResourceArn(created.getArn())).getTags().clear();

    GetRoomResult room = getRoom(created.getArn());
    assertThat(room.getTags()).isEqualTo(Map.of("team", "chat"));
    assertThat(room.getMessageReviewHandler().getUri()).isEqualTo(LAMBDA);
    assertThat(room.getLoggingConfigurationIdentifiers()).isEmpty();
  }

  @Test
  void mutating_a_logging_configuration_request_or_result_changes_nothing() {
    CreateLoggingConfigurationRequest request = loggingTo("chat-logs");
    String arn = ivschat.createLoggingConfiguration(request).getArn();
    request.getDestinationConfiguration().getS3().setBucketName("changed");
    GetLoggingConfigurationResult got = ivschat.getLoggingConfiguration(
        new GetLoggingConfigurationRequest().withIdentifier(arn));
    got.getDestinationConfiguration().getS3().setBucketName("changed-too");

    assertThat(fake.loggingConfiguration(arn).orElseThrow().destination())
        .isEqualTo(Destination.s3("chat-logs"));
    assertThat(fake.calls(Operation.CREATE_LOGGING_CONFIGURATION).get(0)
        .request(CreateLoggingConfigurationRequest.class).getDestinationConfiguration().getS3()
        .getBucketName()).isEqualTo("chat-logs");
  }

  @Test
  void mutating_event_attributes_and_token_requests_after_the_call_changes_nothing() {
    String room = ivschat.createRoom(new CreateRoomRequest()).getArn();
    Map<String, String> attributes = new HashMap<>(Map.of("text", "hi"));
    ivschat.sendEvent(new SendEventRequest().withRoomIdentifier(room).withEventName("say")
        .withAttributes(attributes));
    CreateChatTokenRequest tokenRequest = new CreateChatTokenRequest().withRoomIdentifier(room)
        .withUserId("ana").withCapabilities("SEND_MESSAGE")
        .withAttributes(new HashMap<>(Map.of("role", "viewer")));
    String token = ivschat.createChatToken(tokenRequest).getToken();

    attributes.put("text", "changed");
    tokenRequest.getCapabilities().add("DELETE_MESSAGE");
    tokenRequest.getAttributes().put("role", "admin");

    assertThat(fake.sentEvents().get(0).attributes()).isEqualTo(Map.of("text", "hi"));
    ChatToken remembered = fake.chatToken(token).orElseThrow();
    assertThat(remembered.capabilities()).containsExactly("SEND_MESSAGE");
    assertThat(remembered.attributes()).isEqualTo(Map.of("role", "viewer"));
  }

  @Test
  void mutating_a_tag_map_after_tag_resource_changes_nothing() {
    String room = ivschat.createRoom(new CreateRoomRequest()).getArn();
    Map<String, String> tags = new HashMap<>(Map.of("team", "chat"));
    ivschat.tagResource(new TagResourceRequest().withResourceArn(room).withTags(tags));

    tags.put("team", "changed");

    assertThat(getRoom(room).getTags()).isEqualTo(Map.of("team", "chat"));
  }

  @Test
  void the_control_surface_hands_out_immutable_snapshots() {
    String room = ivschat.createRoom(new CreateRoomRequest().withTags(Map.of("k", "v")))
        .getArn();
    ivschat.sendEvent(new SendEventRequest().withRoomIdentifier(room).withEventName("e")
        .withAttributes(Map.of("a", "b")));

    assertThatThrownBy(() -> fake.rooms().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> fake.room(room).orElseThrow().tags().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> fake.sentEvents().get(0).attributes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> fake.calls().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(fake.room(room).orElseThrow().tags()).isEqualTo(Map.of("k", "v"));
  }
}
