package dev.ivschat.testkit.jqwik;

import static dev.ivschat.testkit.jqwik.V1Fixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteMessageRequest;
import com.amazonaws.services.ivschat.model.DestinationConfiguration;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.MessageReviewHandler;
import com.amazonaws.services.ivschat.model.ResourceNotFoundException;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.UpdateRoomRequest;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** {@link IvsChatV1Domain} provides the v1 beans and fakes, and everything the neutral one does. */
@Domain(IvsChatV1Domain.class)
class IvsChatV1DomainProperties {

  @Property(tries = 100)
  void requests_by_type(@ForAll CreateRoomRequest room,
      @ForAll CreateLoggingConfigurationRequest logging, @ForAll FakeAmazonivschat ivschat) {
    assertThat(ivschat.createRoom(room).getArn()).startsWith("arn:aws:ivschat:us-east-1:");
    assertThat(ivschat.createLoggingConfiguration(logging).getState()).isEqualTo("ACTIVE");
  }

  @Property(tries = 100)
  void requests_on_rooms_name_random_rooms(@ForAll UpdateRoomRequest update,
      @ForAll SendEventRequest event, @ForAll CreateChatTokenRequest token,
      @ForAll DeleteMessageRequest delete, @ForAll DisconnectUserRequest disconnect,
      @ForAll FakeAmazonivschat ivschat) {
    assertThatThrownBy(() -> ivschat.updateRoom(update))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> ivschat.sendEvent(event))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> ivschat.createChatToken(token))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> ivschat.deleteMessage(delete))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> ivschat.disconnectUser(disconnect))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Property(tries = 100)
  void parts_and_invalid_requests(@ForAll MessageReviewHandler handler,
      @ForAll DestinationConfiguration destination, @ForAll Invalid<CreateRoomRequest> bad,
      @ForAll Invalid<CreateLoggingConfigurationRequest> badLogging,
      @ForAll FakeAmazonivschat ivschat) {
    ivschat.createRoom(new CreateRoomRequest().withMessageReviewHandler(handler));
    ivschat.createLoggingConfiguration(new CreateLoggingConfigurationRequest()
        .withDestinationConfiguration(destination));
    assertRejected(bad, () -> ivschat.createRoom(bad.value()));
    assertRejected(badLogging, () -> ivschat.createLoggingConfiguration(badLogging.value()));
  }

  @Property(tries = 50)
  void the_neutral_types_and_annotations_too(@ForAll IvsChatRequest.CreateRoom room,
      @ForAll IvsChat ivsChat, @ForAll @ValidRoomName String name) {
    assertThat(ivsChat.call(room).failed()).isFalse();
    assertThat(name).matches("[a-zA-Z0-9-_]{0,128}");
  }
}
