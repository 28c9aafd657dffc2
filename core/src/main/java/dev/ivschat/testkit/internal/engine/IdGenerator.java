package dev.ivschat.testkit.internal.engine;

import java.util.SplittableRandom;

/**
 * Makes the fake's ids, chat tokens and request ids from one seeded generator, so that the same
 * seed and the same calls give the same values.
 */
final class IdGenerator {
  private static final char[] ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final char[] TOKEN_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  /** Real tokens start like this (an encrypted blob); kept so tokens look familiar in logs. */
  private static final String TOKEN_PREFIX = "AQICAH";
  private static final int TOKEN_RANDOM_CHARS = 150;

  private final long seed;
  private SplittableRandom random;

  IdGenerator(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  void reset() {
    random = new SplittableRandom(seed);
  }

  /** A 12-character {@code [a-zA-Z0-9]} id, as the service makes for rooms, events and more. */
  String id() {
    char[] c = new char[12];
    long bits = random.nextLong();
    for (int i = 0; i < 12; i++) {
      if (i == 10) {
        bits = random.nextLong();
      }
      c[i] = ALPHANUMERIC[(int) Long.remainderUnsigned(bits, ALPHANUMERIC.length)];
      bits = Long.divideUnsigned(bits, ALPHANUMERIC.length);
    }
    return new String(c);
  }

  /** An opaque chat token of {@code [A-Za-z0-9_-]} characters. */
  String token() {
    char[] c = new char[TOKEN_PREFIX.length() + TOKEN_RANDOM_CHARS];
    TOKEN_PREFIX.getChars(0, TOKEN_PREFIX.length(), c, 0);
    for (int i = TOKEN_PREFIX.length(); i < c.length; i += 10) {
      long bits = random.nextLong();
      for (int j = i; j < Math.min(i + 10, c.length); j++) {
        c[j] = TOKEN_CHARS[(int) (bits & 63)];
        bits >>>= 6;
      }
    }
    return new String(c);
  }

  /** A request id in the UUID form the service uses. */
  String requestId() {
    long hi = random.nextLong();
    long lo = random.nextLong();
    char[] c = new char[36];
    int p = 0;
    for (int i = 0; i < 32; i++) {
      if (i == 8 || i == 12 || i == 16 || i == 20) {
        c[p++] = '-';
      }
      long word = i < 16 ? hi : lo;
      int shift = 60 - 4 * (i % 16);
      c[p++] = HEX[(int) ((word >>> shift) & 15)];
    }
    return new String(c);
  }
}
