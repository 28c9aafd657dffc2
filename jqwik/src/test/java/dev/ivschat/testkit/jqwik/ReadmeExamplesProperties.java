package dev.ivschat.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Outcome;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.ServiceError;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/**
 * The SDK-neutral code of the README, compiled and run; {@link ReadmeV1ExamplesProperties} and
 * {@link ReadmeV2ExamplesProperties} hold the SDK ones.
 */
class ReadmeExamplesProperties {

  // --- valid input ---

  @Property(tries = 200)
  void every_generated_room_is_accepted(@ForAll("rooms") IvsChatRequest.CreateRoom request) {
    Outcome<Room> outcome = new IvsChat().call(request);
    assertThat(outcome.failed()).isFalse();
    assertThat(outcome.value().arn()).startsWith("arn:aws:ivschat:");
  }

  @Provide
  Arbitrary<IvsChatRequest.CreateRoom> rooms() {
    return IvsChatArbitraries.createRoomRequests();
  }

  // --- requests on a room ---

  /** A fresh default IvsChat makes the same first room every time: its ids are seeded. */
  static final String ROOM = newIvsChatWithRoom().rooms().get(0).arn();

  static IvsChat newIvsChatWithRoom() {
    IvsChat ivsChat = new IvsChat();
    ivsChat.call(IvsChatRequest.CreateRoom.named("lobby"));
    return ivsChat;
  }

  @Property(tries = 200)
  void every_generated_event_is_sent(@ForAll("events") IvsChatRequest.SendEvent request) {
    IvsChat ivsChat = newIvsChatWithRoom();
    ivsChat.call(request);
    assertThat(ivsChat.sentEvents(ROOM)).hasSize(1);
  }

  @Provide
  Arbitrary<IvsChatRequest.SendEvent> events() {
    return IvsChatArbitraries.sendEventRequests(ROOM);
  }

  // --- just-invalid input ---

  @Property(tries = 200)
  void a_bad_token_request_is_rejected_on_its_field(
      @ForAll("badTokens") Invalid<IvsChatRequest.CreateChatToken> bad) {
    Outcome<ChatToken> outcome = newIvsChatWithRoom().call(bad.value());
    assertThat(outcome.error().code()).isEqualTo(ServiceError.VALIDATION);
    assertThat(outcome.error().fields()).extracting(ServiceError.Field::name)
        .containsExactly(bad.field());
  }

  @Provide
  Arbitrary<Invalid<IvsChatRequest.CreateChatToken>> badTokens() {
    return IvsChatArbitraries.invalid().createChatTokenRequests(ROOM);
  }

  // --- fluent configuration ---

  @Provide
  Arbitrary<String> shortNames() {
    return IvsChatArbitraries.roomNames().ofMinLength(1).ofMaxLength(20);
  }

  @Provide
  Arbitrary<String> europeanRooms() {
    return IvsChatArbitraries.roomArns().inRegion("eu-west-1").inAccount("111122223333");
  }

  @Provide
  Arbitrary<Map<String, String>> attributesForABiggerQuota() {
    return IvsChatArbitraries.attributeMaps().ofMaxBytes(4096);
  }

  @Property(tries = 50)
  void configured_generators(@ForAll("shortNames") String name,
      @ForAll("europeanRooms") String room,
      @ForAll("attributesForABiggerQuota") Map<String, String> attributes) {
    assertThat(name).hasSizeBetween(1, 20);
    assertThat(room).startsWith("arn:aws:ivschat:eu-west-1:111122223333:room/");
    assertThat(attributes).isNotNull();
  }

  // --- annotations ---

  @Property(tries = 100)
  void a_token_for_any_user(@ForAll @ValidUserId String user,
      @ForAll @ValidAttributes Map<String, String> attributes) {
    IvsChat ivsChat = newIvsChatWithRoom();
    ivsChat.call(new IvsChatRequest.CreateChatToken(ROOM, user, null, null, attributes));
    assertThat(ivsChat.chatTokens()).singleElement()
        .satisfies(token -> assertThat(token.attributes()).isEqualTo(attributes));
  }

  // --- the domain ---

  @Property(tries = 100)
  @Domain(IvsChatDomain.class)
  void any_room_in_any_ivs_chat(@ForAll IvsChatRequest.CreateRoom request,
      @ForAll IvsChat ivsChat) {
    assertThat(ivsChat.call(request).failed()).isFalse();
  }

  // --- seeded fakes ---

  @Property(tries = 50)
  void a_token_per_user(@ForAll IvsChat ivsChat, @ForAll @ValidUserId String user) {
    String room = ivsChat.call(IvsChatRequest.CreateRoom.named("r")).value().arn();
    ivsChat.call(new IvsChatRequest.CreateChatToken(room, user, null, null, null));
    assertThat(ivsChat.chatTokens()).singleElement()
        .satisfies(token -> assertThat(token.userId()).isEqualTo(user));
  }

  @Property(tries = 10)
  void replaying_a_reported_fake_by_hand(@ForAll IvsChat drawn) {
    IvsChatConfig base = IvsChatConfig.builder().clockStart(IvsChatFakes.CLOCK_START).build();
    IvsChat replay = IvsChatFakes.seededIvsChat(base, drawn.config().idSeed());
    IvsChatRequest.CreateRoom lobby = IvsChatRequest.CreateRoom.named("lobby");
    assertThat(replay.call(lobby).value().arn()).isEqualTo(drawn.call(lobby).value().arn());
  }
}
