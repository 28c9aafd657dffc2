package dev.ivschat.testkit.jqwik.internal;

/**
 * The alphabets of the model's string patterns. The patterns themselves come from core's
 * constraint table; a test checks that every string generated from these alphabets matches them.
 */
public final class Alphabets {
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String DIGITS = "0123456789";
  private static final String ALNUM_CHARS = LOWER + UPPER + DIGITS;

  /** {@code [a-zA-Z0-9-_]}: room and logging-configuration names, Lambda function names. */
  public static final Alphabet NAME = Alphabet.of("[a-zA-Z0-9-_]", ALNUM_CHARS + "-_");
  /** {@code [a-zA-Z0-9]}: message ids and the ids the service makes. */
  public static final Alphabet ALNUM = Alphabet.of("[a-zA-Z0-9]", ALNUM_CHARS);
  /** {@code [a-z0-9-.]}: S3 bucket names. */
  public static final Alphabet BUCKET = Alphabet.of("[a-z0-9-.]", LOWER + DIGITS + "-.");
  /** {@code [\.\-_/#A-Za-z0-9]}: CloudWatch Logs log group names. */
  public static final Alphabet LOG_GROUP = Alphabet.of("[\\.\\-_/#A-Za-z0-9]", ALNUM_CHARS + ".-_/#");
  /** {@code [a-zA-Z0-9_.-]}: Firehose delivery stream names. */
  public static final Alphabet DELIVERY_STREAM =
      Alphabet.of("[a-zA-Z0-9_.-]", ALNUM_CHARS + "_.-");
  /** Free text: user ids, event names, reasons, tags and attributes. */
  public static final Alphabet TEXT = Alphabet.anyText();

  private Alphabets() {
  }
}
