package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.IvsChatRequest.CloudWatchLogs;
import dev.ivschat.testkit.IvsChatRequest.DestinationConfiguration;
import dev.ivschat.testkit.IvsChatRequest.Firehose;
import dev.ivschat.testkit.IvsChatRequest.S3;
import dev.ivschat.testkit.jqwik.Invalid;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Logging destinations: exactly one of S3, CloudWatch Logs and Firehose. */
public final class Destinations {
  /** The union member. */
  public static final String FIELD = "destinationConfiguration";
  private static final String BUCKET = FIELD + ".s3.bucketName";
  private static final String LOG_GROUP = FIELD + ".cloudWatchLogs.logGroupName";
  private static final String STREAM = FIELD + ".firehose.deliveryStreamName";

  private Destinations() {
  }

  /**
   * Valid destinations, each of the three kinds equally often.
   *
   * @return the destinations
   */
  public static Arbitrary<DestinationConfiguration> valid() {
    return Gen.oneOf(List.of(buckets().map(Destinations::s3),
        logGroups().map(Destinations::cloudWatchLogs), streams().map(Destinations::firehose)));
  }

  /**
   * Destinations that set none or several of the three, or one with a bad name.
   *
   * @return the invalid destinations
   */
  public static Arbitrary<Invalid<DestinationConfiguration>> invalid() {
    Arbitrary<Invalid<DestinationConfiguration>> none = Arbitraries.just(new Invalid<>(
        new DestinationConfiguration(null, null, null), FIELD,
        "sets none of s3, cloudWatchLogs and firehose"));
    Arbitrary<Invalid<DestinationConfiguration>> several = Combinators
        .combine(buckets(), logGroups(), streams(), Arbitraries.integers().between(0, 3))
        .as((b, g, s, which) -> new Invalid<>(new DestinationConfiguration(
            which != 1 ? new S3(b) : null, which != 2 ? new CloudWatchLogs(g) : null,
            which != 3 ? new Firehose(s) : null), FIELD,
            "sets " + (which == 0 ? "all three" : "two")
                + " of s3, cloudWatchLogs and firehose; exactly one is allowed"));
    return Gen.oneOf(List.of(none, several,
        Violating.strings(BUCKET, Model.BUCKET_NAME, Alphabets.BUCKET, true)
            .map(bad -> bad.map(Destinations::s3)),
        Violating.strings(LOG_GROUP, Model.LOG_GROUP_NAME, Alphabets.LOG_GROUP, true)
            .map(bad -> bad.map(Destinations::cloudWatchLogs)),
        Violating.strings(STREAM, Model.DELIVERY_STREAM_NAME, Alphabets.DELIVERY_STREAM, true)
            .map(bad -> bad.map(Destinations::firehose))));
  }

  private static Arbitrary<String> buckets() {
    return new DefaultConstrainedStringArbitrary(Model.BUCKET_NAME, Alphabets.BUCKET, s -> true);
  }

  private static Arbitrary<String> logGroups() {
    return new DefaultConstrainedStringArbitrary(Model.LOG_GROUP_NAME, Alphabets.LOG_GROUP,
        s -> true);
  }

  private static Arbitrary<String> streams() {
    return new DefaultConstrainedStringArbitrary(Model.DELIVERY_STREAM_NAME,
        Alphabets.DELIVERY_STREAM, s -> true);
  }

  private static DestinationConfiguration s3(String bucket) {
    return new DestinationConfiguration(new S3(bucket), null, null);
  }

  private static DestinationConfiguration cloudWatchLogs(String group) {
    return new DestinationConfiguration(null, new CloudWatchLogs(group), null);
  }

  private static DestinationConfiguration firehose(String stream) {
    return new DestinationConfiguration(null, null, new Firehose(stream));
  }
}
