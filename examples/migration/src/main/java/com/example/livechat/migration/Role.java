package com.example.livechat.migration;

import java.util.List;
import software.amazon.awssdk.services.ivschat.model.ChatTokenCapability;

/** What a chat participant may do, and how long their session lasts. */
public enum Role {
  /** Reads the chat only. */
  VIEWER(List.of(), 180),
  /** Reads and writes. */
  CHATTER(List.of(ChatTokenCapability.SEND_MESSAGE), 60),
  /** Writes, deletes messages and disconnects users. */
  MODERATOR(List.of(ChatTokenCapability.SEND_MESSAGE, ChatTokenCapability.DELETE_MESSAGE,
      ChatTokenCapability.DISCONNECT_USER), 180);

  private final List<ChatTokenCapability> capabilities;
  private final int sessionMinutes;

  Role(List<ChatTokenCapability> capabilities, int sessionMinutes) {
    this.capabilities = capabilities;
    this.sessionMinutes = sessionMinutes;
  }

  /**
   * The token capabilities of the role.
   *
   * @return the capabilities
   */
  public List<ChatTokenCapability> capabilities() {
    return capabilities;
  }

  /**
   * The session length of the role, in minutes.
   *
   * @return minutes
   */
  public int sessionMinutes() {
    return sessionMinutes;
  }
}
