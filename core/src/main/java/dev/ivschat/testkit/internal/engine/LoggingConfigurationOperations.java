package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.Destination;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.LoggingConfiguration;
import dev.ivschat.testkit.Page;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.ServiceError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The five logging-configuration operations. */
public final class LoggingConfigurationOperations {
  private static final String LISTING = "ListLoggingConfigurations";
  private static final Set<String> IN_PROGRESS = Set.of("CREATING", "UPDATING", "DELETING");
  private final State state;

  LoggingConfigurationOperations(State state) {
    this.state = state;
  }

  /**
   * CreateLoggingConfiguration.
   *
   * @param c the call
   * @param in the request
   * @return the new configuration, ACTIVE at once
   */
  public LoggingConfiguration create(CallContext c, IvsChatRequest.CreateLoggingConfiguration in) {
    state.validator.createLoggingConfiguration(in);
    int max = state.config.quotas().maxLoggingConfigurations();
    if (state.loggingConfigurations.size() >= max) {
      throw new ServiceErrorException(ServiceError.quotaExceeded(state.config.accountId(),
          ServiceError.LOGGING_CONFIGURATION, max, "Quota exceeded: this account already has "
              + max + " logging configurations, the most allowed in " + state.config.region()));
    }
    String id = state.newId(state.loggingConfigurations::contains);
    LoggingConfiguration lc = new LoggingConfiguration(state.arns.loggingConfiguration(id), id,
        Objects.requireNonNullElse(in.name(), ""), c.now(), c.now(),
        destination(in.destinationConfiguration()), LoggingConfiguration.ACTIVE,
        in.tags() == null ? Map.of() : in.tags());
    state.loggingConfigurations.put(id, lc, c.now());
    return lc;
  }

  /**
   * GetLoggingConfiguration.
   *
   * @param c the call
   * @param in the request
   * @return the configuration
   */
  public LoggingConfiguration get(CallContext c, IvsChatRequest.GetLoggingConfiguration in) {
    state.validator.loggingConfigurationIdentifier(in.identifier());
    return state.requireLoggingConfiguration(in.identifier());
  }

  /**
   * UpdateLoggingConfiguration: a partial update; refused with 409 while the configuration is still
   * being created, updated or deleted.
   *
   * @param c the call
   * @param in the request
   * @return the updated configuration
   */
  public LoggingConfiguration update(CallContext c, IvsChatRequest.UpdateLoggingConfiguration in) {
    state.validator.updateLoggingConfiguration(in);
    LoggingConfiguration lc = state.requireLoggingConfiguration(in.identifier());
    if (IN_PROGRESS.contains(lc.state())) {
      throw new ServiceErrorException(ServiceError.conflict(lc.id(),
          ServiceError.LOGGING_CONFIGURATION, "Logging configuration " + lc.id() + " is "
              + lc.state() + "; wait until it is ACTIVE before updating it again"));
    }
    LoggingConfiguration updated = new LoggingConfiguration(lc.arn(), lc.id(),
        Objects.requireNonNullElse(in.name(), lc.name()), lc.createTime(), c.now(),
        in.destinationConfiguration() == null ? lc.destination()
            : destination(in.destinationConfiguration()),
        LoggingConfiguration.ACTIVE, lc.tags());
    state.loggingConfigurations.put(lc.id(), updated, c.now());
    return updated;
  }

  /**
   * DeleteLoggingConfiguration. A configuration still attached to rooms is refused with 409, or
   * detached from them, as configured.
   *
   * @param c the call
   * @param in the request
   */
  public Void delete(CallContext c, IvsChatRequest.DeleteLoggingConfiguration in) {
    state.validator.loggingConfigurationIdentifier(in.identifier());
    LoggingConfiguration lc = state.requireLoggingConfiguration(in.identifier());
    List<Room> users = new ArrayList<>();
    for (Room room : state.rooms.values()) {
      if (room.loggingConfigurationIdentifiers().contains(lc.arn())) {
        users.add(room);
      }
    }
    if (!users.isEmpty()) {
      if (state.config.rejectDeletingReferencedLoggingConfigurations()) {
        throw new ServiceErrorException(ServiceError.conflict(lc.id(),
            ServiceError.LOGGING_CONFIGURATION, "Logging configuration " + lc.id()
                + " is still used by " + users.size() + " room(s): "
                + users.stream().map(Room::id).toList()));
      }
      for (Room room : users) {
        List<String> rest = new ArrayList<>(room.loggingConfigurationIdentifiers());
        rest.remove(lc.arn());
        state.rooms.replaceInPlace(room.id(), room.withLoggingConfigurationIdentifiers(rest));
      }
    }
    state.loggingConfigurations.remove(lc.id());
    return null;
  }

  /**
   * ListLoggingConfigurations: newest {@code updateTime} first.
   *
   * @param c the call
   * @param in the request
   * @return the page
   */
  public Page<LoggingConfiguration> list(CallContext c,
      IvsChatRequest.ListLoggingConfigurations in) {
    state.validator.listLoggingConfigurations(in);
    String filters = PageTokens.filters();
    Catalog.Key after = state.pageTokens.decode(in.nextToken(), LISTING, filters);
    int limit = Objects.requireNonNullElse(in.maxResults(), 50);
    Catalog.Page<LoggingConfiguration> page =
        state.loggingConfigurations.page(after, lc -> true, limit);
    return new Page<>(page.items(),
        page.more() ? state.pageTokens.encode(LISTING, filters, page.last()) : null);
  }

  /** Changes a configuration's state (control surface). */
  void setState(String arn, String newState) {
    LoggingConfiguration lc = state.requireLoggingConfiguration(arn);
    state.loggingConfigurations.replaceInPlace(lc.id(), lc.withState(newState));
  }

  private static Destination destination(IvsChatRequest.DestinationConfiguration d) {
    if (d.s3() != null) {
      return Destination.s3(d.s3().bucketName());
    }
    if (d.cloudWatchLogs() != null) {
      return Destination.cloudWatchLogs(d.cloudWatchLogs().logGroupName());
    }
    return Destination.firehose(d.firehose().deliveryStreamName());
  }
}
