package dev.ivschat.testkit;

import java.util.LinkedHashMap;
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
   * Registers (or replaces) a function that speaks the review Lambda's own JSON payloads, as a
   * deployed handler does: it gets the request event as a map ({@code Content}, {@code MessageId},
   * {@code RoomArn}, {@code Attributes}, {@code Sender}) and answers a map with
   * {@code ReviewResult}, {@code Content} and {@code Attributes}. An answer of another shape counts
   * as an invalid answer, so the room's {@code fallbackResult} applies.
   *
   * <pre>{@code
   * ivsChat.reviewHandlers().registerLambda(lambdaArn, event -> Map.of("ReviewResult", "ALLOW",
   *     "Content", ((String) event.get("Content")).toUpperCase(), "Attributes", Map.of()));
   * }</pre>
   *
   * @param lambdaArn the ARN a room's handler names
   * @param handler the Lambda's handler, on JSON-like maps
   * @return this registry
   */
  public ReviewHandlers registerLambda(String lambdaArn,
      Function<Map<String, Object>, Map<String, Object>> handler) {
    Objects.requireNonNull(handler, "handler");
    return register(lambdaArn, request -> fromWire(handler.apply(request.toWire())));
  }

  /** The answer of a Lambda, read from its JSON payload; an ill-formed one is an exception. */
  private static MessageReview.Response fromWire(Map<String, Object> answer) {
    if (answer == null || !(answer.get("ReviewResult") instanceof String result)
        || (answer.get("Content") != null && !(answer.get("Content") instanceof String))) {
      throw new IllegalArgumentException("not a review answer: " + answer);
    }
    Object attributes = answer.get("Attributes");
    Map<String, String> strings = attributes == null ? null : new LinkedHashMap<>();
    if (attributes instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key) || !(e.getValue() instanceof String value)) {
          throw new IllegalArgumentException("review attributes must map strings to strings: "
              + attributes);
        }
        strings.put(key, value);
      }
    } else if (attributes != null) {
      throw new IllegalArgumentException("review attributes must be an object: " + attributes);
    }
    return new MessageReview.Response(result, (String) answer.get("Content"), strings);
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
