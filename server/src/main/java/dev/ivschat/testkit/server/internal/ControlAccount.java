package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.Operation;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The account a control request names: {@code /accounts/{accessKeyId}} and the query parameter
 * {@code region} (default: the server's default region). Reads of an account no request has
 * made yet are 404; writes make it, as the first signed call would, once the request is valid.
 */
final class ControlAccount {
  private static final Pattern REGION = Pattern.compile("[a-z0-9-]+");

  private final Accounts accounts;
  private final Accounts.Key key;

  private ControlAccount(Accounts accounts, Accounts.Key key) {
    this.accounts = accounts;
    this.key = key;
  }

  static ControlAccount of(Accounts accounts, String accessKeyId, String region,
      String defaultRegion) throws ControlException {
    if (accessKeyId.isEmpty()) {
      throw ControlException.notFound("The account's access key id is missing:"
          + " /_ivschat/accounts/{accessKeyId}/...");
    }
    if (region == null) {
      region = defaultRegion;
    } else if (!REGION.matcher(region).matches()) {
      throw ControlException.badField("region", region, "a region such as us-east-1");
    }
    return new ControlAccount(accounts, new Accounts.Key(accessKeyId, region));
  }

  Accounts.Key key() {
    return key;
  }

  /** The account, which must exist. */
  IvsChat forRead() throws ControlException {
    return accounts.find(key).orElseThrow(() -> ControlException.notFound("No account "
        + Json.text(key.accessKeyId()) + " in " + key.region() + ": no request has used that"
        + " access key id and region yet (GET /_ivschat/accounts lists the accounts)"));
  }

  /** The account, made now if it does not exist; call only once the request is valid. */
  IvsChat forWrite() {
    return accounts.get(key);
  }

  /** Whether the account exists now. */
  boolean exists() {
    return accounts.find(key).isPresent();
  }

  /** Drops an account {@link #forWrite} made for a request that then failed. */
  void discard() {
    accounts.remove(key);
  }

  static Map<String, Object> summary(Accounts.Account account) {
    return WireText.members("accessKeyId", account.key().accessKeyId(),
        "accountId", account.ivsChat().config().accountId(),
        "region", account.key().region(), "bound", account.bound(),
        "closed", account.ivsChat().isClosed());
  }

  /** An operation by its wire name, or a 400 naming the field. */
  static Operation operation(String field, String name) throws ControlException {
    try {
      return Operation.fromWireName(name);
    } catch (IllegalArgumentException e) {
      throw ControlException.badField(field, name, "an operation's wire name: " + String.join(
          ", ", Arrays.stream(Operation.values()).map(Operation::wireName).toList()));
    }
  }
}
