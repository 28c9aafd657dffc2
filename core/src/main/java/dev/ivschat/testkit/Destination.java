package dev.ivschat.testkit;

import java.util.Objects;

/**
 * Where a logging configuration delivers chat logs: exactly one S3 bucket, CloudWatch Logs log
 * group or Kinesis Data Firehose delivery stream.
 *
 * @param kind which kind of destination
 * @param name the bucket, log group or delivery stream name
 */
public record Destination(Kind kind, String name) {

  /** The three kinds of destination, named after the members of the service's union. */
  public enum Kind {
    /** {@code s3.bucketName}. */
    S3,
    /** {@code cloudWatchLogs.logGroupName}. */
    CLOUD_WATCH_LOGS,
    /** {@code firehose.deliveryStreamName}. */
    FIREHOSE
  }

  /**
   * Checks the components.
   *
   * @param kind kind
   * @param name name
   */
  public Destination {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /**
   * An S3 destination.
   *
   * @param bucketName the bucket
   * @return the destination
   */
  public static Destination s3(String bucketName) {
    return new Destination(Kind.S3, bucketName);
  }

  /**
   * A CloudWatch Logs destination.
   *
   * @param logGroupName the log group
   * @return the destination
   */
  public static Destination cloudWatchLogs(String logGroupName) {
    return new Destination(Kind.CLOUD_WATCH_LOGS, logGroupName);
  }

  /**
   * A Kinesis Data Firehose destination.
   *
   * @param deliveryStreamName the delivery stream
   * @return the destination
   */
  public static Destination firehose(String deliveryStreamName) {
    return new Destination(Kind.FIREHOSE, deliveryStreamName);
  }
}
