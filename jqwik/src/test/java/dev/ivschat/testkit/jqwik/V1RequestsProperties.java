package dev.ivschat.testkit.jqwik;

import static dev.ivschat.testkit.jqwik.V1Fixtures.ROOM_ARN;
import static dev.ivschat.testkit.jqwik.V1Fixtures.assertRejected;
import static dev.ivschat.testkit.jqwik.V1Fixtures.fakeWithRoom;
import static dev.ivschat.testkit.jqwik.V1Fixtures.lastRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteMessageRequest;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.UpdateRoomRequest;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.jqwik.internal.ToV1;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * The SDK v1 requests, through the v1 fake: every valid one is accepted, and the front door reads
 * it back into the very record it was translated from (so the translation loses and adds nothing);
 * every just-invalid one is rejected with a ValidationException on exactly its field, each member
 * in turn.
 */
@StatisticsReport(StatisticsReportMode.OFF)
class V1RequestsProperties {
  private static final InvalidIvsChatV1Arbitraries INVALID = IvsChatV1Arbitraries.invalid();

  @Property(tries = 200)
  void createRoom(@ForAll("createRoom") CreateRoomRequest request) {
    FakeAmazonivschat fake = fakeWithRoom();
    assertThat(fake.createRoom(request).getArn()).startsWith("arn:aws:ivschat:");
    assertReadBack(fake, request, r -> ToV1.createRoom((IvsChatRequest.CreateRoom) r));
  }

  @Property(tries = 200)
  void updateRoom(@ForAll("updateRoom") UpdateRoomRequest request) {
    FakeAmazonivschat fake = fakeWithRoom();
    assertThat(fake.updateRoom(request).getArn()).isEqualTo(ROOM_ARN);
    assertReadBack(fake, request, r -> ToV1.updateRoom((IvsChatRequest.UpdateRoom) r));
  }

  @Property(tries = 200)
  void createChatToken(@ForAll("createChatToken") CreateChatTokenRequest request) {
    FakeAmazonivschat fake = fakeWithRoom();
    assertThat(fake.createChatToken(request).getToken()).isNotEmpty();
    assertReadBack(fake, request, r -> ToV1.createChatToken((IvsChatRequest.CreateChatToken) r));
  }

  @Property(tries = 200)
  void sendEvent(@ForAll("sendEvent") SendEventRequest request) {
    FakeAmazonivschat fake = fakeWithRoom();
    assertThat(fake.sendEvent(request).getId()).hasSize(12);
    assertReadBack(fake, request, r -> ToV1.sendEvent((IvsChatRequest.SendEvent) r));
  }

  @Property(tries = 200)
  void deleteMessage(@ForAll("deleteMessage") DeleteMessageRequest request) {
    FakeAmazonivschat fake = fakeWithRoom();
    assertThat(fake.deleteMessage(request).getId()).hasSize(12);
    assertReadBack(fake, request, r -> ToV1.deleteMessage((IvsChatRequest.DeleteMessage) r));
  }

  @Property(tries = 200)
  void disconnectUser(@ForAll("disconnectUser") DisconnectUserRequest request) {
    FakeAmazonivschat fake = fakeWithRoom();
    assertThat(fake.disconnectUser(request)).isNotNull();
    assertReadBack(fake, request, r -> ToV1.disconnectUser((IvsChatRequest.DisconnectUser) r));
  }

  @Property(tries = 200)
  void createLoggingConfiguration(
      @ForAll("createLoggingConfiguration") CreateLoggingConfigurationRequest request) {
    FakeAmazonivschat fake = fakeWithRoom();
    assertThat(fake.createLoggingConfiguration(request).getState()).isEqualTo("ACTIVE");
    assertReadBack(fake, request, r -> ToV1.createLoggingConfiguration(
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

  /** The journal's record of the call, translated to v1 again, equals the request sent. */
  private static <S> void assertReadBack(FakeAmazonivschat fake, S sent,
      Function<IvsChatRequest<?>, S> toV1) {
    assertThat(toV1.apply(lastRequest(fake))).isEqualTo(sent);
  }

  @Provide
  Arbitrary<CreateRoomRequest> createRoom() {
    return IvsChatV1Arbitraries.createRoomRequests();
  }

  @Provide
  Arbitrary<UpdateRoomRequest> updateRoom() {
    return IvsChatV1Arbitraries.updateRoomRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<CreateChatTokenRequest> createChatToken() {
    return IvsChatV1Arbitraries.createChatTokenRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<SendEventRequest> sendEvent() {
    return IvsChatV1Arbitraries.sendEventRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<DeleteMessageRequest> deleteMessage() {
    return IvsChatV1Arbitraries.deleteMessageRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<DisconnectUserRequest> disconnectUser() {
    return IvsChatV1Arbitraries.disconnectUserRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<CreateLoggingConfigurationRequest> createLoggingConfiguration() {
    return IvsChatV1Arbitraries.createLoggingConfigurationRequests();
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
