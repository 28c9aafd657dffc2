package dev.ivschat.testkit.internal.engine;

import static dev.ivschat.testkit.internal.engine.Shapes.CHAT_TOKEN_ATTRIBUTES;
import static dev.ivschat.testkit.internal.engine.Shapes.CHAT_TOKEN_CAPABILITIES;
import static dev.ivschat.testkit.internal.engine.Shapes.CHAT_TOKEN_CAPABILITY;
import static dev.ivschat.testkit.internal.engine.Shapes.EVENT_ATTRIBUTES;
import static dev.ivschat.testkit.internal.engine.Shapes.EVENT_NAME;
import static dev.ivschat.testkit.internal.engine.Shapes.FALLBACK_RESULT;
import static dev.ivschat.testkit.internal.engine.Shapes.LAMBDA_ARN;
import static dev.ivschat.testkit.internal.engine.Shapes.LOGGING_CONFIGURATION_IDENTIFIER;
import static dev.ivschat.testkit.internal.engine.Shapes.LOGGING_CONFIGURATION_IDENTIFIER_LIST;
import static dev.ivschat.testkit.internal.engine.Shapes.LOGGING_CONFIGURATION_NAME;
import static dev.ivschat.testkit.internal.engine.Shapes.MAX_LOGGING_CONFIGURATION_RESULTS;
import static dev.ivschat.testkit.internal.engine.Shapes.MAX_ROOM_RESULTS;
import static dev.ivschat.testkit.internal.engine.Shapes.MESSAGE_ID;
import static dev.ivschat.testkit.internal.engine.Shapes.PAGINATION_TOKEN;
import static dev.ivschat.testkit.internal.engine.Shapes.REASON;
import static dev.ivschat.testkit.internal.engine.Shapes.ROOM_IDENTIFIER;
import static dev.ivschat.testkit.internal.engine.Shapes.ROOM_MAX_MESSAGE_LENGTH;
import static dev.ivschat.testkit.internal.engine.Shapes.ROOM_MAX_MESSAGE_RATE;
import static dev.ivschat.testkit.internal.engine.Shapes.ROOM_NAME;
import static dev.ivschat.testkit.internal.engine.Shapes.SESSION_DURATION_IN_MINUTES;
import static dev.ivschat.testkit.internal.engine.Shapes.TAGGABLE_ARN;
import static dev.ivschat.testkit.internal.engine.Shapes.TAGS;
import static dev.ivschat.testkit.internal.engine.Shapes.TAG_KEY;
import static dev.ivschat.testkit.internal.engine.Shapes.TAG_KEY_LIST;
import static dev.ivschat.testkit.internal.engine.Shapes.TAG_VALUE;
import static dev.ivschat.testkit.internal.engine.Shapes.USER_ID;

import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Which member of which operation is checked against which {@link Shapes shape}: the one place that
 * maps requests onto the constraint table. Each method throws a {@code ValidationException} listing
 * every bad member, before the operation touches any state.
 */
final class RequestValidator {
  private final IvsChatConfig config;

  RequestValidator(IvsChatConfig config) {
    this.config = config;
  }

  void createRoom(IvsChatRequest.CreateRoom in) {
    Violations v = new Violations();
    v.string("name", in.name(), ROOM_NAME, false);
    v.integer("maximumMessageRatePerSecond", in.maximumMessageRatePerSecond(),
        ROOM_MAX_MESSAGE_RATE, false);
    v.integer("maximumMessageLength", in.maximumMessageLength(), ROOM_MAX_MESSAGE_LENGTH, false);
    handler(v, in.messageReviewHandler());
    tags(v, "tags", in.tags(), false);
    v.list("loggingConfigurationIdentifiers", in.loggingConfigurationIdentifiers(),
        LOGGING_CONFIGURATION_IDENTIFIER_LIST, LOGGING_CONFIGURATION_IDENTIFIER, false);
    v.throwIfAny();
  }

