package dev.ivschat.testkit.jqwik.internal;

import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.DeleteMessageRequest;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.SendEventRequest;
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
  public static Arbitrary<CreateChatTokenRequest> createChatToken(String roomArn) {
    Arguments.roomArn(roomArn);
    return Combinators.combine(Values.text(Model.USER_ID), Capabilities.valid().injectNull(ABSENT),
        sessionDurations().injectNull(ABSENT),
        new DefaultAttributeMapArbitrary().injectNull(ABSENT))
        .as((user, capabilities, minutes, attributes) -> new CreateChatTokenRequest()
            .withRoomIdentifier(roomArn).withUserId(user).withCapabilities(capabilities)
            .withSessionDurationInMinutes(minutes).withAttributes(attributes));
  }

  /**
   * CreateChatToken requests wrong in one member.
   *
   * @param roomArn the room
   * @return the requests
   */
  public static Arbitrary<Invalid<CreateChatTokenRequest>> invalidCreateChatToken(String roomArn) {
    return OneWrong.of(createChatToken(roomArn), CreateChatTokenRequest::clone)
        .member(InvalidArns.rooms(ROOM), CreateChatTokenRequest::setRoomIdentifier)
        .member(Values.invalidText("userId", Model.USER_ID, true),
            CreateChatTokenRequest::setUserId)
        .member(Capabilities.invalid(), CreateChatTokenRequest::setCapabilities)
        .member(invalidSessionDurations(), CreateChatTokenRequest::setSessionDurationInMinutes)
        .member(InvalidMaps.attributes(Model.MAX_ATTRIBUTE_BYTES),
            CreateChatTokenRequest::setAttributes)
        .build();
  }

  /**
   * Valid SendEvent requests.
   *
   * @param roomArn the room
   * @return the requests
   */
  public static Arbitrary<SendEventRequest> sendEvent(String roomArn) {
    Arguments.roomArn(roomArn);
    return Combinators.combine(Values.text(Model.EVENT_NAME),
        new DefaultAttributeMapArbitrary().injectNull(ABSENT))
        .as((name, attributes) -> new SendEventRequest().withRoomIdentifier(roomArn)
            .withEventName(name).withAttributes(attributes));
  }

  /**
   * SendEvent requests wrong in one member.
   *
   * @param roomArn the room
   * @return the requests
   */
  public static Arbitrary<Invalid<SendEventRequest>> invalidSendEvent(String roomArn) {
    return OneWrong.of(sendEvent(roomArn), SendEventRequest::clone)
        .member(InvalidArns.rooms(ROOM), SendEventRequest::setRoomIdentifier)
        .member(Values.invalidText("eventName", Model.EVENT_NAME, true),
            SendEventRequest::setEventName)
        .member(InvalidMaps.attributes(Model.MAX_ATTRIBUTE_BYTES), SendEventRequest::setAttributes)
        .build();
  }

  /**
   * Valid DeleteMessage requests.
   *
   * @param roomArn the room
   * @return the requests
   */
  public static Arbitrary<DeleteMessageRequest> deleteMessage(String roomArn) {
    Arguments.roomArn(roomArn);
    return Combinators.combine(Values.messageIds(), Values.text(Model.REASON).injectNull(ABSENT))
        .as((id, reason) -> new DeleteMessageRequest().withRoomIdentifier(roomArn).withId(id)
            .withReason(reason));
  }

  /**
   * DeleteMessage requests wrong in one member.
   *
   * @param roomArn the room
   * @return the requests
   */
  public static Arbitrary<Invalid<DeleteMessageRequest>> invalidDeleteMessage(String roomArn) {
    return OneWrong.of(deleteMessage(roomArn), DeleteMessageRequest::clone)
        .member(InvalidArns.rooms(ROOM), DeleteMessageRequest::setRoomIdentifier)
        .member(Values.invalidMessageIds(), DeleteMessageRequest::setId)
        .member(Values.invalidText("reason", Model.REASON, false), DeleteMessageRequest::setReason)
        .build();
  }

  /**
   * Valid DisconnectUser requests.
   *
   * @param roomArn the room
   * @return the requests
   */
  public static Arbitrary<DisconnectUserRequest> disconnectUser(String roomArn) {
    Arguments.roomArn(roomArn);
    return Combinators.combine(Values.text(Model.USER_ID),
        Values.text(Model.REASON).injectNull(ABSENT))
        .as((user, reason) -> new DisconnectUserRequest().withRoomIdentifier(roomArn)
            .withUserId(user).withReason(reason));
  }

  /**
   * DisconnectUser requests wrong in one member.
   *
   * @param roomArn the room
   * @return the requests
   */
  public static Arbitrary<Invalid<DisconnectUserRequest>> invalidDisconnectUser(String roomArn) {
    return OneWrong.of(disconnectUser(roomArn), DisconnectUserRequest::clone)
        .member(InvalidArns.rooms(ROOM), DisconnectUserRequest::setRoomIdentifier)
        .member(Values.invalidText("userId", Model.USER_ID, true),
            DisconnectUserRequest::setUserId)
        .member(Values.invalidText("reason", Model.REASON, false), DisconnectUserRequest::setReason)
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
