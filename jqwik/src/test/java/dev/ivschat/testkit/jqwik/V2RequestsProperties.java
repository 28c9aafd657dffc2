package dev.ivschat.testkit.jqwik;

import static dev.ivschat.testkit.jqwik.V2Fixtures.ROOM_ARN;
import static dev.ivschat.testkit.jqwik.V2Fixtures.assertRejected;
import static dev.ivschat.testkit.jqwik.V2Fixtures.fakeWithRoom;
import static dev.ivschat.testkit.jqwik.V2Fixtures.lastRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.jqwik.internal.ToV2;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenRequest;
import software.amazon.awssdk.services.ivschat.model.CreateLoggingConfigurationRequest;
import software.amazon.awssdk.services.ivschat.model.CreateRoomRequest;
import software.amazon.awssdk.services.ivschat.model.DeleteMessageRequest;
import software.amazon.awssdk.services.ivschat.model.DisconnectUserRequest;
import software.amazon.awssdk.services.ivschat.model.SendEventRequest;
import software.amazon.awssdk.services.ivschat.model.UpdateRoomRequest;

/**
 * The SDK v2 requests, through the v2 fake: every valid one is accepted, and the front door reads
 * it back into the very record it was translated from (so the translation loses and adds nothing);
 * every just-invalid one is rejected with a ValidationException on exactly its field, each member
 * in turn.
 */
@StatisticsReport(StatisticsReportMode.OFF)
class V2RequestsProperties {
  private static final InvalidIvsChatV2Arbitraries INVALID = IvsChatV2Arbitraries.invalid();

  @Property(tries = 200)
  void createRoom(@ForAll("createRoom") CreateRoomRequest request) {
    FakeIvschatClient fake = fakeWithRoom();
    assertThat(fake.createRoom(request).arn()).startsWith("arn:aws:ivschat:");
    assertReadBack(fake, request, r -> ToV2.createRoom((IvsChatRequest.CreateRoom) r));
  }

  @Property(tries = 200)
  void updateRoom(@ForAll("updateRoom") UpdateRoomRequest request) {
    FakeIvschatClient fake = fakeWithRoom();
    assertThat(fake.updateRoom(request).arn()).isEqualTo(ROOM_ARN);
    assertReadBack(fake, request, r -> ToV2.updateRoom((IvsChatRequest.UpdateRoom) r));
  }

  @Property(tries = 200)
  void createChatToken(@ForAll("createChatToken") CreateChatTokenRequest request) {
    FakeIvschatClient fake = fakeWithRoom();
    assertThat(fake.createChatToken(request).token()).isNotEmpty();
    assertReadBack(fake, request, r -> ToV2.createChatToken((IvsChatRequest.CreateChatToken) r));
  }

  @Property(tries = 200)
  void sendEvent(@ForAll("sendEvent") SendEventRequest request) {
    FakeIvschatClient fake = fakeWithRoom();
    assertThat(fake.sendEvent(request).id()).hasSize(12);
    assertReadBack(fake, request, r -> ToV2.sendEvent((IvsChatRequest.SendEvent) r));
  }

  @Property(tries = 200)
  void deleteMessage(@ForAll("deleteMessage") DeleteMessageRequest request) {
    FakeIvschatClient fake = fakeWithRoom();
    assertThat(fake.deleteMessage(request).id()).hasSize(12);
    assertReadBack(fake, request, r -> ToV2.deleteMessage((IvsChatRequest.DeleteMessage) r));
  }

  @Property(tries = 200)
  void disconnectUser(@ForAll("disconnectUser") DisconnectUserRequest request) {
    FakeIvschatClient fake = fakeWithRoom();
    assertThat(fake.disconnectUser(request)).isNotNull();
    assertReadBack(fake, request, r -> ToV2.disconnectUser((IvsChatRequest.DisconnectUser) r));
  }

  @Property(tries = 200)
  void createLoggingConfiguration(
      @ForAll("createLoggingConfiguration") CreateLoggingConfigurationRequest request) {
    FakeIvschatClient fake = fakeWithRoom();
    assertThat(fake.createLoggingConfiguration(request).stateAsString()).isEqualTo("ACTIVE");
    assertReadBack(fake, request, r -> ToV2.createLoggingConfiguration(
        (IvsChatRequest.CreateLoggingConfiguration) r));
  }

