package dev.ivschat.testkit.assertj.internal;

import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatLogRecord;
import dev.ivschat.testkit.CloseReason;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How live chat reads in failure messages: one line per frame or chat log record, and the state of
 * a connection.
 */
public final class ChatRender {
  private ChatRender() {
  }

  /**
   * A frame: its type and what matters of it.
   *
   * @param frame the frame
   * @return e.g. {@code MESSAGE "hi" from alice}, {@code EVENT aws:DELETE_MESSAGE {Id="…"}} or
   *     {@code ERROR 406 "Message rejected"}
   */
  public static String frame(ChatFrame frame) {
    if (frame instanceof ChatFrame.Message message) {
      return "MESSAGE \"" + message.content() + "\"" + attributes(message.attributes()) + " from "
          + message.sender().userId();
    }
    if (frame instanceof ChatFrame.Event event) {
      return "EVENT " + event.eventName() + attributes(event.attributes());
    }
    ChatFrame.Error error = (ChatFrame.Error) frame;
    return "ERROR " + error.errorCode() + " \"" + error.errorMessage() + "\"";
  }

  /**
   * Frames, one a line, in delivery order.
   *
   * @param frames the frames
   * @return the lines, or {@code nothing}
   */
  public static String frames(List<? extends ChatFrame> frames) {
    return Render.lines(frames, ChatRender::frame, "nothing");
  }

  /**
   * A chat log record: its frame and when it was logged.
   *
   * @param record the record
   * @return e.g. {@code MESSAGE "hi" from alice at 2025-01-01T00:00:00Z}
   */
  public static String record(ChatLogRecord record) {
    return frame(record.payload()) + " at " + record.eventTimestamp();
  }

  /**
   * Chat log records, one a line, oldest first.
   *
   * @param records the records
   * @return the lines, or {@code nothing}
   */
  public static String records(List<ChatLogRecord> records) {
    return Render.lines(records, ChatRender::record, "nothing");
  }

  /**
   * A close reason.
   *
   * @param reason the reason
   * @return e.g. {@code USER_DISCONNECTED "spam"}
   */
  public static String closeReason(CloseReason reason) {
    return reason.kind() + " \"" + reason.text() + "\"";
  }

  /**
   * What a connection's state is, as the end of a sentence starting with "but".
   *
   * @param reason its close reason, if it closed
   * @return {@code it is open} or {@code it closed: USER_DISCONNECTED "spam"}
   */
  public static String state(Optional<CloseReason> reason) {
    return reason.map(r -> "it closed: " + closeReason(r)).orElse("it is open");
  }

  private static String attributes(Map<String, String> attributes) {
    return attributes.isEmpty() ? "" : " " + Render.attributes(attributes);
  }
}
