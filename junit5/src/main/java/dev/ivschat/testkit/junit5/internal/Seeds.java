package dev.ivschat.testkit.junit5.internal;

import java.nio.charset.StandardCharsets;

/**
 * Derives a fake's id seed from the unique id of the test (or class) it belongs to, so a test gets
 * the same ids and tokens on every run, and different tests get different ones.
 *
 * <p>The hash covers the unique id below the JUnit Jupiter engine segment (for example
 * {@code [class:com.example.OrderTest]/[method:pays()]}), so the seed does not change when the
 * test runs inside a suite, and is 64-bit FNV-1a followed by the SplitMix64 finaliser: fixed by
 * this definition, not by the JVM.
 */
public final class Seeds {
  private static final String ENGINE_SEGMENT = "[engine:";

  private Seeds() {
  }

  /**
   * The seed for a unique id.
   *
   * @param uniqueId a JUnit unique id such as {@code [engine:junit-jupiter]/[class:A]/[method:b()]}
   * @return the seed
   */
  public static long of(String uniqueId) {
    return mix(fnv1a(belowEngine(uniqueId).getBytes(StandardCharsets.UTF_8)));
  }

  static String belowEngine(String uniqueId) {
    int engine = uniqueId.lastIndexOf(ENGINE_SEGMENT);
    if (engine < 0) {
      return uniqueId;
    }
    int end = uniqueId.indexOf("]/", engine);
    return end < 0 ? uniqueId : uniqueId.substring(end + 2);
  }

  private static long fnv1a(byte[] bytes) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : bytes) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
