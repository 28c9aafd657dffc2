package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.IvsChatConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The server's settings, as the public builder collected them.
 *
 * @param host the address to bind
 * @param port the port, 0 for a free one
 * @param template the configuration of the accounts the server makes
 * @param credentials in strict mode the secret of each access key id; null accepts any
 *     well-formed signature
 * @param maxClockSkew how far a signed request's {@code X-Amz-Date} may be from the wall clock
 *     (strict mode)
 * @param wallClock the wall clock the skew is checked against
 * @param handshakeRefusalStatus the HTTP status for every refused chat handshake, or null for
 *     the status of each refusal's reason
 * @param maxRequestBytes the largest request body accepted
 * @param maxFrameBytes the largest chat WebSocket frame accepted
 */
public record ServerSettings(String host, int port, IvsChatConfig template,
    Map<String, String> credentials, Duration maxClockSkew,
    Clock wallClock, Integer handshakeRefusalStatus, int maxRequestBytes, int maxFrameBytes) {

  /**
   * The region the control API and {@code account(key)} mean when a call names none: the
   * template's.
   *
   * @return the region
   */
  public String defaultRegion() {
    return template.region();
  }
}
