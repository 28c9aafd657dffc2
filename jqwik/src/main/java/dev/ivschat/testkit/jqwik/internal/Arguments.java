package dev.ivschat.testkit.jqwik.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/** Checks of the arguments users pass to the factories. */
public final class Arguments {
  private static final Pattern ROOM_ARN = Pattern.compile(Model.ROOM_IDENTIFIER.pattern());

  private Arguments() {
  }

  /**
   * Checks that a room ARN is one the service accepts, so that requests built on it are valid.
   *
   * @param roomArn the ARN
   * @return the ARN
   * @throws IllegalArgumentException naming the ARN and the pattern it must match
   */
  public static String roomArn(String roomArn) {
    Objects.requireNonNull(roomArn, "roomArn");
    if (roomArn.length() > Model.ROOM_IDENTIFIER.max() || !ROOM_ARN.matcher(roomArn).matches()) {
      throw new IllegalArgumentException("roomArn must be a room ARN of at most "
          + Model.ROOM_IDENTIFIER.max() + " characters matching " + Model.ROOM_IDENTIFIER.pattern()
          + ", but was '" + roomArn + "'");
    }
    return roomArn;
  }
}
