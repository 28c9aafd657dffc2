package dev.ivschat.testkit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record a chat logging destination received, in the service's log format
 * ({@code event_timestamp}, {@code type}, {@code version}, {@code payload}), with where it went.
 *
 * @param loggingConfigurationArn the logging configuration that delivered it
 * @param destination the bucket, log group or delivery stream
 * @param location the S3 object key, the CloudWatch Logs stream name, or the delivery stream name
 * @param eventTimestamp when the service received the message or event
 * @param type {@code MESSAGE} or {@code EVENT}
 * @param version the format version, {@value #VERSION}
 * @param payload the frame as clients receive it ({@link ChatFrame#toWire()} with the request id
 *     the room's other connections see)
 */
public record ChatLogRecord(String loggingConfigurationArn, Destination destination,
    String location, Instant eventTimestamp, String type, String version, ChatFrame payload) {
  /** The message-content format version the fake writes. */
  public static final String VERSION = "1.0";

  /**
   * Checks the components.
   *
   * @param loggingConfigurationArn configuration
   * @param destination destination
   * @param location key or stream
   * @param eventTimestamp time
   * @param type type
   * @param version version
   * @param payload frame
   */
  public ChatLogRecord {
    Objects.requireNonNull(loggingConfigurationArn, "loggingConfigurationArn");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(eventTimestamp, "eventTimestamp");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(payload, "payload");
  }

  /**
   * The record as the JSON object the destination stores.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> toWire() {
    Map<String, Object> wire = new LinkedHashMap<>();
    wire.put("event_timestamp", ChatFrame.rfc3339(eventTimestamp));
    wire.put("type", type);
    wire.put("version", version);
    wire.put("payload", payload.toWire());
    return Collections.unmodifiableMap(wire);
  }
}
