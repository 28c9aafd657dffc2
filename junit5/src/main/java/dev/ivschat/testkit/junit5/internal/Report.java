package dev.ivschat.testkit.junit5.internal;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.LoggingConfiguration;
import dev.ivschat.testkit.Page;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.ServiceError;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The readable summary of what happened on an IVS Chat: one line per call (time, operation, the
 * neutral request, outcome) and per sent event, the last {@code n} of each, oldest first. The
 * requests are the journal's {@link IvsChatRequest} records, the same whichever client made the
 * call, shown with the members that were set.
 */
final class Report {
  private Report() {
  }

  static String of(Holder holder, int n) {
    IvsChat ivsChat = holder.peek();
    IvsChatConfig config = ivsChat.config();
    List<Call> calls = ivsChat.calls();
    List<SentEvent> events = ivsChat.sentEvents();
    long failed = calls.stream().filter(Call::failed).count();
    StringBuilder out = new StringBuilder("IVS Chat ").append(holder.owner()).append(" (")
        .append(config.region()).append(", account ").append(config.accountId())
        .append(", id seed ").append(config.idSeed()).append("): ")
        .append(count(calls.size(), "call"));
    if (failed > 0) {
      out.append(" (").append(failed).append(" failed)");
    }
    out.append(", ").append(count(events.size(), "sent event"));
    if (!calls.isEmpty()) {
      out.append('\n').append(heading("Calls", calls.size(), n));
      for (Call c : calls.subList(Math.max(0, calls.size() - n), calls.size())) {
        out.append("\n  #").append(c.sequence()).append(' ').append(c.time()).append(' ')
            .append(c.operation().wireName()).append(' ').append(request(c.request()))
            .append(" -> ").append(outcome(c));
      }
    }
    if (!events.isEmpty()) {
      out.append('\n').append(heading("Sent events", events.size(), n));
      int first = Math.max(0, events.size() - n);
      for (int i = first; i < events.size(); i++) {
        SentEvent e = events.get(i);
        out.append("\n  #").append(i + 1).append(' ').append(e.sendTime()).append(' ')
            .append(e.eventName()).append(" to ").append(e.roomArn()).append(' ')
            .append(new TreeMap<>(e.attributes())).append(" id ").append(e.id());
      }
    }
    return out.toString();
  }

  /** The members of a request record that were set: {@code {name=lobby, tags={a=b}}}. */
  static String request(IvsChatRequest<?> request) {
    StringJoiner members = new StringJoiner(", ", "{", "}");
    for (RecordComponent component : request.getClass().getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(request);
      } catch (IllegalAccessException | InvocationTargetException e) {
        return request.toString();
      }
      if (value != null) {
        members.add(component.getName() + "=" + value);
      }
    }
    return members.toString();
  }

  private static String heading(String what, int size, int n) {
    return size > n ? what + ", the last " + n + " of " + size + ", oldest first:"
        : what + ", oldest first:";
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String outcome(Call c) {
    if (c.failed()) {
      ServiceError e = c.error();
      return e.code() + " (" + e.statusCode() + "): " + e.message();
    }
    Object r = c.result();
    if (r instanceof Room room) {
      return "OK " + room.arn();
    } else if (r instanceof LoggingConfiguration lc) {
      return "OK " + lc.arn();
    } else if (r instanceof SentEvent e) {
      return "OK event id " + e.id();
    } else if (r instanceof ChatToken t) {
      return "OK token for user " + t.userId();
    } else if (r instanceof Page<?> p) {
      return "OK " + count(p.items().size(), "item") + (p.next().isPresent() ? ", more" : "");
    } else if (r instanceof Map<?, ?> m) {
      return "OK " + new TreeMap<>(m);
    }
    return "OK";
  }
}
