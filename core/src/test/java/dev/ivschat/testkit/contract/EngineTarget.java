package dev.ivschat.testkit.contract;

import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.Destination;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.LoggingConfiguration;
import dev.ivschat.testkit.Outcome;
import dev.ivschat.testkit.Page;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine itself as a target, with no front door: wire members become the neutral
 * {@link dev.ivschat.testkit.IvsChatRequest} records ({@link NeutralRequests}) and results become
 * the output members. It is core's own run of the suite and the reference translation an HTTP
 * front door has to make.
 */
final class EngineTarget implements ContractTarget {
  private static final ServiceModel MODEL = ServiceModel.get();
  private final IvsChat ivsChat;

  EngineTarget(IvsChat ivsChat) {
    this.ivsChat = ivsChat;
  }

  @Override
  public String name() {
    return "the engine";
  }

  @Override
  public IvsChatControl control() {
    return ivsChat;
  }

  @Override
  public Reply call(String operation, Map<String, Object> input) {
    Outcome<?> outcome = ivsChat.call(NeutralRequests.of(operation, input));
    if (outcome.failed()) {
      return Reply.failure(operation, outcome.error(), outcome.requestId(), null);
    }
    String shape = MODEL.outputShape(operation);
    @SuppressWarnings("unchecked")
    Map<String, Object> output = shape == null ? Map.of()
        : (Map<String, Object>) project(shape, output(operation, outcome.value()));
    return Reply.success(operation, output, outcome.requestId(), outcome.httpStatus());
  }

  /** The full wire form of an engine result, before projection onto the output shape. */
  private static Object output(String operation, Object value) {
    if (value instanceof Room r) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("arn", r.arn());
      m.put("id", r.id());
      m.put("name", r.name());
      m.put("createTime", r.createTime());
      m.put("updateTime", r.updateTime());
      m.put("maximumMessageRatePerSecond", r.maximumMessageRatePerSecond());
      m.put("maximumMessageLength", r.maximumMessageLength());
      r.messageReviewHandler().ifPresent(h ->
          m.put("messageReviewHandler", Wire.of("uri", h.uri(), "fallbackResult",
              h.fallbackResult())));
      m.put("tags", r.tags());
      m.put("loggingConfigurationIdentifiers", r.loggingConfigurationIdentifiers());
      return m;
    }
    if (value instanceof LoggingConfiguration c) {
      Destination d = c.destination();
      return Wire.of("arn", c.arn(), "id", c.id(), "name", c.name(),
          "createTime", c.createTime(), "updateTime", c.updateTime(),
          "destinationConfiguration", switch (d.kind()) {
            case S3 -> Wire.s3(d.name());
            case CLOUD_WATCH_LOGS -> Wire.cloudWatchLogs(d.name());
            case FIREHOSE -> Wire.firehose(d.name());
          },
          "state", c.state(), "tags", c.tags());
    }
    if (value instanceof ChatToken t) {
      return Wire.of("token", t.token(), "tokenExpirationTime", t.tokenExpirationTime(),
          "sessionExpirationTime", t.sessionExpirationTime());
    }
    if (value instanceof SentEvent e) {
      return Wire.of("id", e.id());
    }
    if (value instanceof Page<?> page) {
      List<Object> items = page.items().stream().map(item -> output(operation, item)).toList();
      return Wire.of(operation.equals("ListRooms") ? "rooms" : "loggingConfigurations", items,
          "nextToken", page.nextToken());
    }
    if (value instanceof Map<?, ?> tags) {
      return Wire.of("tags", tags);
    }
    return Wire.of();
  }

  /** Keeps the members the model's shape has, recursively (a room summary has fewer). */
  private static Object project(String shape, Object value) {
    switch (MODEL.type(shape)) {
      case "structure" -> {
        Map<?, ?> map = (Map<?, ?>) value;
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, String> members = MODEL.members(shape);
        for (Map.Entry<?, ?> e : map.entrySet()) {
          String member = (String) e.getKey();
          if (members.containsKey(member)) {
            out.put(member, project(members.get(member), e.getValue()));
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
      case "map" -> {
        return new LinkedHashMap<>((Map<?, ?>) value);
      }
      default -> {
        return value;
      }
    }
  }

  @Override
  public void close() {
    // nothing to release
  }
}
