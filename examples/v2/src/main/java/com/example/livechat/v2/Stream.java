package com.example.livechat.v2;

import java.util.Objects;

/**
 * A live stream of the application: each gets its own chat room.
 *
 * @param id the application's stream id
 * @param title the title the streamer typed, anything at all
 * @param channel the channel that streams it
 */
public record Stream(String id, String title, String channel) {
  /**
   * Checks the components.
   *
   * @param id id
   * @param title title
   * @param channel channel
   */
  public Stream {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(channel, "channel");
  }
}
