package dev.ivschat.testkit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable snapshot of a logging configuration held by the fake.
 *
 * @param arn {@code arn:aws:ivschat:<region>:<account>:logging-configuration/<id>}
 * @param id the 12-character id
 * @param name the name ({@code ""} when none was given)
 * @param createTime when it was created
 * @param updateTime when it was last updated
 * @param destination where logs go
 * @param state the state, one of the service's {@code LoggingConfigurationState} values
 *     ({@code "ACTIVE"} unless a test set another with
 *     {@link IvsChatControl#setLoggingConfigurationState(String, String)})
 * @param tags the tags, sorted by key
 */
public record LoggingConfiguration(
    String arn,
    String id,
    String name,
    Instant createTime,
    Instant updateTime,
    Destination destination,
    String state,
    Map<String, String> tags) {

  /** The state of a usable logging configuration. */
  public static final String ACTIVE = "ACTIVE";

  /**
   * Checks and copies the components.
   *
   * @param arn ARN
   * @param id id
   * @param name name
   * @param createTime create time
   * @param updateTime update time
   * @param destination destination
   * @param state state
   * @param tags tags
   */
  public LoggingConfiguration {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createTime, "createTime");
    Objects.requireNonNull(updateTime, "updateTime");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(state, "state");
    tags = Snapshots.sorted(tags);
  }

  /**
   * A copy with other tags.
   *
   * @param newTags the tags
   * @return the copy
   */
  public LoggingConfiguration withTags(Map<String, String> newTags) {
    return new LoggingConfiguration(arn, id, name, createTime, updateTime, destination, state,
        newTags);
  }

  /**
   * A copy in another state.
   *
   * @param newState the state
   * @return the copy
   */
  public LoggingConfiguration withState(String newState) {
    return new LoggingConfiguration(arn, id, name, createTime, updateTime, destination, newState,
        tags);
  }
}
