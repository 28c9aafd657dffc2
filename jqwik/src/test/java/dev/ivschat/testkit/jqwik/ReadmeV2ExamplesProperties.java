package dev.ivschat.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenRequest;
import software.amazon.awssdk.services.ivschat.model.CreateRoomRequest;
import software.amazon.awssdk.services.ivschat.model.SendEventRequest;
import software.amazon.awssdk.services.ivschat.model.ValidationException;
import software.amazon.awssdk.services.ivschat.model.ValidationExceptionField;

/** The SDK v2 code of the README, compiled and run. */
class ReadmeV2ExamplesProperties {

  @Property(tries = 200)
  void every_generated_room_is_accepted(@ForAll("rooms") CreateRoomRequest request) {
    IvschatClient ivschat = new FakeIvschatClient();
    assertThat(ivschat.createRoom(request).arn()).startsWith("arn:aws:ivschat:");
  }

  @Provide
  Arbitrary<CreateRoomRequest> rooms() {
    return IvsChatV2Arbitraries.createRoomRequests();
  }

  /** A fresh default fake makes the same first room every time: its ids are seeded. */
  static final String ROOM = newFakeWithRoom().rooms().get(0).arn();

  static FakeIvschatClient newFakeWithRoom() {
    FakeIvschatClient ivschat = new FakeIvschatClient();
    ivschat.createRoom(CreateRoomRequest.builder().build());
    return ivschat;
  }

  @Property(tries = 200)
  void every_generated_event_is_sent(@ForAll("events") SendEventRequest request) {
    FakeIvschatClient ivschat = newFakeWithRoom();
    ivschat.sendEvent(request);
    assertThat(ivschat.sentEvents(ROOM)).hasSize(1);
  }

  @Provide
  Arbitrary<SendEventRequest> events() {
    return IvsChatV2Arbitraries.sendEventRequests(ROOM);
  }

  @Property(tries = 200)
  void a_bad_token_request_is_rejected_on_its_field(
      @ForAll("badTokens") Invalid<CreateChatTokenRequest> bad) {
    IvschatClient ivschat = newFakeWithRoom();
    assertThatThrownBy(() -> ivschat.createChatToken(bad.value()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldList())
            .extracting(ValidationExceptionField::name)
            .containsExactly(bad.field()));
  }

  @Provide
  Arbitrary<Invalid<CreateChatTokenRequest>> badTokens() {
    return IvsChatV2Arbitraries.invalid().createChatTokenRequests(ROOM);
  }

  @Property(tries = 100)
  @Domain(IvsChatV2Domain.class)
  void any_room_in_any_fake(@ForAll CreateRoomRequest request, @ForAll FakeIvschatClient ivschat) {
    assertThat(ivschat.createRoom(request).arn()).isNotNull();
  }

  @Property(tries = 50)
  void a_token_per_user(@ForAll FakeIvschatClient ivschat, @ForAll @ValidUserId String user) {
    String room = ivschat.createRoom(CreateRoomRequest.builder().build()).arn();
    ivschat.createChatToken(CreateChatTokenRequest.builder().roomIdentifier(room).userId(user)
        .build());
    assertThat(ivschat.chatTokens()).singleElement()
        .satisfies(token -> assertThat(token.userId()).isEqualTo(user));
  }

  @Property(tries = 10)
  void replaying_a_reported_fake_by_hand(@ForAll FakeIvschatClient drawn) {
    IvsChatConfig base = IvsChatConfig.builder().clockStart(IvsChatFakes.CLOCK_START).build();
    FakeIvschatClient replay = IvsChatV2Arbitraries.seededFake(base, drawn.config().idSeed());
    CreateRoomRequest lobby = CreateRoomRequest.builder().name("lobby").build();
    assertThat(replay.createRoom(lobby).arn()).isEqualTo(drawn.createRoom(lobby).arn());
  }
}
