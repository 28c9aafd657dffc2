package dev.ivschat.testkit.internal.engine;

import java.util.List;
import java.util.Map;

/**
 * The engine's request types: one immutable record per operation input, as the front door received
 * it. Members the caller did not set are null; nothing is validated yet (that is
 * {@link RequestValidator}'s work), so lists and maps may hold nulls. Front doors build these with
 * copies of the caller's collections ({@link Copies}).
 */
public final class Inputs {
  private Inputs() {
  }

  /** A review handler as requested. */
  public record Handler(String uri, String fallbackResult) {
  }

  /** One member of the destination union; {@code name} is its single required member. */
  public record Slot(String name) {
  }

  /** The destination union as requested; each slot is null when not set. */
  public record DestinationInput(Slot s3, Slot cloudWatchLogs, Slot firehose) {
  }

  /** CreateRoom. */
  public record CreateRoom(String name, Integer maximumMessageRatePerSecond,
      Integer maximumMessageLength, Handler messageReviewHandler, Map<String, String> tags,
      List<String> loggingConfigurationIdentifiers) {
  }

  /** UpdateRoom. */
  public record UpdateRoom(String identifier, String name, Integer maximumMessageRatePerSecond,
      Integer maximumMessageLength, Handler messageReviewHandler,
      List<String> loggingConfigurationIdentifiers) {
  }

  /** GetRoom, DeleteRoom, GetLoggingConfiguration, DeleteLoggingConfiguration. */
  public record Identifier(String identifier) {
  }

  /** ListRooms. */
  public record ListRooms(String name, String nextToken, Integer maxResults,
      String messageReviewHandlerUri, String loggingConfigurationIdentifier) {
  }

  /** ListLoggingConfigurations. */
  public record ListLoggingConfigurations(String nextToken, Integer maxResults) {
  }

  /** CreateLoggingConfiguration. */
  public record CreateLoggingConfiguration(String name, DestinationInput destinationConfiguration,
      Map<String, String> tags) {
  }

  /** UpdateLoggingConfiguration. */
  public record UpdateLoggingConfiguration(String identifier, String name,
      DestinationInput destinationConfiguration) {
  }

  /** CreateChatToken. */
  public record CreateChatToken(String roomIdentifier, String userId, List<String> capabilities,
      Integer sessionDurationInMinutes, Map<String, String> attributes) {
  }

  /** SendEvent. */
  public record SendEvent(String roomIdentifier, String eventName, Map<String, String> attributes) {
  }

  /** DeleteMessage. */
  public record DeleteMessage(String roomIdentifier, String id, String reason) {
  }

  /** DisconnectUser. */
  public record DisconnectUser(String roomIdentifier, String userId, String reason) {
  }

  /** TagResource. */
  public record TagResource(String resourceArn, Map<String, String> tags) {
  }

  /** UntagResource. */
  public record UntagResource(String resourceArn, List<String> tagKeys) {
  }

  /** ListTagsForResource. */
  public record ResourceArn(String resourceArn) {
  }
}
