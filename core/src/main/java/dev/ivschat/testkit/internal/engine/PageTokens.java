package dev.ivschat.testkit.internal.engine;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Opaque pagination tokens: a cursor (the list position of the last item returned) bound to the
 * list it came from and its exact filters, so that a page stays correct while resources are
 * created or deleted between calls, and a token cannot be replayed against another listing or
 * other filters. The filters are bound by a SHA-256 fingerprint (not a hash code, which different
 * filters share), which also keeps tokens short whatever the filters' length.
 */
final class PageTokens {
  private static final String VERSION = "c2";
  private static final int FINGERPRINT_BYTES = 12;

  private PageTokens() {
  }

  /** The fingerprint of a listing's filters; null filters differ from empty ones. */
  static String filters(String... values) {
    boolean none = true;
    for (String value : values) {
      none &= value == null;
    }
    if (none) {
      return "-";
    }
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
    for (String value : values) {
      if (value == null) {
        sha.update((byte) 0);
      } else {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) 1);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
      }
    }
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(Arrays.copyOf(sha.digest(), FINGERPRINT_BYTES));
  }

  static String encode(String listing, String filters, Catalog.Key key) {
    String raw = VERSION + "|" + listing + "|" + filters + "|" + key.updateMillis() + "|"
        + key.sequence() + "|" + key.id();
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor of a token, or null when the token is empty; throws a validation error if bad. */
  static Catalog.Key decode(String token, String listing, String filters) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] parts = raw.split("\\|", -1);
      if (parts.length != 6 || !parts[0].equals(VERSION) || !parts[1].equals(listing)
          || !parts[2].equals(filters)) {
        throw invalid(token, listing);
      }
      return new Catalog.Key(Long.parseLong(parts[3]), Long.parseLong(parts[4]), parts[5]);
    } catch (IllegalArgumentException e) {
      throw invalid(token, listing);
    }
  }

  private static ServiceErrorException invalid(String token, String listing) {
    Violations v = new Violations();
    String shown = token.length() > 64 ? token.substring(0, 64) + "..." : token;
    v.add("nextToken", "'" + shown + "'", "Member must be a nextToken returned by an earlier "
        + listing + " call with the same filters");
    return v.toException();
  }
}
