package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.Destination;
import dev.ivschat.testkit.LoggingConfiguration;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Page;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an engine result as the operation's output members, projected onto the model's output
 * shape (a room summary in {@code ListRooms} has fewer members than a room); unset members are
 * left out and timestamps stay {@code Instant}s for {@link Json} to render.
 */
final class ResponseWriter {
  private static final WireModel MODEL = WireModel.INSTANCE;

  private ResponseWriter() {
  }

  /** The output members, or null for an operation that answers with no body. */
  static Map<String, Object> output(Operation operation, Object result) {
    String shape = MODEL.outputShape(operation);
    if (shape == null || operation.successStatus() == 204) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> projected = (Map<String, Object>) project(shape,
        full(operation, result));
    return projected;
  }

  private static Object full(Operation operation, Object value) {
    if (value instanceof Room r) {
      Map<String, Object> m = WireText.members("arn", r.arn(), "id", r.id(), "name", r.name(),
          "createTime", r.createTime(), "updateTime", r.updateTime(),
          "maximumMessageRatePerSecond", r.maximumMessageRatePerSecond(),
          "maximumMessageLength", r.maximumMessageLength());
      r.messageReviewHandler().ifPresent(h -> m.put("messageReviewHandler",
          WireText.members("uri", h.uri(), "fallbackResult", h.fallbackResult())));
      m.put("tags", r.tags());
      m.put("loggingConfigurationIdentifiers", r.loggingConfigurationIdentifiers());
      return m;
    }
    if (value instanceof LoggingConfiguration c) {
      Destination d = c.destination();
      return WireText.members("arn", c.arn(), "id", c.id(), "name", c.name(),
          "createTime", c.createTime(), "updateTime", c.updateTime(),
          "destinationConfiguration", switch (d.kind()) {
            case S3 -> WireText.members("s3", WireText.members("bucketName", d.name()));
            case CLOUD_WATCH_LOGS -> WireText.members("cloudWatchLogs", WireText.members("logGroupName", d.name()));
            case FIREHOSE -> WireText.members("firehose", WireText.members("deliveryStreamName", d.name()));
          },
          "state", c.state(), "tags", c.tags());
    }
    if (value instanceof ChatToken t) {
      return WireText.members("token", t.token(), "tokenExpirationTime", t.tokenExpirationTime(),
          "sessionExpirationTime", t.sessionExpirationTime());
    }
    if (value instanceof SentEvent e) {
      return WireText.members("id", e.id());
    }
    if (value instanceof Page<?> page) {
      List<Object> items = new ArrayList<>();
      for (Object item : page.items()) {
        items.add(full(operation, item));
      }
      return WireText.members(operation == Operation.LIST_ROOMS ? "rooms" : "loggingConfigurations", items,
          "nextToken", page.nextToken());
    }
    if (value instanceof Map<?, ?> tags) {
      return WireText.members("tags", tags);
    }
    return WireText.members();
  }

  private static Object project(String shape, Object value) {
    switch (MODEL.type(shape)) {
      case "structure" -> {
        Map<?, ?> map = (Map<?, ?>) value;
        Map<String, String> memberShapes = MODEL.members(shape);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
          String member = (String) e.getKey();
          if (e.getValue() != null && memberShapes.containsKey(member)) {
            out.put(member, project(memberShapes.get(member), e.getValue()));
          }
        }
        return out;
      }
      case "list" -> {
        List<Object> out = new ArrayList<>();
        for (Object element : (List<?>) value) {
          out.add(project(MODEL.listMember(shape), element));
        }
        return out;
      }
      default -> {
        return value;
      }
    }
  }
}
