package dev.ivschat.testkit.jqwik;

import static dev.ivschat.testkit.jqwik.Fixtures.ROOM_ARN;
import static dev.ivschat.testkit.jqwik.Fixtures.fakeWithRoom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteMessageRequest;
import com.amazonaws.services.ivschat.model.DestinationConfiguration;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.GetLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.MessageReviewHandler;
import com.amazonaws.services.ivschat.model.ResourceNotFoundException;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.TagResourceRequest;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every generated valid value is accepted by the fake in the member that carries it, through the
 * SDK v1 interface.
 */
class ValidValuesProperties {

  @Property(tries = 200)
  void room_names(@ForAll("roomNames") String name) {
    Amazonivschat ivschat = fakeWithRoom();
    assertThat(ivschat.createRoom(new CreateRoomRequest().withName(name)).getName())
        .isEqualTo(name);
  }

  @Property(tries = 200)
  void logging_configuration_names(@ForAll("loggingNames") String name,
      @ForAll("destinations") DestinationConfiguration destination) {
    Amazonivschat ivschat = fakeWithRoom();
    assertThat(ivschat.createLoggingConfiguration(new CreateLoggingConfigurationRequest()
        .withName(name).withDestinationConfiguration(destination)).getName()).isEqualTo(name);
  }

  @Property(tries = 200)
  void event_names_and_attributes(@ForAll("eventNames") String name,
      @ForAll("attributes") Map<String, String> attributes) {
    Amazonivschat ivschat = fakeWithRoom();
    ivschat.sendEvent(new SendEventRequest().withRoomIdentifier(ROOM_ARN).withEventName(name)
        .withAttributes(attributes));
  }

  @Property(tries = 200)
  void token_members(@ForAll("userIds") String user, @ForAll("capabilities") List<String> caps,
      @ForAll("sessionDurations") int minutes, @ForAll("attributes") Map<String, String> attrs) {
    Amazonivschat ivschat = fakeWithRoom();
    assertThat(ivschat.createChatToken(new CreateChatTokenRequest().withRoomIdentifier(ROOM_ARN)
        .withUserId(user).withCapabilities(caps).withSessionDurationInMinutes(minutes)
        .withAttributes(attrs)).getToken()).isNotEmpty();
  }

  @Property(tries = 200)
  void message_ids_and_reasons(@ForAll("messageIds") String id, @ForAll("reasons") String reason,
      @ForAll("userIds") String user) {
    Amazonivschat ivschat = fakeWithRoom();
    ivschat.deleteMessage(new DeleteMessageRequest().withRoomIdentifier(ROOM_ARN).withId(id)
        .withReason(reason));
    ivschat.disconnectUser(new DisconnectUserRequest().withRoomIdentifier(ROOM_ARN)
        .withUserId(user).withReason(reason));
  }

  @Property(tries = 200)
  void room_settings(@ForAll("rates") int rate, @ForAll("lengths") int length,
      @ForAll("handlers") MessageReviewHandler handler) {
    Amazonivschat ivschat = fakeWithRoom();
    ivschat.createRoom(new CreateRoomRequest().withMaximumMessageRatePerSecond(rate)
        .withMaximumMessageLength(length).withMessageReviewHandler(handler));
  }

  @Property(tries = 200)
  void tags(@ForAll("tagMaps") Map<String, String> tags, @ForAll("tagKeys") String key,
      @ForAll("tagValues") String value) {
    Amazonivschat ivschat = fakeWithRoom();
    ivschat.createRoom(new CreateRoomRequest().withTags(tags));
    ivschat.tagResource(new TagResourceRequest().withResourceArn(ROOM_ARN)
        .withTags(Map.of(key, value)));
  }

  @Property(tries = 200)
  void arns_pass_validation_and_name_no_resource(@ForAll("roomArns") String room,
      @ForAll("loggingArns") String logging) {
    Amazonivschat ivschat = fakeWithRoom();
    assertThatThrownBy(() -> ivschat.getRoom(new GetRoomRequest().withIdentifier(room)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> ivschat.getLoggingConfiguration(
        new GetLoggingConfigurationRequest().withIdentifier(logging)))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Property(tries = 100)
  void lambda_arns_as_handler_uris(@ForAll("lambdaArns") String uri) {
    Amazonivschat ivschat = fakeWithRoom();
    assertThat(ivschat.createRoom(new CreateRoomRequest()
        .withMessageReviewHandler(new MessageReviewHandler().withUri(uri)))
        .getMessageReviewHandler().getUri()).isEqualTo(uri);
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
