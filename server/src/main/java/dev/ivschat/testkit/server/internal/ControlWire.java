package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.ChatConnectionInfo;
import dev.ivschat.testkit.ChatLogRecord;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.LoggingConfiguration;
import dev.ivschat.testkit.MessageReview;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.ServiceError;
import java.util.Map;

/**
 * The control API's JSON objects for the engine's snapshots: rooms and logging configurations
 * exactly as {@code GetRoom} and {@code GetLoggingConfiguration} answer them, the rest in the
 * service's member style (camelCase, RFC 3339 times, unset members left out).
 */
final class ControlWire {
  private ControlWire() {
  }

  static Map<String, Object> room(Room room) {
    return ResponseWriter.output(Operation.GET_ROOM, room);
  }

  static Map<String, Object> loggingConfiguration(LoggingConfiguration configuration) {
    return ResponseWriter.output(Operation.GET_LOGGING_CONFIGURATION, configuration);
  }

  static Map<String, Object> chatToken(ChatToken t) {
    return WireText.members("token", t.token(), "roomArn", t.roomArn(), "userId", t.userId(),
        "capabilities", t.capabilities(), "attributes", t.attributes(),
        "createTime", t.createTime(), "tokenExpirationTime", t.tokenExpirationTime(),
        "sessionExpirationTime", t.sessionExpirationTime());
  }

  static Map<String, Object> sentEvent(SentEvent e) {
    return WireText.members("roomArn", e.roomArn(), "id", e.id(), "eventName", e.eventName(),
        "attributes", e.attributes(), "sendTime", e.sendTime(), "requestId", e.requestId());
  }

  static Map<String, Object> connection(ChatConnectionInfo c) {
    Map<String, Object> m = WireText.members("id", c.id(), "roomArn", c.roomArn(), "userId", c.userId(),
        "token", c.token(), "open", c.isOpen(), "connectTime", c.connectTime(),
        "closeTime", c.closeTime().orElse(null));
    c.closeReason().ifPresent(r -> m.put("closeReason",
        WireText.members("kind", r.kind(), "text", r.text(), "closeCode", r.kind().closeCode())));
    m.put("framesReceived", c.received().size());
    return m;
  }

  static Map<String, Object> review(MessageReview review) {
    Map<String, Object> m = WireText.members("request", review.request().toWire());
    MessageReview.Response r = review.response();
    if (r != null) {
      m.put("response", WireText.members("ReviewResult", r.reviewResult(), "Content", r.content(),
          "Attributes", r.attributes()));
    }
    m.put("outcome", review.outcome());
    m.put("detail", review.detail());
    return m;
  }

  static Map<String, Object> chatLog(ChatLogRecord r) {
    return WireText.members("loggingConfigurationArn", r.loggingConfigurationArn(),
        "destination", WireText.members("kind", r.destination().kind(), "name", r.destination().name()),
        "location", r.location(), "record", r.toWire());
  }

  /** A service error with the members of its restJson1 body, {@code code} for {@code __type}. */
  static Map<String, Object> error(ServiceError error) {
    Map<String, Object> m = WireText.members("code", error.code(), "statusCode",
        error.statusCode(), "message", error.message());
    m.putAll(ErrorResponses.typedMembers(error));
    return m;
  }


}
