package dev.ivschat.testkit.jqwik;

import static dev.ivschat.testkit.jqwik.Fixtures.ROOM_ARN;
import static dev.ivschat.testkit.jqwik.Fixtures.assertRejected;
import static dev.ivschat.testkit.jqwik.Fixtures.coverEvery;

import dev.ivschat.testkit.IvsChatRequest.CreateChatToken;
import dev.ivschat.testkit.IvsChatRequest.CreateLoggingConfiguration;
import dev.ivschat.testkit.IvsChatRequest.CreateRoom;
import dev.ivschat.testkit.IvsChatRequest.DeleteMessage;
import dev.ivschat.testkit.IvsChatRequest.DisconnectUser;
import dev.ivschat.testkit.IvsChatRequest.SendEvent;
import dev.ivschat.testkit.IvsChatRequest.UpdateRoom;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * Every generated just-invalid neutral request is rejected by the SDK-neutral handle with a
 * validation error whose fields name exactly the member the generator broke; each property checks
 * that every member was broken at least once.
 */
@StatisticsReport(StatisticsReportMode.OFF)
class InvalidRequestsProperties {
  /** The members each request generator breaks, shared with the SDK properties. */
  static final String[] CREATE_ROOM = {"name", "maximumMessageRatePerSecond",
      "maximumMessageLength", "messageReviewHandler.uri", "messageReviewHandler.fallbackResult",
      "tags", "loggingConfigurationIdentifiers"};
  static final String[] UPDATE_ROOM = {"identifier", "name", "maximumMessageRatePerSecond",
      "maximumMessageLength", "messageReviewHandler.uri", "messageReviewHandler.fallbackResult",
      "loggingConfigurationIdentifiers"};
  static final String[] CREATE_CHAT_TOKEN = {"roomIdentifier", "userId", "capabilities",
      "sessionDurationInMinutes", "attributes"};
  static final String[] SEND_EVENT = {"roomIdentifier", "eventName", "attributes"};
  static final String[] DELETE_MESSAGE = {"roomIdentifier", "id", "reason"};
  static final String[] DISCONNECT_USER = {"roomIdentifier", "userId", "reason"};
  static final String[] CREATE_LOGGING_CONFIGURATION = {"name", "destinationConfiguration",
      "destinationConfiguration.s3.bucketName",
      "destinationConfiguration.cloudWatchLogs.logGroupName",
      "destinationConfiguration.firehose.deliveryStreamName", "tags"};

  private static final InvalidIvsChatArbitraries INVALID = IvsChatArbitraries.invalid();

  @Property(tries = 200)
  void createRoom_is_rejected_on_its_field(@ForAll("createRoom") Invalid<CreateRoom> bad) {
    assertRejected(bad, bad.value());
    coverEvery(bad, CREATE_ROOM);
  }

  @Property(tries = 200)
  void updateRoom_is_rejected_on_its_field(@ForAll("updateRoom") Invalid<UpdateRoom> bad) {
    assertRejected(bad, bad.value());
    coverEvery(bad, UPDATE_ROOM);
  }

  @Property(tries = 200)
  void createChatToken_is_rejected_on_its_field(
      @ForAll("createChatToken") Invalid<CreateChatToken> bad) {
    assertRejected(bad, bad.value());
    coverEvery(bad, CREATE_CHAT_TOKEN);
  }

  @Property(tries = 200)
  void sendEvent_is_rejected_on_its_field(@ForAll("sendEvent") Invalid<SendEvent> bad) {
    assertRejected(bad, bad.value());
    coverEvery(bad, SEND_EVENT);
  }

  @Property(tries = 200)
  void deleteMessage_is_rejected_on_its_field(
      @ForAll("deleteMessage") Invalid<DeleteMessage> bad) {
    assertRejected(bad, bad.value());
    coverEvery(bad, DELETE_MESSAGE);
  }

  @Property(tries = 200)
  void disconnectUser_is_rejected_on_its_field(
      @ForAll("disconnectUser") Invalid<DisconnectUser> bad) {
    assertRejected(bad, bad.value());
    coverEvery(bad, DISCONNECT_USER);
  }

  @Property(tries = 200)
  void createLoggingConfiguration_is_rejected_on_its_field(
      @ForAll("createLoggingConfiguration") Invalid<CreateLoggingConfiguration> bad) {
    assertRejected(bad, bad.value());
    coverEvery(bad, CREATE_LOGGING_CONFIGURATION);
  }

  @Provide
  Arbitrary<Invalid<CreateRoom>> createRoom() {
    return INVALID.createRoomRequests();
  }

  @Provide
  Arbitrary<Invalid<UpdateRoom>> updateRoom() {
    return INVALID.updateRoomRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<Invalid<CreateChatToken>> createChatToken() {
    return INVALID.createChatTokenRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<Invalid<SendEvent>> sendEvent() {
    return INVALID.sendEventRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<Invalid<DeleteMessage>> deleteMessage() {
    return INVALID.deleteMessageRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<Invalid<DisconnectUser>> disconnectUser() {
    return INVALID.disconnectUserRequests(ROOM_ARN);
  }

  @Provide
  Arbitrary<Invalid<CreateLoggingConfiguration>> createLoggingConfiguration() {
    return INVALID.createLoggingConfigurationRequests();
  }
}
