package dev.ivschat.testkit;

/**
 * The seventeen operations of the IVS Chat control plane, with the facts the fake needs about each.
 *
 * <p>{@link #wireName()} is the operation's name in the service model;
 * {@link #requestType()} its SDK-neutral request record; {@link #httpMethod()},
 * {@link #requestUri()} and {@link #successStatus()} how the service speaks it over HTTP; {@link #rateLimitPerSecond()} is the documented, non-adjustable API rate quota
 * that the fake enforces on its clock when rate enforcement is switched on
 * ({@link Faults#enforceRateQuotas(boolean)}).
 */
public enum Operation {
  /** {@code CreateChatToken}. */
  CREATE_CHAT_TOKEN("CreateChatToken", IvsChatRequest.CreateChatToken.class, 200, true, true,
      "POST", "/CreateChatToken", 200),
  /** {@code CreateLoggingConfiguration}. */
  CREATE_LOGGING_CONFIGURATION("CreateLoggingConfiguration", IvsChatRequest.CreateLoggingConfiguration.class, 3, true, true,
      "POST", "/CreateLoggingConfiguration", 200),
  /** {@code CreateRoom}. */
  CREATE_ROOM("CreateRoom", IvsChatRequest.CreateRoom.class, 5, true, true,
      "POST", "/CreateRoom", 200),
  /** {@code DeleteLoggingConfiguration}. */
  DELETE_LOGGING_CONFIGURATION("DeleteLoggingConfiguration", IvsChatRequest.DeleteLoggingConfiguration.class, 3, true, true,
      "POST", "/DeleteLoggingConfiguration", 204),
  /** {@code DeleteMessage}. */
  DELETE_MESSAGE("DeleteMessage", IvsChatRequest.DeleteMessage.class, 100, true, true,
      "POST", "/DeleteMessage", 200),
  /** {@code DeleteRoom}. */
  DELETE_ROOM("DeleteRoom", IvsChatRequest.DeleteRoom.class, 5, true, true,
      "POST", "/DeleteRoom", 204),
  /** {@code DisconnectUser}. */
  DISCONNECT_USER("DisconnectUser", IvsChatRequest.DisconnectUser.class, 100, true, true,
      "POST", "/DisconnectUser", 200),
  /** {@code GetLoggingConfiguration}. */
  GET_LOGGING_CONFIGURATION("GetLoggingConfiguration", IvsChatRequest.GetLoggingConfiguration.class, 3, false, false,
      "POST", "/GetLoggingConfiguration", 200),
  /** {@code GetRoom}. */
  GET_ROOM("GetRoom", IvsChatRequest.GetRoom.class, 5, false, false,
      "POST", "/GetRoom", 200),
  /** {@code ListLoggingConfigurations}. */
  LIST_LOGGING_CONFIGURATIONS("ListLoggingConfigurations", IvsChatRequest.ListLoggingConfigurations.class, 3, false, false,
      "POST", "/ListLoggingConfigurations", 200),
  /** {@code ListRooms}. */
  LIST_ROOMS("ListRooms", IvsChatRequest.ListRooms.class, 5, false, false,
      "POST", "/ListRooms", 200),
  /** {@code ListTagsForResource}. */
  LIST_TAGS_FOR_RESOURCE("ListTagsForResource", IvsChatRequest.ListTagsForResource.class, 10, false, false,
      "GET", "/tags/{resourceArn}", 200),
  /** {@code SendEvent}. */
  SEND_EVENT("SendEvent", IvsChatRequest.SendEvent.class, 100, true, true,
      "POST", "/SendEvent", 200),
  /** {@code TagResource}. */
  TAG_RESOURCE("TagResource", IvsChatRequest.TagResource.class, 10, false, true,
      "POST", "/tags/{resourceArn}", 200),
  /** {@code UntagResource}. */
  UNTAG_RESOURCE("UntagResource", IvsChatRequest.UntagResource.class, 10, false, true,
      "DELETE", "/tags/{resourceArn}", 200),
  /** {@code UpdateLoggingConfiguration}. */
  UPDATE_LOGGING_CONFIGURATION("UpdateLoggingConfiguration", IvsChatRequest.UpdateLoggingConfiguration.class, 3, true, true,
      "POST", "/UpdateLoggingConfiguration", 200),
  /** {@code UpdateRoom}. */
  UPDATE_ROOM("UpdateRoom", IvsChatRequest.UpdateRoom.class, 5, true, true,
      "POST", "/UpdateRoom", 200);

  private final String wireName;
  private final Class<? extends IvsChatRequest<?>> requestType;
  private final int rateLimitPerSecond;
  private final boolean pendingVerificationModelled;
  private final boolean mutating;
  private final String httpMethod;
  private final String requestUri;
  private final int successStatus;

  Operation(String wireName, Class<? extends IvsChatRequest<?>> requestType,
      int rateLimitPerSecond, boolean pendingVerificationModelled, boolean mutating,
      String httpMethod, String requestUri, int successStatus) {
    this.wireName = wireName;
    this.requestType = requestType;
    this.rateLimitPerSecond = rateLimitPerSecond;
    this.pendingVerificationModelled = pendingVerificationModelled;
    this.mutating = mutating;
    this.httpMethod = httpMethod;
    this.requestUri = requestUri;
    this.successStatus = successStatus;
  }

  /**
   * The SDK-neutral request record of this operation, e.g. {@link IvsChatRequest.CreateRoom}.
   *
   * @return its class
   */
  public Class<? extends IvsChatRequest<?>> requestType() {
    return requestType;
  }

  /**
   * The HTTP method of the operation's request in the service model ({@code POST}, or {@code GET}
   * and {@code DELETE} for two of the tag operations).
   *
   * @return the method
   */
  public String httpMethod() {
    return httpMethod;
  }

  /**
   * The request URI template of the service model, e.g. {@code /CreateRoom} or
   * {@code /tags/{resourceArn}}.
   *
   * @return the template
   */
  public String requestUri() {
    return requestUri;
  }

  /**
   * The HTTP status of a successful response: 204 (no content) for {@code DeleteRoom} and
   * {@code DeleteLoggingConfiguration}, 200 for every other operation.
   *
   * @return 200 or 204
   */
  public int successStatus() {
    return successStatus;
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
