package com.example.livechat.v2;

import dev.ivschat.testkit.ChatLogRecord;
import dev.ivschat.testkit.IvsChatControl;
import java.util.List;
import java.util.Map;

/**
 * The replay's log source in tests: the records the fake's S3 destination received, each as the
 * JSON object the bucket would hold, filtered to the room's key prefix as the S3 reader would list
 * them.
 */
final class FakeChatLogSource implements ChatLogSource {
  private final IvsChatControl fake;
  private final String bucket;

  FakeChatLogSource(IvsChatControl fake, String bucket) {
    this.fake = fake;
    this.bucket = bucket;
  }

  @Override
  public List<Map<String, Object>> records(String roomArn) {
    String roomPrefix = "/room_" + roomArn.substring(roomArn.lastIndexOf('/') + 1) + "/";
    return fake.chatLog(bucket).stream().filter(r -> r.location().contains(roomPrefix))
        .map(ChatLogRecord::toWire).toList();
  }
}
