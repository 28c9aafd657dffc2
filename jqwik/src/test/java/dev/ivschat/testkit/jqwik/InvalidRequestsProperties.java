package dev.ivschat.testkit.jqwik;

import static dev.ivschat.testkit.jqwik.Fixtures.ROOM_ARN;
import static dev.ivschat.testkit.jqwik.Fixtures.assertRejected;
import static dev.ivschat.testkit.jqwik.Fixtures.fakeWithRoom;

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
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * Every generated just-invalid request is rejected with a ValidationException whose field list
 * names exactly the member the generator broke; each property checks that every member was broken
 * at least once.
 */
@StatisticsReport(StatisticsReportMode.OFF)
class InvalidRequestsProperties {
  private static final InvalidIvsChatArbitraries INVALID = IvsChatArbitraries.invalid();

  @Property(tries = 200)
  void createRoom_is_rejected_on_its_field(@ForAll("createRoom") Invalid<CreateRoomRequest> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.createRoom(bad.value()));
    Fixtures.coverEvery(bad, "name", "maximumMessageRatePerSecond", "maximumMessageLength",
        "messageReviewHandler.uri", "messageReviewHandler.fallbackResult", "tags",
        "loggingConfigurationIdentifiers");
  }

  @Property(tries = 200)
  void updateRoom_is_rejected_on_its_field(@ForAll("updateRoom") Invalid<UpdateRoomRequest> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.updateRoom(bad.value()));
    Fixtures.coverEvery(bad, "identifier", "name", "maximumMessageRatePerSecond",
        "maximumMessageLength", "messageReviewHandler.uri", "messageReviewHandler.fallbackResult",
        "loggingConfigurationIdentifiers");
  }

  @Property(tries = 200)
  void createChatToken_is_rejected_on_its_field(
      @ForAll("createChatToken") Invalid<CreateChatTokenRequest> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.createChatToken(bad.value()));
    Fixtures.coverEvery(bad, "roomIdentifier", "userId", "capabilities",
        "sessionDurationInMinutes", "attributes");
  }

  @Property(tries = 200)
  void sendEvent_is_rejected_on_its_field(@ForAll("sendEvent") Invalid<SendEventRequest> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.sendEvent(bad.value()));
    Fixtures.coverEvery(bad, "roomIdentifier", "eventName", "attributes");
  }

  @Property(tries = 200)
  void deleteMessage_is_rejected_on_its_field(
      @ForAll("deleteMessage") Invalid<DeleteMessageRequest> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.deleteMessage(bad.value()));
    Fixtures.coverEvery(bad, "roomIdentifier", "id", "reason");
  }

  @Property(tries = 200)
  void disconnectUser_is_rejected_on_its_field(
      @ForAll("disconnectUser") Invalid<DisconnectUserRequest> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.disconnectUser(bad.value()));
    Fixtures.coverEvery(bad, "roomIdentifier", "userId", "reason");
  }

  @Property(tries = 200)
  void createLoggingConfiguration_is_rejected_on_its_field(
      @ForAll("createLoggingConfiguration") Invalid<CreateLoggingConfigurationRequest> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.createLoggingConfiguration(bad.value()));
    Fixtures.coverEvery(bad, "name", "destinationConfiguration",
        "destinationConfiguration.s3.bucketName",
        "destinationConfiguration.cloudWatchLogs.logGroupName",
        "destinationConfiguration.firehose.deliveryStreamName", "tags");
  }

  @Provide
  Arbitrary<Invalid<CreateRoomRequest>> createRoom() {
    return INVALID.createRoomRequests();
  }

  @Provide
  Arbitrary<Invalid<UpdateRoomRequest>> updateRoom() {
    return INVALID.updateRoomRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<Invalid<CreateChatTokenRequest>> createChatToken() {
    return INVALID.createChatTokenRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<Invalid<SendEventRequest>> sendEvent() {
    return INVALID.sendEventRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<Invalid<DeleteMessageRequest>> deleteMessage() {
    return INVALID.deleteMessageRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<Invalid<DisconnectUserRequest>> disconnectUser() {
    return INVALID.disconnectUserRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<Invalid<CreateLoggingConfigurationRequest>> createLoggingConfiguration() {
    return INVALID.createLoggingConfigurationRequests();
  }
}
