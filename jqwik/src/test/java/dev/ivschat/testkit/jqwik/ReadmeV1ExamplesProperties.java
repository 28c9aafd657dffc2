package dev.ivschat.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.ValidationException;
import com.amazonaws.services.ivschat.model.ValidationExceptionField;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/** The SDK v1 code of the README, compiled and run. */
class ReadmeV1ExamplesProperties {

  @Property(tries = 200)
  void every_generated_room_is_accepted(@ForAll("rooms") CreateRoomRequest request) {
    Amazonivschat ivschat = new FakeAmazonivschat();
    assertThat(ivschat.createRoom(request).getArn()).startsWith("arn:aws:ivschat:");
  }

  @Provide
  Arbitrary<CreateRoomRequest> rooms() {
    return IvsChatV1Arbitraries.createRoomRequests();
  }

  /** A fresh default fake makes the same first room every time: its ids are seeded. */
  static final String ROOM = newFakeWithRoom().rooms().get(0).arn();

  static FakeAmazonivschat newFakeWithRoom() {
    FakeAmazonivschat ivschat = new FakeAmazonivschat();
    ivschat.createRoom(new CreateRoomRequest());
    return ivschat;
  }

  @Property(tries = 200)
  void every_generated_event_is_sent(@ForAll("events") SendEventRequest request) {
    FakeAmazonivschat ivschat = newFakeWithRoom();
    ivschat.sendEvent(request);
    assertThat(ivschat.sentEvents(ROOM)).hasSize(1);
  }

  @Provide
  Arbitrary<SendEventRequest> events() {
    return IvsChatV1Arbitraries.sendEventRequests(ROOM);
  }

  @Property(tries = 200)
  void a_bad_token_request_is_rejected_on_its_field(
      @ForAll("badTokens") Invalid<CreateChatTokenRequest> bad) {
    Amazonivschat ivschat = newFakeWithRoom();
    assertThatThrownBy(() -> ivschat.createChatToken(bad.value()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getFieldList())
            .extracting(ValidationExceptionField::getName)
            .containsExactly(bad.field()));
  }

  @Provide
  Arbitrary<Invalid<CreateChatTokenRequest>> badTokens() {
    return IvsChatV1Arbitraries.invalid().createChatTokenRequests(ROOM);
  }

  @Property(tries = 100)
  @Domain(IvsChatV1Domain.class)
  void any_room_in_any_fake(@ForAll CreateRoomRequest request, @ForAll FakeAmazonivschat ivschat) {
    assertThat(ivschat.createRoom(request).getArn()).isNotNull();
  }

  @Property(tries = 50)
  void a_token_per_user(@ForAll FakeAmazonivschat ivschat, @ForAll @ValidUserId String user) {
    String room = ivschat.createRoom(new CreateRoomRequest()).getArn();
    ivschat.createChatToken(new CreateChatTokenRequest().withRoomIdentifier(room).withUserId(user));
    assertThat(ivschat.chatTokens()).singleElement()
        .satisfies(token -> assertThat(token.userId()).isEqualTo(user));
  }

  @Property(tries = 10)
  void replaying_a_reported_fake_by_hand(@ForAll FakeAmazonivschat drawn) {
    IvsChatConfig base = IvsChatConfig.builder().clockStart(IvsChatFakes.CLOCK_START).build();
    FakeAmazonivschat replay = IvsChatV1Arbitraries.seededFake(base, drawn.config().idSeed());
    assertThat(replay.createRoom(new CreateRoomRequest()).getArn())
        .isEqualTo(drawn.createRoom(new CreateRoomRequest()).getArn());
  }
}
