package dev.ivschat.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fresh service holding one room and three ACTIVE logging configurations, and for every
 * operation a valid input against them: the base each validation case changes one member of.
 */
final class Fixture implements AutoCloseable {
  static final String ACCOUNT_PREFIX = "arn:aws:ivschat:us-east-1:123456789012:";
  static final String ROOM_ARN_PREFIX = ACCOUNT_PREFIX + "room/";
  static final String LOGGING_ARN_PREFIX = ACCOUNT_PREFIX + "logging-configuration/";

  final Service service;
  final String roomArn;
  final List<String> loggingConfigurationArns;

  Fixture(Service service) {
    this.service = service;
    this.roomArn = service.room();
    this.loggingConfigurationArns = List.of(service.loggingConfiguration("chat-logs-a"),
        service.loggingConfiguration("chat-logs-b"), service.loggingConfiguration("chat-logs-c"));
  }

  /** A valid input of the operation; the call succeeds as it is. */
  Map<String, Object> base(String operation) {
    String lc = loggingConfigurationArns.get(0);
    return switch (operation) {
      case "CreateChatToken" -> Wire.of("roomIdentifier", roomArn, "userId", "user-1");
      case "CreateLoggingConfiguration" ->
          Wire.of("destinationConfiguration", Wire.s3("chat-logs"));
      case "CreateRoom", "ListLoggingConfigurations", "ListRooms" -> Wire.of();
      case "DeleteLoggingConfiguration", "GetLoggingConfiguration", "UpdateLoggingConfiguration" ->
          Wire.of("identifier", lc);
      case "DeleteMessage" -> Wire.of("roomIdentifier", roomArn, "id", "M2YcHkgffEvU");
      case "DeleteRoom", "GetRoom", "UpdateRoom" -> Wire.of("identifier", roomArn);
      case "DisconnectUser" -> Wire.of("roomIdentifier", roomArn, "userId", "user-1");
      case "ListTagsForResource" -> Wire.of("resourceArn", roomArn);
      case "SendEvent" -> Wire.of("roomIdentifier", roomArn, "eventName", "app:hello");
      case "TagResource" -> Wire.of("resourceArn", roomArn, "tags", Wire.of("team", "chat"));
      case "UntagResource" ->
          Wire.of("resourceArn", roomArn, "tagKeys", new ArrayList<>(List.of("team")));
      default -> throw new IllegalArgumentException(
          "No base input for " + operation + "; a new operation in the model needs a fixture");
    };
  }

  Snapshot snapshot() {
    return Snapshot.of(service.control());
  }

  @Override
  public void close() {
    service.close();
  }
}
