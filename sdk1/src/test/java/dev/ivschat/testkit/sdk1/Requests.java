package dev.ivschat.testkit.sdk1;

import com.amazonaws.services.ivschat.model.CloudWatchLogsDestinationConfiguration;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.DestinationConfiguration;
import com.amazonaws.services.ivschat.model.FirehoseDestinationConfiguration;
import com.amazonaws.services.ivschat.model.S3DestinationConfiguration;

/** Small builders of requests the tests share. */
final class Requests {
  static final String ACCOUNT = "123456789012";
  static final String ROOM_ARN_PREFIX = "arn:aws:ivschat:us-east-1:" + ACCOUNT + ":room/";
  static final String LOGGING_ARN_PREFIX =
      "arn:aws:ivschat:us-east-1:" + ACCOUNT + ":logging-configuration/";
  static final String LAMBDA = "arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:review";
  static final String OTHER_LAMBDA = "arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:moderate";

  private Requests() {
  }

  static DestinationConfiguration s3(String bucket) {
    return new DestinationConfiguration()
        .withS3(new S3DestinationConfiguration().withBucketName(bucket));
  }

  static DestinationConfiguration cloudWatchLogs(String logGroup) {
    return new DestinationConfiguration().withCloudWatchLogs(
        new CloudWatchLogsDestinationConfiguration().withLogGroupName(logGroup));
  }

  static DestinationConfiguration firehose(String stream) {
    return new DestinationConfiguration().withFirehose(
        new FirehoseDestinationConfiguration().withDeliveryStreamName(stream));
  }

  static CreateLoggingConfigurationRequest loggingTo(String bucket) {
    return new CreateLoggingConfigurationRequest().withDestinationConfiguration(s3(bucket));
  }
}
