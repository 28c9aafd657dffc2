package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.IvsChat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The control API under {@code /_ivschat}: what a test that is not in Java needs to arrange and
 * inspect the server's state (see {@code server/CONTROL-API.md}). Unsigned, JSON in and out;
 * a refused request ({@code 400}, {@code 404}, {@code 405}, always {@code {"message": ...}})
 * changes no state.
 */
public final class ControlApi {
  private final ServerSettings settings;
  private final Accounts accounts;
  private final ControlFaults faults = new ControlFaults();
  private final ControlReviewHandlers reviewHandlers = new ControlReviewHandlers();

  /**
   * The API over the accounts.
   *
   * @param settings the server's settings
   * @param accounts the accounts
   */
  public ControlApi(ServerSettings settings, Accounts accounts) {
    this.settings = settings;
    this.accounts = accounts;
  }

  /**
   * Answers one control request.
   *
   * @param request the request, its path starting with {@code /_ivschat}
   * @return the response
   */
  public WireResponse handle(WireRequest request) {
    try {
      return WireResponse.json(200, route(ControlRequest.of(request)), null);
    } catch (ControlException e) {
      return e.response();
    } catch (RuntimeException e) {
      return WireResponse.json(500, Map.of("message", "The control API failed on "
          + request.method() + " " + request.rawPath() + ": " + e), null);
    }
  }

  private Object route(ControlRequest r) throws ControlException {
    List<String> s = r.segments();
    String first = s.isEmpty() ? "" : s.get(0);
    if (s.size() == 1 && first.equals("health")) {
      methods(r, "GET");
      r.allowQuery();
      return WireText.members("status", "ok", "defaultRegion", settings.defaultRegion(),
          "accounts", accounts.all().size());
    }
    if (s.size() == 1 && first.equals("reset")) {
      methods(r, "POST");
      r.allowQuery();
      for (Accounts.Account account : accounts.all()) {
        faults.forget(account.ivsChat());
      }
      accounts.resetAll();
      return Map.of();
    }
    if (s.size() == 1 && first.equals("accounts")) {
      methods(r, "GET");
      r.allowQuery();
      List<Object> out = new ArrayList<>();
      for (Accounts.Account account : accounts.all()) {
        out.add(ControlAccount.summary(account));
      }
      return Map.of("accounts", out);
    }
    if (s.size() >= 2 && first.equals("accounts")) {
      ControlAccount account = ControlAccount.of(accounts, s.get(1), r.query("region"),
          settings.defaultRegion());
      return ControlAccountRoutes.route(r, s.subList(2, s.size()), account, this);
    }
    throw ControlException.notFound("No control API resource " + r.path()
        + " (see CONTROL-API.md: /_ivschat/health, /_ivschat/accounts, /_ivschat/reset,"
        + " /_ivschat/accounts/{accessKeyId}/...)");
  }

  Accounts accounts() {
    return accounts;
  }

  ControlFaults faults() {
    return faults;
  }

  ControlReviewHandlers reviewHandlers() {
    return reviewHandlers;
  }

  /** Refuses a method the resource does not take. */
  static void methods(ControlRequest r, String... allowed) throws ControlException {
    for (String method : allowed) {
      if (method.equals(r.method())) {
        return;
      }
    }
    throw ControlException.methodNotAllowed(r.method(), r.path(), List.of(allowed));
  }

  /** The one account of a summary, for {@code GET /_ivschat/accounts/{key}}. */
  Object summary(ControlAccount account) throws ControlException {
    IvsChat ivsChat = account.forRead();
    for (Accounts.Account a : accounts.all()) {
      if (a.ivsChat() == ivsChat) {
        return ControlAccount.summary(a);
      }
    }
    throw ControlException.notFound("The account " + account.key() + " is gone");
  }
}
