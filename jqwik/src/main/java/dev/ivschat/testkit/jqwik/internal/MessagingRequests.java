package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.IvsChatRequest.CreateChatToken;
import dev.ivschat.testkit.IvsChatRequest.DeleteMessage;
import dev.ivschat.testkit.IvsChatRequest.DisconnectUser;
import dev.ivschat.testkit.IvsChatRequest.SendEvent;
import dev.ivschat.testkit.jqwik.Invalid;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** CreateChatToken, SendEvent, DeleteMessage and DisconnectUser requests on one room. */
public final class MessagingRequests {
  private static final String ROOM = "roomIdentifier";
  private static final double ABSENT = 0.3;

  private MessagingRequests() {
  }

  /**
   * Valid CreateChatToken requests.
   *
   * @param roomArn the room
   * @return the requests
   */
  public static Arbitrary<CreateChatToken> createChatToken(String roomArn) {
    Arguments.roomArn(roomArn);
    return Combinators.combine(Values.text(Model.USER_ID), Capabilities.valid().injectNull(ABSENT),
        sessionDurations().injectNull(ABSENT),
        new DefaultAttributeMapArbitrary().injectNull(ABSENT))
        .as((user, capabilities, minutes, attributes) ->
            new CreateChatToken(roomArn, user, capabilities, minutes, attributes));
  }

  /**
   * CreateChatToken requests wrong in one member.
   *
   * @param roomArn the room
   * @return the requests
   */
  public static Arbitrary<Invalid<CreateChatToken>> invalidCreateChatToken(String roomArn) {
    return OneWrong.of(createChatToken(roomArn))
        .member(InvalidArns.rooms(ROOM), (r, v) -> new CreateChatToken(v, r.userId(),
            r.capabilities(), r.sessionDurationInMinutes(), r.attributes()))
        .member(Values.invalidText("userId", Model.USER_ID, true), (r, v) -> new CreateChatToken(
            r.roomIdentifier(), v, r.capabilities(), r.sessionDurationInMinutes(), r.attributes()))
        .member(Capabilities.invalid(), (r, v) -> new CreateChatToken(r.roomIdentifier(),
            r.userId(), v, r.sessionDurationInMinutes(), r.attributes()))
        .member(invalidSessionDurations(), (r, v) -> new CreateChatToken(r.roomIdentifier(),
            r.userId(), r.capabilities(), v, r.attributes()))
        .member(InvalidMaps.attributes(Model.MAX_ATTRIBUTE_BYTES), (r, v) -> new CreateChatToken(
            r.roomIdentifier(), r.userId(), r.capabilities(), r.sessionDurationInMinutes(), v))
        .build();
  }

  /**
   * Valid SendEvent requests.
   *
   * @param roomArn the room
   * @return the requests
   */
  public static Arbitrary<SendEvent> sendEvent(String roomArn) {
    Arguments.roomArn(roomArn);
    return Combinators.combine(Values.text(Model.EVENT_NAME),
        new DefaultAttributeMapArbitrary().injectNull(ABSENT))
        .as((name, attributes) -> new SendEvent(roomArn, name, attributes));
  }

  /**
   * SendEvent requests wrong in one member.
   *
   * @param roomArn the room
   * @return the requests
   */
  public static Arbitrary<Invalid<SendEvent>> invalidSendEvent(String roomArn) {
    return OneWrong.of(sendEvent(roomArn))
        .member(InvalidArns.rooms(ROOM), (r, v) -> new SendEvent(v, r.eventName(), r.attributes()))
        .member(Values.invalidText("eventName", Model.EVENT_NAME, true),
            (r, v) -> new SendEvent(r.roomIdentifier(), v, r.attributes()))
        .member(InvalidMaps.attributes(Model.MAX_ATTRIBUTE_BYTES),
            (r, v) -> new SendEvent(r.roomIdentifier(), r.eventName(), v))
        .build();
  }

  /**
   * Valid DeleteMessage requests.
   *
   * @param roomArn the room
   * @return the requests
   */
  public static Arbitrary<DeleteMessage> deleteMessage(String roomArn) {
    Arguments.roomArn(roomArn);
    return Combinators.combine(Values.messageIds(), Values.text(Model.REASON).injectNull(ABSENT))
        .as((id, reason) -> new DeleteMessage(roomArn, id, reason));
  }

  /**
   * DeleteMessage requests wrong in one member.
   *
   * @param roomArn the room
   * @return the requests
   */
  public static Arbitrary<Invalid<DeleteMessage>> invalidDeleteMessage(String roomArn) {
    return OneWrong.of(deleteMessage(roomArn))
        .member(InvalidArns.rooms(ROOM), (r, v) -> new DeleteMessage(v, r.id(), r.reason()))
        .member(Values.invalidMessageIds(),
            (r, v) -> new DeleteMessage(r.roomIdentifier(), v, r.reason()))
        .member(Values.invalidText("reason", Model.REASON, false),
            (r, v) -> new DeleteMessage(r.roomIdentifier(), r.id(), v))
        .build();
  }

  /**
   * Valid DisconnectUser requests.
   *
   * @param roomArn the room
   * @return the requests
   */
  public static Arbitrary<DisconnectUser> disconnectUser(String roomArn) {
    Arguments.roomArn(roomArn);
    return Combinators.combine(Values.text(Model.USER_ID),
        Values.text(Model.REASON).injectNull(ABSENT))
        .as((user, reason) -> new DisconnectUser(roomArn, user, reason));
  }

  /**
   * DisconnectUser requests wrong in one member.
   *
   * @param roomArn the room
   * @return the requests
   */
  public static Arbitrary<Invalid<DisconnectUser>> invalidDisconnectUser(String roomArn) {
    return OneWrong.of(disconnectUser(roomArn))
        .member(InvalidArns.rooms(ROOM),
            (r, v) -> new DisconnectUser(v, r.userId(), r.reason()))
        .member(Values.invalidText("userId", Model.USER_ID, true),
            (r, v) -> new DisconnectUser(r.roomIdentifier(), v, r.reason()))
        .member(Values.invalidText("reason", Model.REASON, false),
            (r, v) -> new DisconnectUser(r.roomIdentifier(), r.userId(), v))
        .build();
  }

  /**
   * Session durations.
   *
   * @return 1 to 180 minutes, with the default 60 as an edge case
   */
  public static Arbitrary<Integer> sessionDurations() {
    return Values.integers(Model.SESSION_DURATION, 60);
  }

  /**
   * Invalid session durations.
   *
   * @return reported on {@code sessionDurationInMinutes}
   */
  public static Arbitrary<Invalid<Integer>> invalidSessionDurations() {
    return Violating.integers("sessionDurationInMinutes", Model.SESSION_DURATION);
  }
}
