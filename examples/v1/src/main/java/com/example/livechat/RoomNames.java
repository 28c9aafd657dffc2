package com.example.livechat;

/**
 * Turns a stream title into a valid IVS Chat room name: at most 128 characters of
 * {@code [a-zA-Z0-9-_]}.
 */
public final class RoomNames {
  /** The service's longest room name. */
  public static final int MAX_LENGTH = 128;

  private RoomNames() {
  }

  /**
   * The room name for a title: runs of other characters become one dash, leading and trailing
   * dashes go, and the result is cut to 128 characters; a title with nothing usable gives
   * {@code "stream"}.
   *
   * @param title any title
   * @return a valid room name
   */
  public static String fromTitle(String title) {
    StringBuilder name = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < title.length() && name.length() < MAX_LENGTH; i++) {
      char c = title.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_' || c == '-';
      if (ok) {
        name.append(c);
        dash = c == '-';
      } else if (!dash && name.length() > 0) {
        name.append('-');
        dash = true;
      }
    }
    while (name.length() > 0 && name.charAt(name.length() - 1) == '-') {
      name.setLength(name.length() - 1);
    }
    return name.length() == 0 ? "stream" : name.toString();
  }
}
