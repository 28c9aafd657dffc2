package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.IvsChat;
import java.util.List;
import java.util.Map;

/**
 * The resources of one account, under {@code /_ivschat/accounts/{accessKeyId}}. Each is checked
 * in the same order: the method (405), the query parameters and the body (400), then the
 * account (404 for reads of an account that does not exist).
 */
final class ControlAccountRoutes {
  private ControlAccountRoutes() {
  }

  static Object route(ControlRequest r, List<String> s, ControlAccount account, ControlApi api)
      throws ControlException {
    String what = s.isEmpty() ? "" : s.get(0);
    int n = s.size();
    if (n == 0) {
      return get(r, () -> api.summary(account));
    }
    if (n == 1) {
      switch (what) {
        case "reset" -> {
          ControlApi.methods(r, "POST");
          r.allowQuery("region");
          if (account.exists()) {
            IvsChat ivsChat = account.forWrite();
            ivsChat.reset();
            api.faults().forget(ivsChat);
          }
          return Map.of();
        }
        case "state" -> {
          return get(r, () -> ControlReads.state(account.forRead()));
        }
        case "calls" -> {
          ControlApi.methods(r, "GET");
          r.allowQuery("region", "operation", "last");
          ControlJournal.Filter filter = ControlJournal.filter(r);
          return ControlJournal.calls(account.forRead(), filter);
        }
        case "events" -> {
          ControlApi.methods(r, "GET");
          r.allowQuery("region", "roomArn");
          return ControlReads.events(account.forRead(), r.query("roomArn"));
        }
        case "connections" -> {
          return get(r, () -> ControlReads.connections(account.forRead()));
        }
        case "messages" -> {
          return get(r, () -> ControlReads.messages(account.forRead()));
        }
        case "chat-logs" -> {
          ControlApi.methods(r, "GET");
          r.allowQuery("region", "destination");
          return ControlReads.chatLogs(account.forRead(), r.query("destination"));
        }
        case "message-reviews" -> {
          return get(r, () -> ControlReads.reviews(account.forRead()));
        }
        case "clock" -> {
          ControlApi.methods(r, "GET", "POST");
          r.allowQuery("region");
          return r.method().equals("GET") ? ControlClock.now(account.forRead())
              : ControlClock.move(r.requiredBody(), account);
        }
        case "faults" -> {
          ControlApi.methods(r, "GET", "POST", "DELETE");
          r.allowQuery("region");
          switch (r.method()) {
            case "GET" -> {
              return api.faults().list(account.forRead());
            }
            case "POST" -> {
              return api.faults().add(r.requiredBody(), account);
            }
            default -> {
              if (account.exists()) {
                api.faults().clear(account.forWrite());
              }
              return Map.of();
            }
          }
        }
        case "review-handlers" -> {
          ControlApi.methods(r, "GET", "DELETE");
          r.allowQuery("region");
          return r.method().equals("GET") ? api.reviewHandlers().list(account.forRead())
              : api.reviewHandlers().clear(account);
        }
        default -> {
          // an unknown resource, below
        }
      }
    }
    if (n == 2 && what.equals("faults") && s.get(1).equals("account")) {
      ControlApi.methods(r, "POST");
      r.allowQuery("region");
      return ControlFaults.switches(r.requiredBody(), account);
    }
    if (n == 2 && what.equals("faults")) {
      ControlApi.methods(r, "GET", "DELETE");
      r.allowQuery("region");
      IvsChat ivsChat = account.forRead();
      return r.method().equals("GET") ? api.faults().get(ivsChat, s.get(1))
          : api.faults().remove(ivsChat, s.get(1));
    }
    if (n == 2 && what.equals("review-handlers") && !s.get(1).isEmpty()) {
      ControlApi.methods(r, "PUT", "DELETE");
      r.allowQuery("region");
      return r.method().equals("PUT")
          ? api.reviewHandlers().put(s.get(1), r.requiredBody(), account)
          : api.reviewHandlers().remove(s.get(1), account);
    }
    if (n == 3 && what.equals("connections") && s.get(2).equals("frames")) {
      return get(r, () -> ControlReads.frames(account.forRead(), s.get(1)));
    }
    throw ControlException.notFound("No control API resource " + r.path() + " (an account has"
        + " state, calls, events, connections, connections/{id}/frames, messages, chat-logs,"
        + " message-reviews, clock, faults, faults/account, faults/{id}, review-handlers,"
        + " review-handlers/{lambdaArn}, reset)");
  }

  /** A read that takes only GET and the region parameter. */
  private static Object get(ControlRequest r, Read read) throws ControlException {
    ControlApi.methods(r, "GET");
    r.allowQuery("region");
    return read.get();
  }

  private interface Read {
    Object get() throws ControlException;
  }
}
