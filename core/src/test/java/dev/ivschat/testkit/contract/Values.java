package dev.ivschat.testkit.contract;

import java.util.regex.Pattern;

/**
 * Values of the model's string shapes: of a chosen length and satisfying the shape's pattern, or
 * breaking only the pattern. A patterned shape the model gains later fails here loudly, so that
 * nobody forgets to teach the contract test about it.
 */
final class Values {
  static final String ROOM_ARN_PREFIX = Fixture.ROOM_ARN_PREFIX;
  static final String LOGGING_ARN_PREFIX = Fixture.LOGGING_ARN_PREFIX;
  static final String LAMBDA_ARN_PREFIX = "arn:aws:lambda:us-east-1:123456789012:function:";
  /** What the fake checks tag-operation ARNs against instead of the model's broken pattern. */
  static final Pattern TAGGABLE_ARN =
      Pattern.compile("arn:aws:ivschat:[a-z0-9-]+:[0-9]+:(room|logging-configuration)/[a-zA-Z0-9-]+");

  private Values() {
  }

  /**
   * A value of exactly {@code n} code points that satisfies the shape's pattern, or null when the
   * pattern admits no value that short.
   */
  static String ofLength(String shape, int n, ServiceModel model) {
    String value = switch (shape) {
      case "RoomName", "LoggingConfigurationName" -> "a".repeat(n);
      case "RoomIdentifier", "ResourceArn" -> arn(ROOM_ARN_PREFIX, n);
      case "LoggingConfigurationIdentifier" -> arn(LOGGING_ARN_PREFIX, n);
      case "LambdaArn" -> n == 0 ? "" : arn(LAMBDA_ARN_PREFIX, n);
      case "BucketName" -> n == 0 ? null : "b".repeat(n);
      case "LogGroupName" -> n == 0 ? null : "g".repeat(n);
      case "DeliveryStreamName" -> n == 0 ? null : "d".repeat(n);
      case "MessageID" -> n == 0 ? null : "M".repeat(n);
      default -> {
        if (model.pattern(shape) != null) {
          throw new IllegalStateException("The model's shape " + shape + " has a pattern ("
              + model.pattern(shape) + ") that Values does not know how to satisfy");
        }
        yield "x".repeat(n);
      }
    };
    if (value != null && !accepted(shape, model).matcher(value).matches()) {
      throw new IllegalStateException("Generated " + value + " does not match " + shape);
    }
    return value;
  }

  /** The shortest value at or above the model's minimum length that satisfies the pattern. */
  static String shortestValid(String shape, ServiceModel model) {
    int from = model.min(shape) == null ? 0 : model.min(shape);
    for (int n = from; n <= from + 200; n++) {
      String value = ofLength(shape, n, model);
      if (value != null) {
        return value;
      }
    }
    throw new IllegalStateException("No valid value for " + shape);
  }

  /** A value of an allowed length that breaks only the shape's pattern. */
  static String patternViolation(String shape) {
    return switch (shape) {
      case "RoomName" -> "my room!";
      case "LoggingConfigurationName" -> "logs.2024";
      case "RoomIdentifier" -> "g1H2I3j4k5L6";
      case "LoggingConfigurationIdentifier" -> ROOM_ARN_PREFIX + "g1H2I3j4k5L6";
      case "ResourceArn" -> "arn:aws:ivs:us-east-1:123456789012:channel/g1H2I3j4k5L6";
      case "LambdaArn" -> "arn:aws:lambda:us-east-1:1234567890:function:review";
      case "BucketName" -> "Chat_Logs";
      case "LogGroupName" -> "chat logs";
      case "DeliveryStreamName" -> "chat/logs";
      case "MessageID" -> "M2YcHk-ffEvU";
      default -> throw new IllegalStateException("No pattern violation known for " + shape);
    };
  }

  /** The pattern values of the shape must match (the fake's, for the broken ResourceArn). */
  static Pattern accepted(String shape, ServiceModel model) {
    if (shape.equals("ResourceArn")) {
      return TAGGABLE_ARN;
    }
    String pattern = model.pattern(shape);
    return Pattern.compile(pattern == null ? "(?s).*" : pattern);
  }

  private static String arn(String prefix, int n) {
    return n <= prefix.length() ? null : prefix + "a".repeat(n - prefix.length());
  }
}
