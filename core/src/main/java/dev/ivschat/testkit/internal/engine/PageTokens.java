package dev.ivschat.testkit.internal.engine;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque pagination tokens: a cursor (the list position of the last item returned) bound to the
 * list it came from, its exact filters, the fake that issued it and that fake's generation (bumped
 * by {@code reset()}), so that a page stays correct while resources are created or deleted between
 * calls, and no token can be replayed against another listing, other filters, another fake or the
 * state before a reset. The binding is an HMAC-SHA256 under a random key of this fake's; the
 * filters enter as a SHA-256 fingerprint, which keeps tokens short whatever the filters' length.
 * Not thread-safe: used under the engine lock.
 */
final class PageTokens {
  private static final String VERSION = "c3";
  private static final int FINGERPRINT_BYTES = 12;
  private static final int MAC_BYTES = 12;

  private final Mac mac;
  private long generation;

  PageTokens() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java platform has HmacSHA256", e);
    }
  }

  /** Invalidates every token issued so far. */
  void nextGeneration() {
    generation++;
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

  String encode(String listing, String filters, Catalog.Key key) {
    String cursor = key.updateMillis() + "|" + key.sequence() + "|" + key.id();
    String raw = VERSION + "|" + cursor + "|" + sign(listing, filters, cursor);
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor of a token, or null when the token is empty; throws a validation error if bad. */
  Catalog.Key decode(String token, String listing, String filters) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] parts = raw.split("\\|", -1);
      if (parts.length != 5 || !parts[0].equals(VERSION)) {
        throw invalid(token, listing);
      }
      String cursor = parts[1] + "|" + parts[2] + "|" + parts[3];
      if (!MessageDigest.isEqual(parts[4].getBytes(StandardCharsets.UTF_8),
          sign(listing, filters, cursor).getBytes(StandardCharsets.UTF_8))) {
        throw invalid(token, listing);
      }
      return new Catalog.Key(Long.parseLong(parts[1]), Long.parseLong(parts[2]), parts[3]);
    } catch (IllegalArgumentException e) {
      throw invalid(token, listing);
    }
  }

  private String sign(String listing, String filters, String cursor) {
    String signed = generation + "|" + listing + "|" + filters + "|" + cursor;
    byte[] digest = mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(Arrays.copyOf(digest, MAC_BYTES));
  }

  private static ServiceErrorException invalid(String token, String listing) {
    Violations v = new Violations();
    String shown = token.length() > 64 ? token.substring(0, 64) + "..." : token;
    v.add("nextToken", "'" + shown + "'", "Member must be a nextToken returned by an earlier "
        + listing + " call of this fake with the same filters");
    return v.toException();
  }
}
