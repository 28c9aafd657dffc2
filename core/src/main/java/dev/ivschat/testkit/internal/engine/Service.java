package dev.ivschat.testkit.internal.engine;

/** The operations, grouped by resource; handed to a front door's call inside the engine's lock. */
public final class Service {
  private final RoomOperations rooms;
  private final LoggingConfigurationOperations loggingConfigurations;
  private final MessagingOperations messaging;
  private final TagOperations tags;

  Service(State state) {
    this.rooms = new RoomOperations(state);
    this.loggingConfigurations = new LoggingConfigurationOperations(state);
    this.messaging = new MessagingOperations(state);
    this.tags = new TagOperations(state);
  }

  /**
   * The room operations.
   *
   * @return them
   */
  public RoomOperations rooms() {
    return rooms;
  }

  /**
   * The logging-configuration operations.
   *
   * @return them
   */
  public LoggingConfigurationOperations loggingConfigurations() {
    return loggingConfigurations;
  }

  /**
   * Tokens and events.
   *
   * @return them
   */
  public MessagingOperations messaging() {
    return messaging;
  }

  /**
   * The tag operations.
   *
   * @return them
   */
  public TagOperations tags() {
    return tags;
  }
}
