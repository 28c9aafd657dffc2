package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The server's accounts: one {@link IvsChat} per access key id and region, made on first use.
 * A 12-digit access key id is also the account id in the ARNs; any other key gets the template's
 * account id, with state of its own. Each account's ids are seeded from its key, so tokens and
 * ids differ between accounts and a chat token names its account.
 */
public final class Accounts implements AutoCloseable {
  private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");

  /**
   * An account's key.
   *
   * @param accessKeyId the access key id that signs its requests
   * @param region the region of the signature's scope
   */
  public record Key(String accessKeyId, String region) {
  }

  /**
   * An account and whether the server made it (and so may drop it) or a user bound it.
   *
   * @param key the key
   * @param ivsChat the state
   * @param bound true when {@link #bind} put it there
   */
  public record Account(Key key, IvsChat ivsChat, boolean bound) {
  }

  private final IvsChatConfig template;
  private final Map<Key, Account> accounts = new ConcurrentHashMap<>();

  /**
   * Accounts made from a template configuration.
   *
   * @param template every setting but the account id, region and id seed of new accounts
   */
  public Accounts(IvsChatConfig template) {
    this.template = template;
  }

  /** The account of a key, made now if it does not exist yet. */
  public IvsChat get(Key key) {
    return accounts.computeIfAbsent(key, k -> new Account(k, create(k), false)).ivsChat();
  }

  /** The account of a key, if it exists. */
  public Optional<IvsChat> find(Key key) {
    return Optional.ofNullable(accounts.get(key)).map(Account::ivsChat);
  }

  /** Serves a user's own IVS Chat to the requests of a key, in place of any account it had. */
  public void bind(Key key, IvsChat ivsChat) {
    Account old = accounts.put(key, new Account(key, ivsChat, true));
    if (old != null && !old.bound()) {
      old.ivsChat().close();
    }
  }

  /** Stops serving a key; an account the server made is closed. */
  public void remove(Key key) {
    Account old = accounts.remove(key);
    if (old != null && !old.bound()) {
      old.ivsChat().close();
    }
  }

  /** Every account, by key. */
  public List<Account> all() {
    List<Account> all = new ArrayList<>(accounts.values());
    all.sort(Comparator.comparing((Account a) -> a.key().accessKeyId())
        .thenComparing(a -> a.key().region()));
    return all;
  }

  /** The account that issued a chat token. */
  public Optional<IvsChat> byToken(String token) {
    for (Account account : accounts.values()) {
      if (!account.ivsChat().isClosed() && account.ivsChat().chatToken(token).isPresent()) {
        return Optional.of(account.ivsChat());
      }
    }
    return Optional.empty();
  }

  /** Drops the accounts the server made and resets the bound ones. */
  public void resetAll() {
    for (Account account : all()) {
      if (account.bound()) {
        account.ivsChat().reset();
      } else {
        remove(account.key());
      }
    }
  }

  private IvsChat create(Key key) {
    IvsChatConfig.Builder config = template.toBuilder()
        .region(key.region())
        .idSeed(template.idSeed() ^ seed(key));
    if (ACCOUNT_ID.matcher(key.accessKeyId()).matches()) {
      config.accountId(key.accessKeyId());
    }
    return new IvsChat(config.build());
  }

  private static long seed(Key key) {
    long h = 0xcbf29ce484222325L;
    for (byte b : (key.accessKeyId() + "/" + key.region()).getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    return h;
  }

  @Override
  public void close() {
    for (Account account : all()) {
      remove(account.key());
    }
  }
}
