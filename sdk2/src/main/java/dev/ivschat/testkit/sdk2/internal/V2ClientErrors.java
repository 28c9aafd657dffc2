package dev.ivschat.testkit.sdk2.internal;

import java.util.concurrent.RejectedExecutionException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The failures the real v2 clients raise themselves, without a service response, for calls the
 * fake must refuse the same way (observed with {@code ivschat} 2.40.2 and its default HTTP
 * clients).
 */
public final class V2ClientErrors {
  private V2ClientErrors() {
  }

  /**
   * What both clients throw, at once, for a null request object (the JVM's message for the
   * client's first use of it).
   *
   * @return the exception
   */
  public static NullPointerException nullRequest() {
    return new NullPointerException("Cannot invoke \"software.amazon.awssdk.core.SdkRequest"
        + ".overrideConfiguration()\" because \"request\" is null");
  }

  /**
   * What a closed sync client (default Apache HTTP client) throws: the connection pool's
   * exception, not wrapped and not retried.
   *
   * @return the exception
   */
  public static IllegalStateException syncClientClosed() {
    return new IllegalStateException("Connection pool shut down");
  }

  /**
   * What the future of a closed async client (default Netty HTTP client) fails with, inside a
   * {@link java.util.concurrent.CompletionException}.
   *
   * @return the exception
   */
  public static SdkClientException asyncClientClosed() {
    return SdkClientException.builder()
        .message("Unable to execute HTTP request: event executor terminated")
        .cause(new RejectedExecutionException("event executor terminated")).numAttempts(1)
        .build();
  }
}
