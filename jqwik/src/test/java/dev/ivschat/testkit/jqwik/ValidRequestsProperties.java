package dev.ivschat.testkit.jqwik;

import static dev.ivschat.testkit.jqwik.Fixtures.ROOM_ARN;
import static dev.ivschat.testkit.jqwik.Fixtures.fakeWithRoom;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteMessageRequest;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.UpdateRoomRequest;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every generated valid request is accepted by the fake, through the SDK v1 interface. */
class ValidRequestsProperties {

  @Property(tries = 200)
  void createRoom_is_accepted(@ForAll("createRoom") CreateRoomRequest request) {
    Amazonivschat ivschat = fakeWithRoom();
    assertThat(ivschat.createRoom(request).getName())
        .isEqualTo(request.getName() == null ? "" : request.getName());
  }

  @Property(tries = 200)
  void updateRoom_is_accepted(@ForAll("updateRoom") UpdateRoomRequest request) {
    Amazonivschat ivschat = fakeWithRoom();
    assertThat(ivschat.updateRoom(request).getArn()).isEqualTo(ROOM_ARN);
  }

  @Property(tries = 200)
  void createChatToken_is_accepted(@ForAll("createChatToken") CreateChatTokenRequest request) {
    Amazonivschat ivschat = fakeWithRoom();
    assertThat(ivschat.createChatToken(request).getToken()).isNotEmpty();
  }

  @Property(tries = 200)
  void sendEvent_is_accepted(@ForAll("sendEvent") SendEventRequest request) {
    Amazonivschat ivschat = fakeWithRoom();
    assertThat(ivschat.sendEvent(request).getId()).hasSize(12);
  }

  @Property(tries = 200)
  void deleteMessage_is_accepted(@ForAll("deleteMessage") DeleteMessageRequest request) {
    Amazonivschat ivschat = fakeWithRoom();
    assertThat(ivschat.deleteMessage(request).getId()).hasSize(12);
  }

  @Property(tries = 200)
  void disconnectUser_is_accepted(@ForAll("disconnectUser") DisconnectUserRequest request) {
    Amazonivschat ivschat = fakeWithRoom();
    assertThat(ivschat.disconnectUser(request)).isNotNull();
  }

  @Property(tries = 200)
  void createLoggingConfiguration_is_accepted(
      @ForAll("createLoggingConfiguration") CreateLoggingConfigurationRequest request) {
    Amazonivschat ivschat = fakeWithRoom();
    assertThat(ivschat.createLoggingConfiguration(request).getState()).isEqualTo("ACTIVE");
  }

  @Provide
  Arbitrary<CreateRoomRequest> createRoom() {
    return IvsChatArbitraries.createRoomRequests();
  }

  @Provide
  Arbitrary<UpdateRoomRequest> updateRoom() {
    return IvsChatArbitraries.updateRoomRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<CreateChatTokenRequest> createChatToken() {
    return IvsChatArbitraries.createChatTokenRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<SendEventRequest> sendEvent() {
    return IvsChatArbitraries.sendEventRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<DeleteMessageRequest> deleteMessage() {
    return IvsChatArbitraries.deleteMessageRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<DisconnectUserRequest> disconnectUser() {
    return IvsChatArbitraries.disconnectUserRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<CreateLoggingConfigurationRequest> createLoggingConfiguration() {
    return IvsChatArbitraries.createLoggingConfigurationRequests();
  }
}
