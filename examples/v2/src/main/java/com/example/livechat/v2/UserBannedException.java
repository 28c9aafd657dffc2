package com.example.livechat.v2;

/** A user banned from a room asked to join it again. */
public final class UserBannedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * The refusal.
   *
   * @param roomArn the room
   * @param userId the banned user
   */
  public UserBannedException(String roomArn, String userId) {
    super("user " + userId + " is banned from " + roomArn);
  }
}
