package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.ChatFrame;
import java.time.Instant;

/** The service's timestamp format on the wire: RFC 3339 in UTC with milliseconds. */
final class Timestamps {
  private Timestamps() {
  }

  static String rfc3339(Instant instant) {
    return ChatFrame.rfc3339(instant);
  }
}
