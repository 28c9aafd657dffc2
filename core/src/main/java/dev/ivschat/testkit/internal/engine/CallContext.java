package dev.ivschat.testkit.internal.engine;

import java.time.Instant;

/**
 * What one call hands the operation it runs: its time on the fake's clock and its request id.
 *
 * @param now the call's time
 * @param requestId the call's request id
 */
public record CallContext(Instant now, String requestId) {
}
