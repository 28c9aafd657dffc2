package dev.ivschat.testkit;

import java.util.Objects;

/**
 * A room's message review handler, as the fake holds it.
 *
 * @param uri the Lambda function ARN that reviews messages (never empty: a room without a handler
 *     has no {@code ReviewHandler})
 * @param fallbackResult {@code "ALLOW"} or {@code "DENY"}, what happens when the handler fails
 */
public record ReviewHandler(String uri, String fallbackResult) {
  /** The service's default fallback result. */
  public static final String DEFAULT_FALLBACK_RESULT = "ALLOW";

  /**
   * Checks the components.
   *
   * @param uri the Lambda ARN
   * @param fallbackResult ALLOW or DENY
   */
  public ReviewHandler {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(fallbackResult, "fallbackResult");
  }
}