  void updateRoom(IvsChatRequest.UpdateRoom in) {
    Violations v = new Violations();
    v.string("identifier", in.identifier(), ROOM_IDENTIFIER, true);
    v.string("name", in.name(), ROOM_NAME, false);
    v.integer("maximumMessageRatePerSecond", in.maximumMessageRatePerSecond(),
        ROOM_MAX_MESSAGE_RATE, false);
    v.integer("maximumMessageLength", in.maximumMessageLength(), ROOM_MAX_MESSAGE_LENGTH, false);
    handler(v, in.messageReviewHandler());
    v.list("loggingConfigurationIdentifiers", in.loggingConfigurationIdentifiers(),
        LOGGING_CONFIGURATION_IDENTIFIER_LIST, LOGGING_CONFIGURATION_IDENTIFIER, false);
    v.throwIfAny();
  }

  void roomIdentifier(String identifier) {
    Violations v = new Violations();
    v.string("identifier", identifier, ROOM_IDENTIFIER, true);
    v.throwIfAny();
  }

  void loggingConfigurationIdentifier(String identifier) {
    Violations v = new Violations();
    v.string("identifier", identifier, LOGGING_CONFIGURATION_IDENTIFIER, true);
    v.throwIfAny();
  }

  void listRooms(IvsChatRequest.ListRooms in) {
    Violations v = new Violations();
    v.string("name", in.name(), ROOM_NAME, false);
    v.string("nextToken", in.nextToken(), PAGINATION_TOKEN, false);
    v.integer("maxResults", in.maxResults(), MAX_ROOM_RESULTS, false);
    v.string("messageReviewHandlerUri", in.messageReviewHandlerUri(), LAMBDA_ARN, false);
    v.string("loggingConfigurationIdentifier", in.loggingConfigurationIdentifier(),
        LOGGING_CONFIGURATION_IDENTIFIER, false);
    v.throwIfAny();
  }

  void listLoggingConfigurations(IvsChatRequest.ListLoggingConfigurations in) {
    Violations v = new Violations();
    v.string("nextToken", in.nextToken(), PAGINATION_TOKEN, false);
    v.integer("maxResults", in.maxResults(), MAX_LOGGING_CONFIGURATION_RESULTS, false);
    v.throwIfAny();
  }

  void createLoggingConfiguration(IvsChatRequest.CreateLoggingConfiguration in) {
    Violations v = new Violations();
    v.string("name", in.name(), LOGGING_CONFIGURATION_NAME, false);
    destination(v, in.destinationConfiguration(), true);
    tags(v, "tags", in.tags(), false);
    v.throwIfAny();
  }

  void updateLoggingConfiguration(IvsChatRequest.UpdateLoggingConfiguration in) {
    Violations v = new Violations();
    v.string("identifier", in.identifier(), LOGGING_CONFIGURATION_IDENTIFIER, true);
    v.string("name", in.name(), LOGGING_CONFIGURATION_NAME, false);
    destination(v, in.destinationConfiguration(), false);
    v.throwIfAny();
  }

  void createChatToken(IvsChatRequest.CreateChatToken in) {
    Violations v = new Violations();
    v.string("roomIdentifier", in.roomIdentifier(), ROOM_IDENTIFIER, true);
    v.string("userId", in.userId(), USER_ID, true);
    v.list("capabilities", in.capabilities(), CHAT_TOKEN_CAPABILITIES, CHAT_TOKEN_CAPABILITY, false);
    v.integer("sessionDurationInMinutes", in.sessionDurationInMinutes(),
        SESSION_DURATION_IN_MINUTES, false);
    if (v.map("attributes", in.attributes(), CHAT_TOKEN_ATTRIBUTES, null, null, false)) {
      v.totalSize("attributes", in.attributes(), config.quotas().maxAttributeBytes());
    }
    v.throwIfAny();
  }

