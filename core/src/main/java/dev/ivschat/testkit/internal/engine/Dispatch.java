package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Operation;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one table from operation to the code that runs it. Every front door's call goes through it;
 * adding an operation means one row here and its record in {@link IvsChatRequest}.
 */
final class Dispatch {
  /** Runs one operation on the state; validation is the operation's first step. */
  @FunctionalInterface
  interface Handler {
    Object run(CallContext c, IvsChatRequest<?> request);
  }

  private final Map<Operation, Handler> table = new EnumMap<>(Operation.class);
  private final LoggingConfigurationOperations logging;

  Dispatch(State state) {
    RoomOperations rooms = new RoomOperations(state);
    LoggingConfigurationOperations logging = new LoggingConfigurationOperations(state);
    MessagingOperations messaging = new MessagingOperations(state);
    TagOperations tags = new TagOperations(state);
    row(Operation.CREATE_ROOM, (c, r) -> rooms.create(c, (IvsChatRequest.CreateRoom) r));
    row(Operation.GET_ROOM, (c, r) -> rooms.get(c, (IvsChatRequest.GetRoom) r));
    row(Operation.UPDATE_ROOM, (c, r) -> rooms.update(c, (IvsChatRequest.UpdateRoom) r));
    row(Operation.DELETE_ROOM, (c, r) -> rooms.delete(c, (IvsChatRequest.DeleteRoom) r));
    row(Operation.LIST_ROOMS, (c, r) -> rooms.list(c, (IvsChatRequest.ListRooms) r));
    row(Operation.CREATE_LOGGING_CONFIGURATION,
        (c, r) -> logging.create(c, (IvsChatRequest.CreateLoggingConfiguration) r));
    row(Operation.GET_LOGGING_CONFIGURATION,
        (c, r) -> logging.get(c, (IvsChatRequest.GetLoggingConfiguration) r));
    row(Operation.UPDATE_LOGGING_CONFIGURATION,
        (c, r) -> logging.update(c, (IvsChatRequest.UpdateLoggingConfiguration) r));
    row(Operation.DELETE_LOGGING_CONFIGURATION,
        (c, r) -> logging.delete(c, (IvsChatRequest.DeleteLoggingConfiguration) r));
    row(Operation.LIST_LOGGING_CONFIGURATIONS,
        (c, r) -> logging.list(c, (IvsChatRequest.ListLoggingConfigurations) r));
    row(Operation.CREATE_CHAT_TOKEN,
        (c, r) -> messaging.createChatToken(c, (IvsChatRequest.CreateChatToken) r));
    row(Operation.SEND_EVENT, (c, r) -> messaging.sendEvent(c, (IvsChatRequest.SendEvent) r));
    row(Operation.DELETE_MESSAGE,
        (c, r) -> messaging.deleteMessage(c, (IvsChatRequest.DeleteMessage) r));
    row(Operation.DISCONNECT_USER,
        (c, r) -> messaging.disconnectUser(c, (IvsChatRequest.DisconnectUser) r));
    row(Operation.TAG_RESOURCE, (c, r) -> tags.tag(c, (IvsChatRequest.TagResource) r));
    row(Operation.UNTAG_RESOURCE, (c, r) -> tags.untag(c, (IvsChatRequest.UntagResource) r));
    row(Operation.LIST_TAGS_FOR_RESOURCE,
        (c, r) -> tags.list(c, (IvsChatRequest.ListTagsForResource) r));
    if (table.size() != Operation.values().length) {
      throw new IllegalStateException("Dispatch misses an operation: " + table.keySet());
    }
    this.logging = logging;
  }

  private void row(Operation operation, Handler handler) {
    table.put(operation, handler);
  }

  Object run(CallContext c, IvsChatRequest<?> request) {
    return table.get(request.operation()).run(c, request);
  }

  LoggingConfigurationOperations loggingConfigurations() {
    return logging;
  }
}
