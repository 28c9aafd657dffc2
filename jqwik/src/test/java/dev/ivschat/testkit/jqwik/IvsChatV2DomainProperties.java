package dev.ivschat.testkit.jqwik;

import static dev.ivschat.testkit.jqwik.V2Fixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenRequest;
import software.amazon.awssdk.services.ivschat.model.CreateLoggingConfigurationRequest;
import software.amazon.awssdk.services.ivschat.model.CreateRoomRequest;
import software.amazon.awssdk.services.ivschat.model.DeleteMessageRequest;
import software.amazon.awssdk.services.ivschat.model.DestinationConfiguration;
import software.amazon.awssdk.services.ivschat.model.DisconnectUserRequest;
import software.amazon.awssdk.services.ivschat.model.MessageReviewHandler;
import software.amazon.awssdk.services.ivschat.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivschat.model.SendEventRequest;
import software.amazon.awssdk.services.ivschat.model.UpdateRoomRequest;

/** {@link IvsChatV2Domain} provides the v2 requests and fakes, and all the neutral one does. */
@Domain(IvsChatV2Domain.class)
class IvsChatV2DomainProperties {

  @Property(tries = 100)
  void requests_by_type(@ForAll CreateRoomRequest room,
      @ForAll CreateLoggingConfigurationRequest logging, @ForAll FakeIvschatClient ivschat) {
    assertThat(ivschat.createRoom(room).arn()).startsWith("arn:aws:ivschat:us-east-1:");
    assertThat(ivschat.createLoggingConfiguration(logging).stateAsString()).isEqualTo("ACTIVE");
  }

  @Property(tries = 100)
  void requests_on_rooms_name_random_rooms(@ForAll UpdateRoomRequest update,
      @ForAll SendEventRequest event, @ForAll CreateChatTokenRequest token,
      @ForAll DeleteMessageRequest delete, @ForAll DisconnectUserRequest disconnect,
      @ForAll FakeIvschatClient ivschat) {
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
      @ForAll FakeIvschatClient ivschat) {
    ivschat.createRoom(CreateRoomRequest.builder().messageReviewHandler(handler).build());
    ivschat.createLoggingConfiguration(CreateLoggingConfigurationRequest.builder()
        .destinationConfiguration(destination).build());
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
