package dev.ivschat.testkit.jqwik;

import static dev.ivschat.testkit.jqwik.Fixtures.ROOM_ARN;
import static dev.ivschat.testkit.jqwik.Fixtures.assertRejected;
import static dev.ivschat.testkit.jqwik.Fixtures.fakeWithRoom;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteMessageRequest;
import com.amazonaws.services.ivschat.model.DestinationConfiguration;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.GetLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.MessageReviewHandler;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.TagResourceRequest;
import com.amazonaws.services.ivschat.model.UpdateRoomRequest;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every generated invalid value, put into the member that carries it in an otherwise valid
 * request, is rejected on that member.
 */
class InvalidValuesProperties {
  private static final InvalidIvsChatArbitraries INVALID = IvsChatArbitraries.invalid();

  @Property(tries = 200)
  void room_names(@ForAll("roomNames") Invalid<String> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.createRoom(new CreateRoomRequest().withName(bad.value())));
  }

  @Property(tries = 200)
  void logging_configuration_names(@ForAll("loggingNames") Invalid<String> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.createLoggingConfiguration(
        new CreateLoggingConfigurationRequest().withName(bad.value())
            .withDestinationConfiguration(IvsChatArbitraries.loggingDestinations().sample())));
  }

  @Property(tries = 200)
  void event_names(@ForAll("eventNames") Invalid<String> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.sendEvent(new SendEventRequest().withRoomIdentifier(ROOM_ARN)
        .withEventName(bad.value())));
  }

  @Property(tries = 200)
  void attributes_of_events_and_tokens(@ForAll("attributes") Invalid<Map<String, String>> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.sendEvent(new SendEventRequest().withRoomIdentifier(ROOM_ARN)
        .withEventName("app:event").withAttributes(bad.value())));
    assertRejected(bad, () -> ivschat.createChatToken(new CreateChatTokenRequest()
        .withRoomIdentifier(ROOM_ARN).withUserId("u").withAttributes(bad.value())));
  }

  @Property(tries = 200)
  void user_ids(@ForAll("userIds") Invalid<String> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.createChatToken(new CreateChatTokenRequest()
        .withRoomIdentifier(ROOM_ARN).withUserId(bad.value())));
    assertRejected(bad, () -> ivschat.disconnectUser(new DisconnectUserRequest()
        .withRoomIdentifier(ROOM_ARN).withUserId(bad.value())));
  }

  @Property(tries = 200)
  void capabilities(@ForAll("capabilities") Invalid<List<String>> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.createChatToken(new CreateChatTokenRequest()
        .withRoomIdentifier(ROOM_ARN).withUserId("u").withCapabilities(bad.value())));
  }

  @Property(tries = 200)
  void session_durations(@ForAll("sessionDurations") Invalid<Integer> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.createChatToken(new CreateChatTokenRequest()
        .withRoomIdentifier(ROOM_ARN).withUserId("u").withSessionDurationInMinutes(bad.value())));
  }

  @Property(tries = 200)
  void message_ids(@ForAll("messageIds") Invalid<String> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.deleteMessage(new DeleteMessageRequest()
        .withRoomIdentifier(ROOM_ARN).withId(bad.value())));
  }

  @Property(tries = 200)
  void reasons(@ForAll("reasons") Invalid<String> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.disconnectUser(new DisconnectUserRequest()
        .withRoomIdentifier(ROOM_ARN).withUserId("u").withReason(bad.value())));
    assertRejected(bad, () -> ivschat.deleteMessage(new DeleteMessageRequest()
        .withRoomIdentifier(ROOM_ARN).withId("abcdefABCDEF").withReason(bad.value())));
  }

  @Property(tries = 200)
  void tag_maps(@ForAll("tagMaps") Invalid<Map<String, String>> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.createRoom(new CreateRoomRequest().withTags(bad.value())));
  }

  @Property(tries = 200)
  void tag_keys_and_values(@ForAll("tagKeys") Invalid<String> key,
      @ForAll("tagValues") Invalid<String> value) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(key, () -> ivschat.createRoom(new CreateRoomRequest()
        .withTags(Map.of(key.value(), "v"))));
    assertRejected(value, () -> ivschat.tagResource(new TagResourceRequest()
        .withResourceArn(ROOM_ARN).withTags(Map.of("k", value.value()))));
  }

  @Property(tries = 200)
  void lambda_arns(@ForAll("lambdaArns") Invalid<String> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.updateRoom(new UpdateRoomRequest().withIdentifier(ROOM_ARN)
        .withMessageReviewHandler(new MessageReviewHandler().withUri(bad.value()))));
  }

  @Property(tries = 200)
  void room_settings(@ForAll("rates") Invalid<Integer> rate,
      @ForAll("lengths") Invalid<Integer> length) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(rate, () -> ivschat.createRoom(new CreateRoomRequest()
        .withMaximumMessageRatePerSecond(rate.value())));
    assertRejected(length, () -> ivschat.createRoom(new CreateRoomRequest()
        .withMaximumMessageLength(length.value())));
  }

  @Property(tries = 200)
  void handlers(@ForAll("handlers") Invalid<MessageReviewHandler> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.createRoom(new CreateRoomRequest()
        .withMessageReviewHandler(bad.value())));
  }

  @Property(tries = 200)
  void destinations(@ForAll("destinations") Invalid<DestinationConfiguration> bad) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(bad, () -> ivschat.createLoggingConfiguration(
        new CreateLoggingConfigurationRequest().withDestinationConfiguration(bad.value())));
  }

  @Property(tries = 200)
  void arns(@ForAll("roomArns") Invalid<String> room,
      @ForAll("loggingArns") Invalid<String> logging) {
    Amazonivschat ivschat = fakeWithRoom();
    assertRejected(room, () -> ivschat.sendEvent(new SendEventRequest()
        .withRoomIdentifier(room.value()).withEventName("app:event")));
    Invalid<String> asIdentifier = room.withField("identifier");
    assertRejected(asIdentifier, () -> ivschat.updateRoom(new UpdateRoomRequest()
        .withIdentifier(asIdentifier.value())));
    assertRejected(logging, () -> ivschat.getLoggingConfiguration(
        new GetLoggingConfigurationRequest().withIdentifier(logging.value())));
  }

  @Provide
  Arbitrary<Invalid<String>> roomNames() {
    return INVALID.roomNames();
  }

  @Provide
  Arbitrary<Invalid<String>> loggingNames() {
    return INVALID.loggingConfigurationNames();
  }

  @Provide
  Arbitrary<Invalid<String>> eventNames() {
    return INVALID.eventNames();
  }

  @Provide
  Arbitrary<Invalid<Map<String, String>>> attributes() {
    return INVALID.attributeMaps();
  }

  @Provide
  Arbitrary<Invalid<String>> userIds() {
    return INVALID.userIds();
  }

  @Provide
  Arbitrary<Invalid<List<String>>> capabilities() {
    return INVALID.capabilities();
  }

  @Provide
  Arbitrary<Invalid<Integer>> sessionDurations() {
    return INVALID.sessionDurations();
  }

  @Provide
  Arbitrary<Invalid<String>> messageIds() {
    return INVALID.messageIds();
  }

  @Provide
  Arbitrary<Invalid<String>> reasons() {
    return INVALID.reasons();
  }

  @Provide
  Arbitrary<Invalid<Map<String, String>>> tagMaps() {
    return INVALID.tagMaps();
  }

  @Provide
  Arbitrary<Invalid<String>> tagKeys() {
    return INVALID.tagKeys();
  }

  @Provide
  Arbitrary<Invalid<String>> tagValues() {
    return INVALID.tagValues();
  }

  @Provide
  Arbitrary<Invalid<String>> lambdaArns() {
    return INVALID.lambdaArns();
  }

  @Provide
  Arbitrary<Invalid<Integer>> rates() {
    return INVALID.maximumMessageRates();
  }

  @Provide
  Arbitrary<Invalid<Integer>> lengths() {
    return INVALID.maximumMessageLengths();
  }

  @Provide
  Arbitrary<Invalid<MessageReviewHandler>> handlers() {
    return INVALID.messageReviewHandlers();
  }

  @Provide
  Arbitrary<Invalid<DestinationConfiguration>> destinations() {
    return INVALID.loggingDestinations();
  }

  @Provide
  Arbitrary<Invalid<String>> roomArns() {
    return INVALID.roomArns();
  }

  @Provide
  Arbitrary<Invalid<String>> loggingArns() {
    return INVALID.loggingConfigurationArns();
  }
}