  void sendEvent(IvsChatRequest.SendEvent in) {
    Violations v = new Violations();
    v.string("roomIdentifier", in.roomIdentifier(), ROOM_IDENTIFIER, true);
    v.string("eventName", in.eventName(), EVENT_NAME, true);
    if (v.map("attributes", in.attributes(), EVENT_ATTRIBUTES, null, null, false)) {
      v.totalSize("attributes", in.attributes(), config.quotas().maxAttributeBytes());
    }
    v.throwIfAny();
  }

  void deleteMessage(IvsChatRequest.DeleteMessage in) {
    Violations v = new Violations();
    v.string("roomIdentifier", in.roomIdentifier(), ROOM_IDENTIFIER, true);
    v.string("id", in.id(), MESSAGE_ID, true);
    v.string("reason", in.reason(), REASON, false);
    v.throwIfAny();
  }

  void disconnectUser(IvsChatRequest.DisconnectUser in) {
    Violations v = new Violations();
    v.string("roomIdentifier", in.roomIdentifier(), ROOM_IDENTIFIER, true);
    v.string("userId", in.userId(), USER_ID, true);
    v.string("reason", in.reason(), REASON, false);
    v.throwIfAny();
  }

  void tagResource(IvsChatRequest.TagResource in) {
    Violations v = new Violations();
    v.string("resourceArn", in.resourceArn(), TAGGABLE_ARN, true);
    tags(v, "tags", in.tags(), true);
    v.throwIfAny();
  }

  void untagResource(IvsChatRequest.UntagResource in) {
    Violations v = new Violations();
    v.string("resourceArn", in.resourceArn(), TAGGABLE_ARN, true);
    if (v.list("tagKeys", in.tagKeys(), TAG_KEY_LIST, TAG_KEY, true)
        && config.rejectReservedTagKeys()) {
      v.noReservedKeys("tagKeys", in.tagKeys());
    }
    v.throwIfAny();
  }

  void listTagsForResource(IvsChatRequest.ListTagsForResource in) {
    Violations v = new Violations();
    v.string("resourceArn", in.resourceArn(), TAGGABLE_ARN, true);
    v.throwIfAny();
  }

  private void tags(Violations v, String member, java.util.Map<String, String> tags,
      boolean required) {
    if (v.map(member, tags, TAGS, TAG_KEY, TAG_VALUE, required) && config.rejectReservedTagKeys()) {
      v.noReservedKeys(member, tags.keySet());
    }
  }

  private static void handler(Violations v, IvsChatRequest.MessageReviewHandler handler) {
    if (handler == null) {
      return;
    }
    v.string("messageReviewHandler.uri", handler.uri(), LAMBDA_ARN, false);
    v.string("messageReviewHandler.fallbackResult", handler.fallbackResult(), FALLBACK_RESULT,
        false);
  }

  private static void destination(Violations v, IvsChatRequest.DestinationConfiguration d, boolean required) {
    String member = "destinationConfiguration";
    if (d == null) {
      if (required) {
        v.add(member, "null", "Member must not be null");
      }
      return;
    }
    List<String> set = new ArrayList<>(1);
    if (d.s3() != null) {
      set.add("s3");
    }
    if (d.cloudWatchLogs() != null) {
      set.add("cloudWatchLogs");
    }
    if (d.firehose() != null) {
      set.add("firehose");
    }
    if (set.size() != 1) {
      v.add(member, null, "Member must have exactly one of [s3, cloudWatchLogs, firehose] set, but "
          + (set.isEmpty() ? "has none" : "has " + set));
      return;
    }
    if (d.s3() != null) {
      v.string(member + ".s3.bucketName", d.s3().bucketName(), Shapes.BUCKET_NAME, true);
    } else if (d.cloudWatchLogs() != null) {
      v.string(member + ".cloudWatchLogs.logGroupName", d.cloudWatchLogs().logGroupName(),
          Shapes.LOG_GROUP_NAME, true);
    } else {
      v.string(member + ".firehose.deliveryStreamName", d.firehose().deliveryStreamName(),
          Shapes.DELIVERY_STREAM_NAME, true);
    }
  }
}
