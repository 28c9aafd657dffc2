package dev.ivschat.testkit;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The Java functions that stand in for message review Lambdas, by Lambda ARN. A message sent to a
 * room whose {@code messageReviewHandler.uri} is a registered ARN is reviewed by that function;
 * a room whose handler is not registered applies its {@code fallbackResult}.
 *
 * <pre>{@code
 * ivsChat.reviewHandlers().register(lambdaArn,
 *     r -> r.content().contains("spam") ? Response.deny() : Response.allow(r));
 * }</pre>
 *
 * <p>Handlers run outside the engine's lock, so a handler may call the fake. Thread-safe.
 */
public final class ReviewHandlers {
  private final Map<String, Function<MessageReview.Request, MessageReview.Response>> handlers =
      new ConcurrentHashMap<>();

  /** An empty registry. */
  public ReviewHandlers() {
  }

  /**
   * Registers (or replaces) the function behind a Lambda ARN.
   *
   * @param lambdaArn the ARN a room's handler names
   * @param handler the review
   * @return this registry
   */
  public ReviewHandlers register(String lambdaArn,
      Function<MessageReview.Request, MessageReview.Response> handler) {
    handlers.put(Objects.requireNonNull(lambdaArn, "lambdaArn"),
        Objects.requireNonNull(handler, "handler"));
    return this;
  }

  /**
   * Removes the function behind a Lambda ARN.
   *
   * @param lambdaArn the ARN
   */
  public void unregister(String lambdaArn) {
    handlers.remove(Objects.requireNonNull(lambdaArn, "lambdaArn"));
  }

  /**
   * The function behind a Lambda ARN.
   *
   * @param lambdaArn the ARN
   * @return the function, if registered
   */
  public Optional<Function<MessageReview.Request, MessageReview.Response>> handler(
      String lambdaArn) {
    return Optional.ofNullable(handlers.get(Objects.requireNonNull(lambdaArn, "lambdaArn")));
  }

  /** Removes every function. */
  public void clear() {
    handlers.clear();
  }
}
