package dev.ivschat.testkit.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque pagination tokens: a cursor (the list position of the last item returned) bound to the
 * list it came from and its filters, so that a page stays correct while resources are created or
 * deleted between calls, and a token cannot be replayed against another listing.
 */
final class PageTokens {
  private static final String VERSION = "c1";

  private PageTokens() {
  }

  static String encode(String listing, int filterHash, Catalog.Key key) {
    String raw = VERSION + "|" + listing + "|" + Integer.toHexString(filterHash) + "|"
        + key.updateMillis() + "|" + key.sequence() + "|" + key.id();
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor of a token, or null when the token is empty; throws a validation error if bad. */
  static Catalog.Key decode(String token, String listing, int filterHash) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] parts = raw.split("\\|", -1);
      if (parts.length != 6 || !parts[0].equals(VERSION) || !parts[1].equals(listing)) {
        throw invalid(token, listing);
      }
      if (!parts[2].equals(Integer.toHexString(filterHash))) {
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
