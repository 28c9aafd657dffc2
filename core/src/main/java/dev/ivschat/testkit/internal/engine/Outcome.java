package dev.ivschat.testkit.internal.engine;

/**
 * What a successful call returns to its front door.
 *
 * @param value the operation's result
 * @param requestId the request id the call was given
 * @param <R> the result type
 */
public record Outcome<R>(R value, String requestId) {
}
