package com.example.livechat.v2;

import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenResponse;
import software.amazon.awssdk.services.ivschat.model.IvschatException;
import software.amazon.awssdk.services.ivschat.model.ValidationException;

/**
 * Runs the application against the in-memory IVS Chat and prints what happened: the project's
 * demo ({@code mvn -B -q -Pdemo -pl examples/v2 -am package -DskipTests}).
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
    try (FakeIvschatClient ivschat = FakeIvschatClient.builder()
        .clockStart(Instant.parse("2026-01-01T20:00:00Z")).build()) {
      run(ivschat, out);
    }
  }

  private static void run(FakeIvschatClient ivschat, PrintStream out) {
    LiveChat app = new LiveChat(ivschat, Retry.standard());

    out.println("== Opening rooms for two streams");
    String friday = app.openRoom(new Stream("s-1", "Friday Night Speedrun! (any%)", "speedy"));
    String cooking = app.openRoom(new Stream("s-2", "Cooking with Ada", "ada"));
    for (Room room : ivschat.rooms()) {
      out.printf("  %s  name=%s  rate=%d/s  length=%d  tags=%s%n", room.arn(), room.name(),
          room.maximumMessageRatePerSecond(), room.maximumMessageLength(), room.tags());
    }

    out.println("== Issuing tokens");
    for (Role role : Role.values()) {
      CreateChatTokenResponse token = app.join(friday, "user-" + role.name().toLowerCase(), role,
          role.name().charAt(0) + role.name().substring(1).toLowerCase());
      out.printf("  %-9s token=%s...  expires=%s  session ends=%s%n", role,
          token.token().substring(0, 16), token.tokenExpirationTime(),
          token.sessionExpirationTime());
    }

    out.println("== Announcing and moderating");
    app.announce(friday, "Stream starts in 5 minutes");
    app.removeMessage(friday, "M2YcHkgffEvU", "spoiler");
    app.kick(friday, "user-chatter", "spam");
    for (SentEvent event : ivschat.sentEvents(friday)) {
      out.printf("  event %s  %s  %s%n", event.id(), event.eventName(), event.attributes());
    }

    out.println("== A request the real service would reject");
    try {
      ivschat.createRoom(r -> r.name("Friday Night Speedrun!"));
    } catch (ValidationException e) {
      out.printf("  %s %d on %s: %s%n", e.awsErrorDetails().errorCode(), e.statusCode(),
          e.fieldList().get(0).name(), e.awsErrorDetails().errorMessage());
    } catch (IvschatException e) {
      out.println("  unexpected: " + e);
    }

    out.println("== Two hours later: closing ended streams");
    ivschat.clock().advance(Duration.ofHours(2));
    for (String arn : app.closeEndedStreams(Set.of("s-2"))) {
      out.println("  deleted " + arn);
    }
    out.printf("  rooms left: %d (%s)%n", ivschat.rooms().size(),
        ivschat.room(cooking).map(Room::name).orElse("none"));
    out.printf("== %d calls made, %d failed%n", ivschat.calls().size(),
        ivschat.calls().stream().filter(c -> c.failed()).count());
  }
}
