package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.Destination;
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
   * @param in the request
   * @return the new configuration, ACTIVE at once
   */
  public LoggingConfiguration create(Inputs.CreateLoggingConfiguration in) {
    state.validator.createLoggingConfiguration(in);
    int max = state.config.quotas().maxLoggingConfigurations();
    if (state.loggingConfigurations.size() >= max) {
      throw new ServiceErrorException(ServiceError.quotaExceeded(state.config.accountId(),
          ServiceError.LOGGING_CONFIGURATION, max, "Quota exceeded: this account already has "
              + max + " logging configurations, the most allowed in " + state.config.region()));
    }
    String id = state.newId(state.loggingConfigurations::contains);
    LoggingConfiguration lc = new LoggingConfiguration(state.arns.loggingConfiguration(id), id,
        Objects.requireNonNullElse(in.name(), ""), state.now, state.now,
        destination(in.destinationConfiguration()), LoggingConfiguration.ACTIVE,
        in.tags() == null ? Map.of() : in.tags());
    state.loggingConfigurations.put(id, lc, state.now);
    return lc;
  }

  /**
   * GetLoggingConfiguration.
   *
   * @param in the request
   * @return the configuration
   */
  public LoggingConfiguration get(Inputs.Identifier in) {
    state.validator.loggingConfigurationIdentifier(in);
    return state.requireLoggingConfiguration(in.identifier());
  }

  /**
   * UpdateLoggingConfiguration: a partial update; refused with 409 while the configuration is still
   * being created, updated or deleted.
   *
   * @param in the request
   * @return the updated configuration
   */
  public LoggingConfiguration update(Inputs.UpdateLoggingConfiguration in) {
    state.validator.updateLoggingConfiguration(in);
    LoggingConfiguration lc = state.requireLoggingConfiguration(in.identifier());
    if (IN_PROGRESS.contains(lc.state())) {
      throw new ServiceErrorException(ServiceError.conflict(lc.id(),
          ServiceError.LOGGING_CONFIGURATION, "Logging configuration " + lc.id() + " is "
              + lc.state() + "; wait until it is ACTIVE before updating it again"));
    }
    LoggingConfiguration updated = new LoggingConfiguration(lc.arn(), lc.id(),
        Objects.requireNonNullElse(in.name(), lc.name()), lc.createTime(), state.now,
        in.destinationConfiguration() == null ? lc.destination()
            : destination(in.destinationConfiguration()),
        LoggingConfiguration.ACTIVE, lc.tags());
    state.loggingConfigurations.put(lc.id(), updated, state.now);
    return updated;
  }

  /**
   * DeleteLoggingConfiguration. A configuration still attached to rooms is refused with 409, or
   * detached from them, as configured.
   *
   * @param in the request
   */
  public void delete(Inputs.Identifier in) {
    state.validator.loggingConfigurationIdentifier(in);
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
  }

  /**
   * ListLoggingConfigurations: newest {@code updateTime} first.
   *
   * @param in the request
   * @return the page
   */
  public Page<LoggingConfiguration> list(Inputs.ListLoggingConfigurations in) {
    state.validator.listLoggingConfigurations(in);
    String filters = PageTokens.filters();
    Catalog.Key after = PageTokens.decode(in.nextToken(), LISTING, filters);
    int limit = Objects.requireNonNullElse(in.maxResults(), 50);
    Catalog.Page<LoggingConfiguration> page =
        state.loggingConfigurations.page(after, lc -> true, limit);
    return new Page<>(page.items(),
        page.more() ? PageTokens.encode(LISTING, filters, page.last()) : null);
  }

  /** Changes a configuration's state (control surface). */
  void setState(String arn, String newState) {
    LoggingConfiguration lc = state.requireLoggingConfiguration(arn);
    state.loggingConfigurations.replaceInPlace(lc.id(), lc.withState(newState));
  }

  private static Destination destination(Inputs.DestinationInput d) {
    if (d.s3() != null) {
      return Destination.s3(d.s3().name());
    }
    if (d.cloudWatchLogs() != null) {
      return Destination.cloudWatchLogs(d.cloudWatchLogs().name());
    }
    return Destination.firehose(d.firehose().name());
  }
}
