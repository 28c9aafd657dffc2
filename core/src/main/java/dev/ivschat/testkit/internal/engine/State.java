package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.LoggingConfiguration;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.ServiceError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Everything the fake holds, and the helpers the operations share. Not thread-safe: only touched
 * under the engine's lock.
 */
final class State {
  final IvsChatConfig config;
  final Arns arns;
  final IdGenerator ids;
  final RequestValidator validator;
  final Catalog<Room> rooms = new Catalog<>();
  final Catalog<LoggingConfiguration> loggingConfigurations = new Catalog<>();
  final Map<String, ChatToken> tokens = new LinkedHashMap<>();
  final List<SentEvent> events = new ArrayList<>();
  /** Every room this state has had since it was made or cleared: id to ARN, oldest first. */
  final Map<String, String> roomsEverHad = new LinkedHashMap<>();
  final PageTokens pageTokens = new PageTokens();
  final LiveChat live = new LiveChat(this);

  State(IvsChatConfig config, IdGenerator ids) {
    this.config = config;
    this.arns = new Arns(config.region(), config.accountId());
    this.ids = ids;
    this.validator = new RequestValidator(config);
  }

  void clear() {
    rooms.clear();
    loggingConfigurations.clear();
    tokens.clear();
    events.clear();
    roomsEverHad.clear();
    pageTokens.nextGeneration();
    live.clear();
  }

  /** The room an identifier names, or a 404 carrying the bare id. */
  Room requireRoom(String arn) {
    String id = arns.roomId(arn);
    Room room = id == null ? null : rooms.get(id);
    if (room == null) {
      throw new ServiceErrorException(ServiceError.notFound(Arns.bareId(arn), ServiceError.ROOM));
    }
    return room;
  }

  /** The logging configuration an identifier names, or a 404 carrying the bare id. */
  LoggingConfiguration requireLoggingConfiguration(String arn) {
    String id = arns.loggingConfigurationId(arn);
    LoggingConfiguration lc = id == null ? null : loggingConfigurations.get(id);
    if (lc == null) {
      throw new ServiceErrorException(
          ServiceError.notFound(Arns.bareId(arn), ServiceError.LOGGING_CONFIGURATION));
    }
    return lc;
  }

  /** A fresh 12-character id that none of the given resources uses. */
  String newId(Predicate<String> taken) {
    String id = ids.id();
    while (taken.test(id)) {
      id = ids.id();
    }
    return id;
  }

  /** An event from the control plane: no connection asked for it. */
  SentEvent publish(CallContext c, String roomArn, String eventName,
      Map<String, String> attributes) {
    return publish(c, roomArn, eventName, attributes, null, Set.of());
  }

  /**
   * The one place events reach rooms: recorded for {@code sentEvents()}, delivered to the room's
   * open connections (the requester's copy with its request id) and logged.
   */
  SentEvent publish(CallContext c, String roomArn, String eventName,
      Map<String, String> attributes, Connection requester, Set<String> skipUsers) {
    SentEvent event = new SentEvent(roomArn, live.newFrameId(), eventName, attributes, c.now(),
        c.requestId());
    events.add(event);
    live.deliverEvent(event, requester, skipUsers);
    return event;
  }
}
