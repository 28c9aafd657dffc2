package com.example.livechat.v2;

import java.util.List;
import java.util.Map;

/**
 * Where the replay reads a room's chat logs from. In production: the S3 objects under the room's
 * prefix ({@code AWSLogs/<account>/IVSChatLogs/1.0/<region>/room_<roomId>/}), un-gzipped, one
 * JSON record a line. In tests: the records the fake's logging destination received.
 */
@FunctionalInterface
public interface ChatLogSource {
  /**
   * The chat log records of one room, each the JSON object the destination stores
   * ({@code event_timestamp}, {@code type}, {@code version}, {@code payload}) as a map, in any
   * order.
   *
   * @param roomArn the room
   * @return the records
   */
  List<Map<String, Object>> records(String roomArn);
}
