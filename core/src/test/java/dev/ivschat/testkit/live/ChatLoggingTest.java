package dev.ivschat.testkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatLogRecord;
import dev.ivschat.testkit.ChatRequest;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.IvsChatRequest.DestinationConfiguration;
import dev.ivschat.testkit.LoggingConfiguration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chat logging: every message and event of a room with ACTIVE logging configurations. */
class ChatLoggingTest {
  private final IvsChat ivsChat = new IvsChat(IvsChatConfig.builder().clockStart(Chat.START)
      .build());

  private LoggingConfiguration logging(DestinationConfiguration destination) {
    return Chat.ok(ivsChat.call(new IvsChatRequest.CreateLoggingConfiguration("logs",
        destination, null)));
  }

  private Chat roomLoggingTo(LoggingConfiguration... configurations) {
    return new Chat(ivsChat, new IvsChatRequest.CreateRoom("logged", null, null, null, null,
        java.util.Arrays.stream(configurations).map(LoggingConfiguration::arn).toList()));
  }

  @Test
  void messages_and_events_are_logged_in_the_service_record_format() {
    LoggingConfiguration s3 = logging(new DestinationConfiguration(
        new IvsChatRequest.S3("chat-bucket"), null, null));
    Chat chat = roomLoggingTo(s3);
    ChatConnection alice = chat.connect("alice");
    alice.send(new ChatRequest.SendMessage("req-1", "hi", null));
    Chat.ok(ivsChat.call(new IvsChatRequest.SendEvent(chat.room.arn(), "app:e", null)));
    List<ChatLogRecord> log = ivsChat.chatLog("chat-bucket");
    assertThat(log).extracting(ChatLogRecord::type).containsExactly("MESSAGE", "EVENT");
    ChatLogRecord first = log.get(0);
    assertThat(first.toWire()).containsOnlyKeys("event_timestamp", "type", "version", "payload");
    assertThat(first.version()).isEqualTo("1.0");
    assertThat(first.loggingConfigurationArn()).isEqualTo(s3.arn());
    ChatFrame.Message message = alice.messages().get(0);
    assertThat(first.eventTimestamp()).isEqualTo(message.sendTime());
    assertThat(first.toWire().get("payload")).isEqualTo(message.withRequestId("").toWire());
  }

  @Test
  void s3_keys_follow_the_ivs_chat_logs_prefix_of_account_region_room_and_hour() {
    Chat chat = roomLoggingTo(logging(new DestinationConfiguration(
        new IvsChatRequest.S3("chat-bucket"), null, null)));
    chat.connect("alice").sendMessage("hi");
    assertThat(ivsChat.chatLog("chat-bucket").get(0).location()).matches(
        "AWSLogs/123456789012/IVSChatLogs/1\\.0/us-east-1/room_" + chat.room.id()
            + "/2026/01/01/00/123456789012_IVSChatLogs_1\\.0_us-east-1_room_" + chat.room.id()
            + "_20260101T0000Z_[0-9a-f]{8}\\.log\\.gz");
  }

  @Test
  void cloudwatch_logs_streams_are_named_per_room_and_firehose_records_go_to_the_stream() {
    Chat chat = roomLoggingTo(
        logging(new DestinationConfiguration(null, new IvsChatRequest.CloudWatchLogs("group"),
            null)),
        logging(new DestinationConfiguration(null, null, new IvsChatRequest.Firehose("hose"))));
    chat.connect("alice").sendMessage("hi");
    assertThat(ivsChat.chatLog("group")).extracting(ChatLogRecord::location)
        .containsExactly("aws/IVSChatLogs/1.0/room_" + chat.room.id());
    assertThat(ivsChat.chatLog("hose")).extracting(ChatLogRecord::location)
        .containsExactly("hose");
    assertThat(ivsChat.chatLogs()).hasSize(2);
  }

  @Test
  void only_active_logging_configurations_record() {
    LoggingConfiguration lc = logging(new DestinationConfiguration(
        new IvsChatRequest.S3("chat-bucket"), null, null));
    Chat chat = roomLoggingTo(lc);
    ivsChat.setLoggingConfigurationState(lc.arn(), "UPDATING");
    chat.connect("alice").sendMessage("hi");
    assertThat(ivsChat.chatLogs()).isEmpty();
  }

  @Test
  void errors_and_denied_messages_are_not_logged_but_system_events_are() {
    Chat chat = roomLoggingTo(logging(new DestinationConfiguration(
        new IvsChatRequest.S3("chat-bucket"), null, null)));
    ChatConnection mute = chat.connect("mute", List.of());
    mute.sendMessage("hi");
    ChatConnection mod = chat.connect("mod");
    mod.deleteMessage("AbCdEfGhIjKl", "spam");
    assertThat(ivsChat.chatLogs()).extracting(r -> ((ChatFrame.Event) r.payload()).eventName())
        .containsExactly("aws:DELETE_MESSAGE");
  }

  @Test
  void rooms_without_logging_record_nothing() {
    Chat chat = new Chat(ivsChat, IvsChatRequest.CreateRoom.named("plain"));
    chat.connect("alice").sendMessage("hi", Map.of());
    assertThat(ivsChat.chatLogs()).isEmpty();
  }
}
