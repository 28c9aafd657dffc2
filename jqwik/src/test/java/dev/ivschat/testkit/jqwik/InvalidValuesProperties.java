package dev.ivschat.testkit.jqwik;

import static dev.ivschat.testkit.jqwik.Fixtures.ROOM_ARN;
import static dev.ivschat.testkit.jqwik.Fixtures.assertRejected;

import dev.ivschat.testkit.IvsChatRequest.CreateChatToken;
import dev.ivschat.testkit.IvsChatRequest.CreateLoggingConfiguration;
import dev.ivschat.testkit.IvsChatRequest.CreateRoom;
import dev.ivschat.testkit.IvsChatRequest.DeleteMessage;
import dev.ivschat.testkit.IvsChatRequest.DestinationConfiguration;
import dev.ivschat.testkit.IvsChatRequest.DisconnectUser;
import dev.ivschat.testkit.IvsChatRequest.GetLoggingConfiguration;
import dev.ivschat.testkit.IvsChatRequest.MessageReviewHandler;
import dev.ivschat.testkit.IvsChatRequest.SendEvent;
import dev.ivschat.testkit.IvsChatRequest.TagResource;
import dev.ivschat.testkit.IvsChatRequest.UpdateRoom;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every generated invalid value, put into the member that carries it in an otherwise valid
 * request, is rejected on that member, through the SDK-neutral handle.
 */
class InvalidValuesProperties {
  private static final InvalidIvsChatArbitraries INVALID = IvsChatArbitraries.invalid();

  @Property(tries = 200)
  void room_names(@ForAll("roomNames") Invalid<String> bad) {
    assertRejected(bad, CreateRoom.named(bad.value()));
  }

  @Property(tries = 200)
  void logging_configuration_names(@ForAll("loggingNames") Invalid<String> bad) {
    assertRejected(bad, new CreateLoggingConfiguration(bad.value(),
        IvsChatArbitraries.loggingDestinations().sample(), null));
  }

  @Property(tries = 200)
  void event_names(@ForAll("eventNames") Invalid<String> bad) {
    assertRejected(bad, new SendEvent(ROOM_ARN, bad.value(), null));
  }

  @Property(tries = 200)
  void attributes_of_events_and_tokens(@ForAll("attributes") Invalid<Map<String, String>> bad) {
    assertRejected(bad, new SendEvent(ROOM_ARN, "app:event", bad.value()));
    assertRejected(bad, new CreateChatToken(ROOM_ARN, "u", null, null, bad.value()));
  }

  @Property(tries = 200)
  void user_ids(@ForAll("userIds") Invalid<String> bad) {
    assertRejected(bad, new CreateChatToken(ROOM_ARN, bad.value(), null, null, null));
    assertRejected(bad, new DisconnectUser(ROOM_ARN, bad.value(), null));
  }

  @Property(tries = 200)
  void capabilities(@ForAll("capabilities") Invalid<List<String>> bad) {
    assertRejected(bad, new CreateChatToken(ROOM_ARN, "u", bad.value(), null, null));
  }

  @Property(tries = 200)
  void session_durations(@ForAll("sessionDurations") Invalid<Integer> bad) {
    assertRejected(bad, new CreateChatToken(ROOM_ARN, "u", null, bad.value(), null));
  }

  @Property(tries = 200)
  void message_ids(@ForAll("messageIds") Invalid<String> bad) {
    assertRejected(bad, new DeleteMessage(ROOM_ARN, bad.value(), null));
  }

  @Property(tries = 200)
  void reasons(@ForAll("reasons") Invalid<String> bad) {
    assertRejected(bad, new DisconnectUser(ROOM_ARN, "u", bad.value()));
    assertRejected(bad, new DeleteMessage(ROOM_ARN, "abcdefABCDEF", bad.value()));
  }

  @Property(tries = 200)
  void tag_maps(@ForAll("tagMaps") Invalid<Map<String, String>> bad) {
    assertRejected(bad, new CreateRoom(null, null, null, null, bad.value(), null));
  }

  @Property(tries = 200)
  void tag_keys_and_values(@ForAll("tagKeys") Invalid<String> key,
      @ForAll("tagValues") Invalid<String> value) {
    assertRejected(key, new CreateRoom(null, null, null, null, Map.of(key.value(), "v"), null));
    assertRejected(value, new TagResource(ROOM_ARN, Map.of("k", value.value())));
  }

  @Property(tries = 200)
  void lambda_arns(@ForAll("lambdaArns") Invalid<String> bad) {
    assertRejected(bad, new UpdateRoom(ROOM_ARN, null, null, null,
        new MessageReviewHandler(bad.value(), null), null));
  }

  @Property(tries = 200)
  void room_settings(@ForAll("rates") Invalid<Integer> rate,
      @ForAll("lengths") Invalid<Integer> length) {
    assertRejected(rate, new CreateRoom(null, rate.value(), null, null, null, null));
    assertRejected(length, new CreateRoom(null, null, length.value(), null, null, null));
  }

  @Property(tries = 200)
  void handlers(@ForAll("handlers") Invalid<MessageReviewHandler> bad) {
    assertRejected(bad, new CreateRoom(null, null, null, bad.value(), null, null));
  }

  @Property(tries = 200)
  void destinations(@ForAll("destinations") Invalid<DestinationConfiguration> bad) {
    assertRejected(bad, new CreateLoggingConfiguration(null, bad.value(), null));
  }

  @Property(tries = 200)
  void arns(@ForAll("roomArns") Invalid<String> room,
      @ForAll("loggingArns") Invalid<String> logging) {
    assertRejected(room, new SendEvent(room.value(), "app:event", null));
    Invalid<String> asIdentifier = room.withField("identifier");
    assertRejected(asIdentifier, new UpdateRoom(asIdentifier.value(), null, null, null, null,
        null));
    assertRejected(logging, new GetLoggingConfiguration(logging.value()));
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
