package dev.ivschat.testkit.internal.engine;

/** Makes and reads the ARNs of one account and region. */
final class Arns {
  private final String roomPrefix;
  private final String loggingPrefix;

  Arns(String region, String accountId) {
    String base = "arn:aws:ivschat:" + region + ":" + accountId + ":";
    this.roomPrefix = base + "room/";
    this.loggingPrefix = base + "logging-configuration/";
  }

  String room(String id) {
    return roomPrefix + id;
  }

  String loggingConfiguration(String id) {
    return loggingPrefix + id;
  }

  /** The room id of an ARN of this account and region, or null for any other ARN. */
  String roomId(String arn) {
    return arn.startsWith(roomPrefix) ? arn.substring(roomPrefix.length()) : null;
  }

  /** The logging-configuration id of an ARN of this account and region, or null. */
  String loggingConfigurationId(String arn) {
    return arn.startsWith(loggingPrefix) ? arn.substring(loggingPrefix.length()) : null;
  }

  boolean isRoomArn(String arn) {
    return arn.contains(":room/");
  }

  /** The bare id at the end of any (valid) ARN, for {@code ResourceNotFoundException}. */
  static String bareId(String arn) {
    return arn.substring(arn.lastIndexOf('/') + 1);
  }
}
