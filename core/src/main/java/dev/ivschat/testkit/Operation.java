package dev.ivschat.testkit;

/**
 * The seventeen operations of the IVS Chat control plane, with the facts the fake needs about each.
 *
 * <p>{@link #wireName()} is the operation's name in the service model (and in the URI of its
 * HTTP request); {@link #rateLimitPerSecond()} is the documented, non-adjustable API rate quota
 * that the fake enforces on its clock when rate enforcement is switched on
 * ({@link Faults#enforceRateQuotas(boolean)}).
 */
public enum Operation {
  /** {@code CreateChatToken}. */
  CREATE_CHAT_TOKEN("CreateChatToken", 200, true, true),
  /** {@code CreateLoggingConfiguration}. */
  CREATE_LOGGING_CONFIGURATION("CreateLoggingConfiguration", 3, true, true),
  /** {@code CreateRoom}. */
  CREATE_ROOM("CreateRoom", 5, true, true),
  /** {@code DeleteLoggingConfiguration}. */
  DELETE_LOGGING_CONFIGURATION("DeleteLoggingConfiguration", 3, true, true),
  /** {@code DeleteMessage}. */
  DELETE_MESSAGE("DeleteMessage", 100, true, true),
  /** {@code DeleteRoom}. */
  DELETE_ROOM("DeleteRoom", 5, true, true),
  /** {@code DisconnectUser}. */
  DISCONNECT_USER("DisconnectUser", 100, true, true),
  /** {@code GetLoggingConfiguration}. */
  GET_LOGGING_CONFIGURATION("GetLoggingConfiguration", 3, false, false),
  /** {@code GetRoom}. */
  GET_ROOM("GetRoom", 5, false, false),
  /** {@code ListLoggingConfigurations}. */
  LIST_LOGGING_CONFIGURATIONS("ListLoggingConfigurations", 3, false, false),
  /** {@code ListRooms}. */
  LIST_ROOMS("ListRooms", 5, false, false),
  /** {@code ListTagsForResource}. */
  LIST_TAGS_FOR_RESOURCE("ListTagsForResource", 10, false, false),
  /** {@code SendEvent}. */
  SEND_EVENT("SendEvent", 100, true, true),
  /** {@code TagResource}. */
  TAG_RESOURCE("TagResource", 10, false, true),
  /** {@code UntagResource}. */
  UNTAG_RESOURCE("UntagResource", 10, false, true),
  /** {@code UpdateLoggingConfiguration}. */
  UPDATE_LOGGING_CONFIGURATION("UpdateLoggingConfiguration", 3, true, true),
  /** {@code UpdateRoom}. */
  UPDATE_ROOM("UpdateRoom", 5, true, true);

  private final String wireName;
  private final int rateLimitPerSecond;
  private final boolean pendingVerificationModelled;
  private final boolean mutating;

  Operation(String wireName, int rateLimitPerSecond, boolean pendingVerificationModelled,
      boolean mutating) {
    this.wireName = wireName;
    this.rateLimitPerSecond = rateLimitPerSecond;
    this.pendingVerificationModelled = pendingVerificationModelled;
    this.mutating = mutating;
  }

  /**
   * The operation's name in the service model, e.g. {@code "CreateRoom"}.
   *
   * @return the wire name
   */
  public String wireName() {
    return wireName;
  }

  /**
   * The documented API rate quota of this operation, in calls per second per account and region.
   *
   * @return calls per second
   */
  public int rateLimitPerSecond() {
    return rateLimitPerSecond;
  }

  /**
   * Whether the service model lists {@code PendingVerification} among this operation's errors
   * (every mutating operation except the tag operations).
   *
   * @return true where an account pending verification is refused
   */
  public boolean pendingVerificationModelled() {
    return pendingVerificationModelled;
  }

  /**
   * Whether the operation changes state or sends something to a room (everything but Get and List).
   *
   * @return true for mutating operations
   */
  public boolean mutating() {
    return mutating;
  }

  /**
   * Finds an operation by its wire name.
   *
   * @param wireName a name such as {@code "SendEvent"}
   * @return the operation
   * @throws IllegalArgumentException when no operation has that name
   */
  public static Operation fromWireName(String wireName) {
    for (Operation op : values()) {
      if (op.wireName.equals(wireName)) {
        return op;
      }
    }
    throw new IllegalArgumentException("No IVS Chat operation is named '" + wireName + "'");
  }
}
