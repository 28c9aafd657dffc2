package dev.ivschat.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of one chat connection, open or closed, for the control surface.
 *
 * @param id the connection's id in this fake ({@code conn-1}, {@code conn-2}, …)
 * @param roomArn the room
 * @param userId the token's user id
 * @param token the token it was opened with
 * @param connectTime when it opened
 * @param closeTime when it closed, if it has
 * @param closeReason why it closed, if it has
 * @param received every frame it has received, in delivery order
 */
public record ChatConnectionInfo(String id, String roomArn, String userId, String token,
    Instant connectTime, Optional<Instant> closeTime, Optional<CloseReason> closeReason,
    List<ChatFrame> received) {
  /**
   * Checks the components.
   *
   * @param id id
   * @param roomArn room
   * @param userId user
   * @param token token
   * @param connectTime open time
   * @param closeTime close time
   * @param closeReason close reason
   * @param received frames
   */
  public ChatConnectionInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(roomArn, "roomArn");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(connectTime, "connectTime");
    Objects.requireNonNull(closeTime, "closeTime");
    Objects.requireNonNull(closeReason, "closeReason");
    received = List.copyOf(received);
  }

  /**
   * Whether the connection is still open.
   *
   * @return true until it closes
   */
  public boolean isOpen() {
    return closeReason.isEmpty();
  }
}
