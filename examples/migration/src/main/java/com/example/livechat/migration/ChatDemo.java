package com.example.livechat.migration;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.io.PrintStream;
import java.time.Instant;

/**
 * Runs the half-migrated application against one in-memory IVS Chat behind both SDKs' clients
 * ({@code mvn -B -q -Pdemo -pl examples/migration -am package -DskipTests}).
 */
public final class ChatDemo {
  private ChatDemo() {
  }

  /**
   * Runs the demo on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the demo.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    IvsChat ivsChat = new IvsChat(IvsChatConfig.builder()
        .clockStart(Instant.parse("2026-01-01T20:00:00Z")).build());
    FakeAmazonivschat v1 = new FakeAmazonivschat(ivsChat);
    try (FakeIvschatClient v2 = new FakeIvschatClient(ivsChat)) {
      Rooms rooms = new Rooms(v2, Retry.standard());
      Moderation moderation = new Moderation(v1, Retry.standard());

      out.println("== A room opened through the SDK v2");
      String room = rooms.openRoom(new Stream("s-1", "Friday Night Speedrun! (any%)", "speedy"));
      out.println("  " + room);

      out.println("== Moderated through the SDK v1");
      moderation.removeMessage(room, "M2YcHkgffEvU", "spoiler");
      moderation.kick(room, "mallory", "spam");
      for (SentEvent event : ivsChat.sentEvents(room)) {
        out.printf("  event %s  %s  %s%n", event.id(), event.eventName(), event.attributes());
      }

      out.println("== One journal for both clients");
      for (Call call : ivsChat.calls()) {
        out.printf("  %-15s %s%n", call.operation().wireName(),
            call.sdkRequest().map(r -> r.getClass().getName()).orElse("-"));
      }
    } finally {
      v1.shutdown();
    }
  }
}
