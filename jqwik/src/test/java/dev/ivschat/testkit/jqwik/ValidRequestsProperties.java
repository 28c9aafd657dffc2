package dev.ivschat.testkit.jqwik;

import static dev.ivschat.testkit.jqwik.Fixtures.ROOM_ARN;
import static dev.ivschat.testkit.jqwik.Fixtures.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.IvsChatRequest.CreateChatToken;
import dev.ivschat.testkit.IvsChatRequest.CreateLoggingConfiguration;
import dev.ivschat.testkit.IvsChatRequest.CreateRoom;
import dev.ivschat.testkit.IvsChatRequest.DeleteMessage;
import dev.ivschat.testkit.IvsChatRequest.DisconnectUser;
import dev.ivschat.testkit.IvsChatRequest.SendEvent;
import dev.ivschat.testkit.IvsChatRequest.UpdateRoom;
import dev.ivschat.testkit.LoggingConfiguration;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every generated valid neutral request is accepted by the SDK-neutral handle. */
class ValidRequestsProperties {

  @Property(tries = 200)
  void createRoom_is_accepted(@ForAll("createRoom") CreateRoom request) {
    assertThat(accepted(request).name()).isEqualTo(request.name() == null ? "" : request.name());
  }

  @Property(tries = 200)
  void updateRoom_is_accepted(@ForAll("updateRoom") UpdateRoom request) {
    assertThat(accepted(request).arn()).isEqualTo(ROOM_ARN);
  }

  @Property(tries = 200)
  void createChatToken_is_accepted(@ForAll("createChatToken") CreateChatToken request) {
    assertThat(accepted(request).token()).isNotEmpty();
  }

  @Property(tries = 200)
  void sendEvent_is_accepted(@ForAll("sendEvent") SendEvent request) {
    assertThat(accepted(request).id()).hasSize(12);
  }

  @Property(tries = 200)
  void deleteMessage_is_accepted(@ForAll("deleteMessage") DeleteMessage request) {
    assertThat(accepted(request).id()).hasSize(12);
  }

  @Property(tries = 200)
  void disconnectUser_is_accepted(@ForAll("disconnectUser") DisconnectUser request) {
    assertThat(accepted(request).id()).hasSize(12);
  }

  @Property(tries = 200)
  void createLoggingConfiguration_is_accepted(
      @ForAll("createLoggingConfiguration") CreateLoggingConfiguration request) {
    assertThat(accepted(request).state()).isEqualTo(LoggingConfiguration.ACTIVE);
  }

  @Provide
  Arbitrary<CreateRoom> createRoom() {
    return IvsChatArbitraries.createRoomRequests();
  }

  @Provide
  Arbitrary<UpdateRoom> updateRoom() {
    return IvsChatArbitraries.updateRoomRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<CreateChatToken> createChatToken() {
    return IvsChatArbitraries.createChatTokenRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<SendEvent> sendEvent() {
    return IvsChatArbitraries.sendEventRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<DeleteMessage> deleteMessage() {
    return IvsChatArbitraries.deleteMessageRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<DisconnectUser> disconnectUser() {
    return IvsChatArbitraries.disconnectUserRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<CreateLoggingConfiguration> createLoggingConfiguration() {
    return IvsChatArbitraries.createLoggingConfigurationRequests();
  }
}
