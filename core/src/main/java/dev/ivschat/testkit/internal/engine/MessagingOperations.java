package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** CreateChatToken, SendEvent, DeleteMessage and DisconnectUser. */
public final class MessagingOperations {
  /** The service's default session length. */
  static final int DEFAULT_SESSION_DURATION_IN_MINUTES = 60;
  private final State state;

  MessagingOperations(State state) {
    this.state = state;
  }

  /**
   * CreateChatToken: issues a unique token and remembers what it grants.
   *
   * @param c the call
   * @param in the request
   * @return the token
   */
  public ChatToken createChatToken(CallContext c, IvsChatRequest.CreateChatToken in) {
    state.validator.createChatToken(in);
    Room room = state.requireRoom(in.roomIdentifier());
    String token = state.ids.token();
    while (state.tokens.containsKey(token)) {
      token = state.ids.token();
    }
    int minutes = Objects.requireNonNullElse(in.sessionDurationInMinutes(),
        DEFAULT_SESSION_DURATION_IN_MINUTES);
    ChatToken chatToken = new ChatToken(token, room.arn(), in.userId(),
        in.capabilities() == null ? List.of() : in.capabilities(),
        in.attributes() == null ? Map.of() : in.attributes(), c.now(),
        c.now().plus(state.config.quotas().tokenLifetime()),
        c.now().plus(Duration.ofMinutes(minutes)));
    state.tokens.put(token, chatToken);
    return chatToken;
  }

  /**
   * SendEvent.
   *
   * @param c the call
   * @param in the request
   * @return the event sent
   */
  public SentEvent sendEvent(CallContext c, IvsChatRequest.SendEvent in) {
    state.validator.sendEvent(in);
    Room room = state.requireRoom(in.roomIdentifier());
    return state.publish(c, room.arn(), in.eventName(),
        in.attributes() == null ? Map.of() : in.attributes());
  }

  /**
   * DeleteMessage: sends {@code aws:DELETE_MESSAGE} with {@code MessageId}, {@code MessageID} and
   * (when given) {@code Reason}. The message itself is not looked up, as the service does not.
   *
   * @param c the call
   * @param in the request
   * @return the event sent
   */
  public SentEvent deleteMessage(CallContext c, IvsChatRequest.DeleteMessage in) {
    state.validator.deleteMessage(in);
    Room room = state.requireRoom(in.roomIdentifier());
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("MessageId", in.id());
    attributes.put("MessageID", in.id());
    if (in.reason() != null) {
      attributes.put("Reason", in.reason());
    }
    return state.publish(c, room.arn(), SentEvent.DELETE_MESSAGE, attributes);
  }

  /**
   * DisconnectUser: sends {@code aws:DISCONNECT_USER} with {@code UserId} and (when given)
   * {@code Reason}, and closes every connection of that user in the room.
   *
   * @param c the call
   * @param in the request
   * @return the event sent
   */
  public SentEvent disconnectUser(CallContext c, IvsChatRequest.DisconnectUser in) {
    state.validator.disconnectUser(in);
    Room room = state.requireRoom(in.roomIdentifier());
    return state.live.kick(c, room.arn(), in.userId(), in.reason(), null);
  }
}
