package dev.ivschat.testkit.jqwik;

import static dev.ivschat.testkit.jqwik.Fixtures.ROOM_ARN;
import static dev.ivschat.testkit.jqwik.Fixtures.accepted;
import static dev.ivschat.testkit.jqwik.Fixtures.failed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.IvsChatRequest.CreateChatToken;
import dev.ivschat.testkit.IvsChatRequest.CreateLoggingConfiguration;
import dev.ivschat.testkit.IvsChatRequest.CreateRoom;
import dev.ivschat.testkit.IvsChatRequest.DeleteMessage;
import dev.ivschat.testkit.IvsChatRequest.DestinationConfiguration;
import dev.ivschat.testkit.IvsChatRequest.DisconnectUser;
import dev.ivschat.testkit.IvsChatRequest.GetLoggingConfiguration;
import dev.ivschat.testkit.IvsChatRequest.GetRoom;
import dev.ivschat.testkit.IvsChatRequest.MessageReviewHandler;
import dev.ivschat.testkit.IvsChatRequest.SendEvent;
import dev.ivschat.testkit.IvsChatRequest.TagResource;
import dev.ivschat.testkit.ServiceError;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every generated valid value is accepted in the member that carries it, through the SDK-neutral
 * handle.
 */
class ValidValuesProperties {

  @Property(tries = 200)
  void room_names(@ForAll("roomNames") String name) {
    assertThat(accepted(CreateRoom.named(name)).name()).isEqualTo(name);
  }

  @Property(tries = 200)
  void logging_configuration_names(@ForAll("loggingNames") String name,
      @ForAll("destinations") DestinationConfiguration destination) {
    assertThat(accepted(new CreateLoggingConfiguration(name, destination, null)).name())
        .isEqualTo(name);
  }

  @Property(tries = 200)
  void event_names_and_attributes(@ForAll("eventNames") String name,
      @ForAll("attributes") Map<String, String> attributes) {
    assertThat(accepted(new SendEvent(ROOM_ARN, name, attributes)).attributes())
        .isEqualTo(attributes);
  }

  @Property(tries = 200)
  void token_members(@ForAll("userIds") String user, @ForAll("capabilities") List<String> caps,
      @ForAll("sessionDurations") int minutes, @ForAll("attributes") Map<String, String> attrs) {
    assertThat(accepted(new CreateChatToken(ROOM_ARN, user, caps, minutes, attrs)).token())
        .isNotEmpty();
  }

  @Property(tries = 200)
  void message_ids_and_reasons(@ForAll("messageIds") String id, @ForAll("reasons") String reason,
      @ForAll("userIds") String user) {
    accepted(new DeleteMessage(ROOM_ARN, id, reason));
    accepted(new DisconnectUser(ROOM_ARN, user, reason));
  }

  @Property(tries = 200)
  void room_settings(@ForAll("rates") int rate, @ForAll("lengths") int length,
      @ForAll("handlers") MessageReviewHandler handler) {
    accepted(new CreateRoom(null, rate, length, handler, null, null));
  }

  @Property(tries = 200)
  void tags(@ForAll("tagMaps") Map<String, String> tags, @ForAll("tagKeys") String key,
      @ForAll("tagValues") String value) {
    assertThat(accepted(new CreateRoom(null, null, null, null, tags, null)).tags())
        .isEqualTo(tags);
    accepted(new TagResource(ROOM_ARN, Map.of(key, value)));
  }

  @Property(tries = 200)
  void arns_pass_validation_and_name_no_resource(@ForAll("roomArns") String room,
      @ForAll("loggingArns") String logging) {
    failed(new GetRoom(room), ServiceError.RESOURCE_NOT_FOUND);
    failed(new GetLoggingConfiguration(logging), ServiceError.RESOURCE_NOT_FOUND);
  }

  @Property(tries = 100)
  void lambda_arns_as_handler_uris(@ForAll("lambdaArns") String uri) {
    assertThat(accepted(new CreateRoom(null, null, null, new MessageReviewHandler(uri, null),
        null, null)).messageReviewHandler().orElseThrow().uri()).isEqualTo(uri);
  }

  @Provide
  Arbitrary<String> roomNames() {
    return IvsChatArbitraries.roomNames();
  }

  @Provide
  Arbitrary<String> loggingNames() {
    return IvsChatArbitraries.loggingConfigurationNames();
  }

  @Provide
  Arbitrary<DestinationConfiguration> destinations() {
    return IvsChatArbitraries.loggingDestinations();
  }

  @Provide
  Arbitrary<String> eventNames() {
    return IvsChatArbitraries.eventNames();
  }

  @Provide
  Arbitrary<Map<String, String>> attributes() {
    return IvsChatArbitraries.attributeMaps();
  }

  @Provide
  Arbitrary<String> userIds() {
    return IvsChatArbitraries.userIds();
  }

  @Provide
  Arbitrary<List<String>> capabilities() {
    return IvsChatArbitraries.capabilities();
  }

  @Provide
  Arbitrary<Integer> sessionDurations() {
    return IvsChatArbitraries.sessionDurations();
  }

  @Provide
  Arbitrary<String> messageIds() {
    return IvsChatArbitraries.messageIds();
  }

  @Provide
  Arbitrary<String> reasons() {
    return IvsChatArbitraries.reasons();
  }

  @Provide
  Arbitrary<Integer> rates() {
    return IvsChatArbitraries.maximumMessageRates();
  }

  @Provide
  Arbitrary<Integer> lengths() {
    return IvsChatArbitraries.maximumMessageLengths();
  }

  @Provide
  Arbitrary<MessageReviewHandler> handlers() {
    return IvsChatArbitraries.messageReviewHandlers();
  }

  @Provide
  Arbitrary<Map<String, String>> tagMaps() {
    return IvsChatArbitraries.tagMaps();
  }

  @Provide
  Arbitrary<String> tagKeys() {
    return IvsChatArbitraries.tagKeys();
  }

  @Provide
  Arbitrary<String> tagValues() {
    return IvsChatArbitraries.tagValues();
  }

  @Provide
  Arbitrary<String> roomArns() {
    return IvsChatArbitraries.roomArns();
  }

  @Provide
  Arbitrary<String> loggingArns() {
    return IvsChatArbitraries.loggingConfigurationArns();
  }

  @Provide
  Arbitrary<String> lambdaArns() {
    return IvsChatArbitraries.lambdaArns();
  }
}
