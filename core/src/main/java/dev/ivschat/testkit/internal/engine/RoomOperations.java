package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.LoggingConfiguration;
import dev.ivschat.testkit.Page;
import dev.ivschat.testkit.ReviewHandler;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.ServiceError;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** CreateRoom, GetRoom, UpdateRoom, DeleteRoom and ListRooms. */
public final class RoomOperations {
  private static final String LISTING = "ListRooms";
  private final State state;

  RoomOperations(State state) {
    this.state = state;
  }

  /**
   * CreateRoom.
   *
   * @param c the call
   * @param in the request
   * @return the new room
   */
  public Room create(CallContext c, IvsChatRequest.CreateRoom in) {
    state.validator.createRoom(in);
    List<String> logging = attachable(in.loggingConfigurationIdentifiers());
    int max = state.config.quotas().maxRooms();
    if (state.rooms.size() >= max) {
      throw new ServiceErrorException(ServiceError.quotaExceeded(state.config.accountId(),
          ServiceError.ROOM, max, "Quota exceeded: this account already has " + max
              + " rooms, the most allowed in " + state.config.region()));
    }
    String id = state.newId(state.rooms::contains);
    Optional<ReviewHandler> handler = Optional.empty();
    if (in.messageReviewHandler() != null) {
      handler = merge(Optional.empty(), in.messageReviewHandler());
    }
    Room room = new Room(state.arns.room(id), id, Objects.requireNonNullElse(in.name(), ""),
        c.now(), c.now(),
        Objects.requireNonNullElse(in.maximumMessageRatePerSecond(),
            Room.DEFAULT_MAXIMUM_MESSAGE_RATE_PER_SECOND),
        Objects.requireNonNullElse(in.maximumMessageLength(), Room.DEFAULT_MAXIMUM_MESSAGE_LENGTH),
        handler, in.tags() == null ? Map.of() : in.tags(), logging);
    state.rooms.put(id, room, c.now());
    state.roomsEverHad.put(id, room.arn());
    return room;
  }

  /**
   * GetRoom.
   *
   * @param c the call
   * @param in the request
   * @return the room
   */
  public Room get(CallContext c, IvsChatRequest.GetRoom in) {
    state.validator.roomIdentifier(in.identifier());
    return state.requireRoom(in.identifier());
  }

  /**
   * UpdateRoom: a partial update of the members that are set.
   *
   * @param c the call
   * @param in the request
   * @return the updated room
   */
  public Room update(CallContext c, IvsChatRequest.UpdateRoom in) {
    state.validator.updateRoom(in);
    Room room = state.requireRoom(in.identifier());
    List<String> logging = in.loggingConfigurationIdentifiers() == null
        ? room.loggingConfigurationIdentifiers()
        : attachable(in.loggingConfigurationIdentifiers());
    Optional<ReviewHandler> handler = in.messageReviewHandler() == null
        ? room.messageReviewHandler()
        : merge(room.messageReviewHandler(), in.messageReviewHandler());
    Room updated = new Room(room.arn(), room.id(),
        Objects.requireNonNullElse(in.name(), room.name()), room.createTime(), c.now(),
        Objects.requireNonNullElse(in.maximumMessageRatePerSecond(),
            room.maximumMessageRatePerSecond()),
        Objects.requireNonNullElse(in.maximumMessageLength(), room.maximumMessageLength()),
        handler, room.tags(), logging);
    state.rooms.put(room.id(), updated, c.now());
    return updated;
  }

  /**
   * DeleteRoom.
   *
   * @param c the call
   * @param in the request
   */
  public Void delete(CallContext c, IvsChatRequest.DeleteRoom in) {
    state.validator.roomIdentifier(in.identifier());
    Room room = state.requireRoom(in.identifier());
    state.rooms.remove(room.id());
    state.live.closeRoom(room.arn(), c.now());
    return null;
  }

  /**
   * ListRooms: newest {@code updateTime} first, filters combined with AND; an empty {@code name}
   * or {@code messageReviewHandlerUri} filters nothing, like an absent one.
   *
   * @param c the call
   * @param in the request
   * @return the page
   */
  public Page<Room> list(CallContext c, IvsChatRequest.ListRooms in) {
    state.validator.listRooms(in);
    String name = emptyToNull(in.name());
    String handlerUri = emptyToNull(in.messageReviewHandlerUri());
    String logging = in.loggingConfigurationIdentifier();
    if (logging != null) {
      state.requireLoggingConfiguration(logging);
    }
    String filters = PageTokens.filters(name, handlerUri, logging);
    Catalog.Key after = state.pageTokens.decode(in.nextToken(), LISTING, filters);
    Predicate<Room> filter = room -> (name == null || name.equals(room.name()))
        && (handlerUri == null || room.messageReviewHandler()
            .map(h -> h.uri().equals(handlerUri)).orElse(false))
        && (logging == null || room.loggingConfigurationIdentifiers().contains(logging));
    int limit = Objects.requireNonNullElse(in.maxResults(), 50);
    Catalog.Page<Room> page = state.rooms.page(after, filter, limit);
    return new Page<>(page.items(),
        page.more() ? state.pageTokens.encode(LISTING, filters, page.last()) : null);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /**
   * The logging configurations a room may attach: each must exist (404) and be ACTIVE (409), and
   * none may be named twice.
   */
  private List<String> attachable(List<String> arns) {
    if (arns == null) {
      return List.of();
    }
    Set<String> seen = new HashSet<>();
    for (String arn : arns) {
      if (!seen.add(arn)) {
        Violations v = new Violations();
        v.add("loggingConfigurationIdentifiers", "'" + arn + "'",
            "Member must not contain the same logging configuration twice");
        throw v.toException();
      }
    }
    for (String arn : arns) {
      LoggingConfiguration lc = state.requireLoggingConfiguration(arn);
      if (!LoggingConfiguration.ACTIVE.equals(lc.state())) {
        throw new ServiceErrorException(ServiceError.conflict(lc.id(),
            ServiceError.LOGGING_CONFIGURATION, "Logging configuration " + lc.id() + " is "
                + lc.state() + "; only an ACTIVE logging configuration can be attached to a room"));
      }
    }
    return arns;
  }

  /**
   * Applies a requested handler to the current one: an empty {@code uri} removes the handler, a
   * set {@code uri} installs or replaces it, an unset {@code uri} keeps the current one; an unset
   * {@code fallbackResult} keeps the current value (ALLOW for a new handler).
   */
  private static Optional<ReviewHandler> merge(Optional<ReviewHandler> current,
      IvsChatRequest.MessageReviewHandler requested) {
    String uri = requested.uri();
    if (uri != null && uri.isEmpty()) {
      return Optional.empty();
    }
    if (uri == null && current.isEmpty()) {
      return Optional.empty();
    }
    String effectiveUri = uri != null ? uri : current.get().uri();
    String fallback = requested.fallbackResult() != null ? requested.fallbackResult()
        : current.map(ReviewHandler::fallbackResult).orElse(ReviewHandler.DEFAULT_FALLBACK_RESULT);
    return Optional.of(new ReviewHandler(effectiveUri, fallback));
  }
}
