package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatLogRecord;
import dev.ivschat.testkit.Destination;
import dev.ivschat.testkit.LoggingConfiguration;
import dev.ivschat.testkit.Room;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Chat logging: what each ACTIVE logging configuration of a room received, with the S3 key,
 * CloudWatch Logs stream or Firehose stream it went to. Only touched under the engine's lock.
 */
final class ChatLogs {
  private final State state;
  final List<ChatLogRecord> records = new ArrayList<>();

  ChatLogs(State state) {
    this.state = state;
  }

  /** Records a delivered message or event at every ACTIVE logging destination of its room. */
  void log(Room room, ChatFrame frame) {
    if (room == null) {
      return;
    }
    Instant time = frame instanceof ChatFrame.Message m ? m.sendTime()
        : ((ChatFrame.Event) frame).sendTime();
    for (String arn : room.loggingConfigurationIdentifiers()) {
      String id = state.arns.loggingConfigurationId(arn);
      LoggingConfiguration lc = id == null ? null : state.loggingConfigurations.get(id);
      if (lc != null && LoggingConfiguration.ACTIVE.equals(lc.state())) {
        records.add(new ChatLogRecord(lc.arn(), lc.destination(),
            location(lc, room, time), time, frame.type(), ChatLogRecord.VERSION, frame));
      }
    }
  }

  private String location(LoggingConfiguration lc, Room room, Instant time) {
    Destination d = lc.destination();
    String account = state.config.accountId();
    String region = state.config.region();
    String v = ChatLogRecord.VERSION;
    return switch (d.kind()) {
      case CLOUD_WATCH_LOGS -> "aws/IVSChatLogs/" + v + "/room_" + room.id();
      case FIREHOSE -> d.name();
      case S3 -> {
        ZonedDateTime t = time.atZone(ZoneOffset.UTC);
        int minute = t.getMinute() - t.getMinute() % 5;
        String hash = String.format("%08x", Objects.hash(lc.id(), room.id()));
        yield String.format("AWSLogs/%s/IVSChatLogs/%s/%s/room_%s/%04d/%02d/%02d/%02d/"
            + "%s_IVSChatLogs_%s_%s_room_%s_%04d%02d%02dT%02d%02dZ_%s.log.gz",
            account, v, region, room.id(), t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
            t.getHour(), account, v, region, room.id(), t.getYear(), t.getMonthValue(),
            t.getDayOfMonth(), t.getHour(), minute, hash);
      }
    };
  }
}
