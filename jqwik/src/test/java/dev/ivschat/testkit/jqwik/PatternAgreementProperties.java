package dev.ivschat.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.IvsChatRequest.DestinationConfiguration;
import dev.ivschat.testkit.ServiceConstraints;
import dev.ivschat.testkit.ServiceConstraints.Constraint;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The generators' alphabets agree with the model's patterns, as core's constraint table states
 * them, independently of the fake's checks.
 */
class PatternAgreementProperties {

  @Property(tries = 200)
  void room_names(@ForAll @From("roomNames") String value) {
    assertSatisfies(value, "RoomName");
  }

  @Property(tries = 200)
  void logging_configuration_names(@ForAll @From("loggingNames") String value) {
    assertSatisfies(value, "LoggingConfigurationName");
  }

  @Property(tries = 200)
  void message_ids(@ForAll @From("messageIds") String value) {
    assertSatisfies(value, "MessageID");
  }

  @Property(tries = 200)
  void room_arns(@ForAll @From("roomArns") String value) {
    assertSatisfies(value, "RoomIdentifier");
  }

  @Property(tries = 200)
  void logging_configuration_arns(@ForAll @From("loggingArns") String value) {
    assertSatisfies(value, "LoggingConfigurationIdentifier");
  }

  @Property(tries = 200)
  void lambda_arns(@ForAll @From("lambdaArns") String value) {
    assertSatisfies(value, "LambdaArn");
  }

  @Property(tries = 200)
  void destination_names(@ForAll @From("destinations") DestinationConfiguration d) {
    if (d.s3() != null) {
      assertSatisfies(d.s3().bucketName(), "BucketName");
    } else if (d.cloudWatchLogs() != null) {
      assertSatisfies(d.cloudWatchLogs().logGroupName(), "LogGroupName");
    } else {
      assertSatisfies(d.firehose().deliveryStreamName(), "DeliveryStreamName");
    }
  }

  private static void assertSatisfies(String value, String shape) {
    Constraint c = ServiceConstraints.of(shape);
    int length = value.codePointCount(0, value.length());
    assertThat(length).isBetween(c.min() == null ? 0 : c.min(), c.max());
    assertThat(Pattern.compile(c.pattern()).matcher(value).matches())
        .as("'%s' matches %s", value, c.pattern()).isTrue();
  }

  @Provide
  Arbitrary<String> roomNames() {
    return IvsChatArbitraries.roomNames();
  }

  @Provide
  Arbitrary<String> loggingNames() {
    return IvsChatArbitraries.loggingConfigurationNames();
  }

  @Provide
  Arbitrary<String> messageIds() {
    return IvsChatArbitraries.messageIds();
  }

  @Provide
  Arbitrary<String> roomArns() {
    return IvsChatArbitraries.roomArns();
  }

  @Provide
  Arbitrary<String> loggingArns() {
    return IvsChatArbitraries.loggingConfigurationArns();
  }

  @Provide
  Arbitrary<String> lambdaArns() {
    return IvsChatArbitraries.lambdaArns();
  }

  @Provide
  Arbitrary<DestinationConfiguration> destinations() {
    return IvsChatArbitraries.loggingDestinations();
  }
}
