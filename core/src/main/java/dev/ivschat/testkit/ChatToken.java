package dev.ivschat.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A chat token issued by {@code CreateChatToken}, with everything the fake remembers about it.
 *
 * @param token the opaque token ({@code [A-Za-z0-9_-]} only)
 * @param roomArn the room it opens
 * @param userId the user it was issued for
 * @param capabilities the granted capabilities ({@code SEND_MESSAGE}, {@code DISCONNECT_USER},
 *     {@code DELETE_MESSAGE}), as requested
 * @param attributes the token's attributes
 * @param createTime when it was issued
 * @param tokenExpirationTime when the token stops being usable to connect
 * @param sessionExpirationTime when a session opened with it ends
 */
public record ChatToken(
    String token,
    String roomArn,
    String userId,
    List<String> capabilities,
    Map<String, String> attributes,
    Instant createTime,
    Instant tokenExpirationTime,
    Instant sessionExpirationTime) {

  /**
   * Checks and copies the components.
   *
   * @param token token
   * @param roomArn room
   * @param userId user
   * @param capabilities capabilities
   * @param attributes attributes
   * @param createTime issue time
   * @param tokenExpirationTime token expiry
   * @param sessionExpirationTime session expiry
   */
  public ChatToken {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(roomArn, "roomArn");
    Objects.requireNonNull(userId, "userId");
    capabilities = List.copyOf(capabilities);
    attributes = Snapshots.ordered(attributes);
    Objects.requireNonNull(createTime, "createTime");
    Objects.requireNonNull(tokenExpirationTime, "tokenExpirationTime");
    Objects.requireNonNull(sessionExpirationTime, "sessionExpirationTime");
  }

  /**
   * Whether the token can still be used to connect at the given instant.
   *
   * @param now an instant, usually the fake's clock
   * @return true before {@link #tokenExpirationTime()}
   */
  public boolean isUsableAt(Instant now) {
    return now.isBefore(tokenExpirationTime);
  }

  /**
   * Whether a session opened with this token is still alive at the given instant.
   *
   * @param now an instant, usually the fake's clock
   * @return true before {@link #sessionExpirationTime()}
   */
  public boolean isSessionAliveAt(Instant now) {
    return now.isBefore(sessionExpirationTime);
  }
}