  @Property(tries = 200)
  void invalid_createRoom(@ForAll("badCreateRoom") Invalid<CreateRoomRequest> bad) {
    assertRejected(bad, () -> fakeWithRoom().createRoom(bad.value()));
    Fixtures.coverEvery(bad, InvalidRequestsProperties.CREATE_ROOM);
  }

  @Property(tries = 200)
  void invalid_updateRoom(@ForAll("badUpdateRoom") Invalid<UpdateRoomRequest> bad) {
    assertRejected(bad, () -> fakeWithRoom().updateRoom(bad.value()));
    Fixtures.coverEvery(bad, InvalidRequestsProperties.UPDATE_ROOM);
  }

  @Property(tries = 200)
  void invalid_createChatToken(@ForAll("badCreateChatToken") Invalid<CreateChatTokenRequest> bad) {
    assertRejected(bad, () -> fakeWithRoom().createChatToken(bad.value()));
    Fixtures.coverEvery(bad, InvalidRequestsProperties.CREATE_CHAT_TOKEN);
  }

  @Property(tries = 200)
  void invalid_sendEvent(@ForAll("badSendEvent") Invalid<SendEventRequest> bad) {
    assertRejected(bad, () -> fakeWithRoom().sendEvent(bad.value()));
    Fixtures.coverEvery(bad, InvalidRequestsProperties.SEND_EVENT);
  }

  @Property(tries = 200)
  void invalid_deleteMessage(@ForAll("badDeleteMessage") Invalid<DeleteMessageRequest> bad) {
    assertRejected(bad, () -> fakeWithRoom().deleteMessage(bad.value()));
    Fixtures.coverEvery(bad, InvalidRequestsProperties.DELETE_MESSAGE);
  }

  @Property(tries = 200)
  void invalid_disconnectUser(@ForAll("badDisconnectUser") Invalid<DisconnectUserRequest> bad) {
    assertRejected(bad, () -> fakeWithRoom().disconnectUser(bad.value()));
    Fixtures.coverEvery(bad, InvalidRequestsProperties.DISCONNECT_USER);
  }

  @Property(tries = 200)
  void invalid_createLoggingConfiguration(
      @ForAll("badCreateLoggingConfiguration") Invalid<CreateLoggingConfigurationRequest> bad) {
    assertRejected(bad, () -> fakeWithRoom().createLoggingConfiguration(bad.value()));
    Fixtures.coverEvery(bad, InvalidRequestsProperties.CREATE_LOGGING_CONFIGURATION);
  }

  /** The journal's record of the call, translated to v2 again, equals the request sent. */
  private static <S> void assertReadBack(FakeIvschatClient fake, S sent,
      Function<IvsChatRequest<?>, S> toV2) {
    assertThat(toV2.apply(lastRequest(fake))).isEqualTo(sent);
  }

  @Provide
  Arbitrary<CreateRoomRequest> createRoom() {
    return IvsChatV2Arbitraries.createRoomRequests();
  }

  @Provide
  Arbitrary<UpdateRoomRequest> updateRoom() {
    return IvsChatV2Arbitraries.updateRoomRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<CreateChatTokenRequest> createChatToken() {
    return IvsChatV2Arbitraries.createChatTokenRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<SendEventRequest> sendEvent() {
    return IvsChatV2Arbitraries.sendEventRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<DeleteMessageRequest> deleteMessage() {
    return IvsChatV2Arbitraries.deleteMessageRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<DisconnectUserRequest> disconnectUser() {
    return IvsChatV2Arbitraries.disconnectUserRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<CreateLoggingConfigurationRequest> createLoggingConfiguration() {
    return IvsChatV2Arbitraries.createLoggingConfigurationRequests();
  }

  @Provide
  Arbitrary<Invalid<CreateRoomRequest>> badCreateRoom() {
    return INVALID.createRoomRequests();
  }

  @Provide
  Arbitrary<Invalid<UpdateRoomRequest>> badUpdateRoom() {
    return INVALID.updateRoomRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<Invalid<CreateChatTokenRequest>> badCreateChatToken() {
    return INVALID.createChatTokenRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<Invalid<SendEventRequest>> badSendEvent() {
    return INVALID.sendEventRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<Invalid<DeleteMessageRequest>> badDeleteMessage() {
    return INVALID.deleteMessageRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<Invalid<DisconnectUserRequest>> badDisconnectUser() {
    return INVALID.disconnectUserRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<Invalid<CreateLoggingConfigurationRequest>> badCreateLoggingConfiguration() {
    return INVALID.createLoggingConfigurationRequests();
  }
}
