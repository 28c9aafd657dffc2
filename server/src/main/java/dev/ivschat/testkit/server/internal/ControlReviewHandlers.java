package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.MessageReview;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * {@code .../review-handlers}: registers HTTP endpoints as message review Lambdas
 * ({@link dev.ivschat.testkit.ReviewHandlers#registerLambda}), and lists the ones still
 * registered.
 */
final class ControlReviewHandlers {
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration MAX_TIMEOUT = Duration.ofMinutes(1);

  private record Registered(String lambdaArn, ControlLambdaCallback callback,
      Function<MessageReview.Request, MessageReview.Response> handler) {
    Map<String, Object> view() {
      return WireText.members("lambdaArn", lambdaArn, "url", callback.url().toString(),
          "timeout", callback.timeout().toString());
    }
  }

  /** Made with the first handler: a JDK HttpClient loads TLS and costs a cold start 200 ms. */
  private HttpClient client;
  private final Map<IvsChat, Map<String, Registered>> registered = new WeakHashMap<>();

  private synchronized HttpClient client() {
    if (client == null) {
      client = HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(DEFAULT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
    }
    return client;
  }

  Object put(String lambdaArn, ControlBody body, ControlAccount account)
      throws ControlException {
    body.allow("url", "timeout");
    String text = body.string("url");
    if (text == null) {
      throw ControlException.badRequest("Bad body: the member url is missing (the http:// URL"
          + " the server POSTs each review event to)");
    }
    URI url;
    try {
      url = new URI(text);
    } catch (URISyntaxException e) {
      url = null;
    }
    if (url == null || !("http".equalsIgnoreCase(url.getScheme())
        || "https".equalsIgnoreCase(url.getScheme())) || url.getHost() == null) {
      throw ControlException.badField("url", text,
          "an absolute http:// or https:// URL such as \"http://127.0.0.1:9000/review\"");
    }
    Duration timeout = DEFAULT_TIMEOUT;
    String timeoutText = body.string("timeout");
    if (timeoutText != null) {
      try {
        timeout = Duration.parse(timeoutText);
      } catch (DateTimeParseException e) {
        timeout = Duration.ZERO;
      }
      if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
        throw ControlException.badField("timeout", timeoutText,
            "an ISO-8601 duration above zero and up to " + MAX_TIMEOUT + ", such as \"PT5S\"");
      }
    }
    ControlLambdaCallback callback = new ControlLambdaCallback(url, timeout, client());
    IvsChat ivsChat = account.forWrite();
    ivsChat.reviewHandlers().registerLambda(lambdaArn, callback);
    Registered entry = new Registered(lambdaArn, callback,
        ivsChat.reviewHandlers().handler(lambdaArn).orElseThrow());
    synchronized (registered) {
      registered.computeIfAbsent(ivsChat, k -> new LinkedHashMap<>()).put(lambdaArn, entry);
    }
    return entry.view();
  }

  /** The callbacks this API registered that are still the account's handlers. */
  Object list(IvsChat ivsChat) {
    List<Object> out = new ArrayList<>();
    synchronized (registered) {
      for (Registered r : registered.getOrDefault(ivsChat, Map.of()).values()) {
        Optional<Function<MessageReview.Request, MessageReview.Response>> now =
            ivsChat.reviewHandlers().handler(r.lambdaArn());
        if (now.isPresent() && now.get() == r.handler()) {
          out.add(r.view());
        }
      }
    }
    return Map.of("reviewHandlers", out);
  }

  /** Removes the handler of one ARN, whoever registered it. */
  Object remove(String lambdaArn, ControlAccount account) throws ControlException {
    IvsChat ivsChat = account.forRead();
    if (ivsChat.reviewHandlers().handler(lambdaArn).isEmpty()) {
      throw ControlException.notFound("No review handler is registered for "
          + Json.text(lambdaArn) + " on this account");
    }
    ivsChat.reviewHandlers().unregister(lambdaArn);
    synchronized (registered) {
      registered.getOrDefault(ivsChat, new LinkedHashMap<>()).remove(lambdaArn);
    }
    return Map.of();
  }

  /** Removes every handler of the account, whoever registered it. */
  Object clear(ControlAccount account) {
    if (!account.exists()) {
      return Map.of();
    }
    IvsChat ivsChat = account.forWrite();
    ivsChat.reviewHandlers().clear();
    synchronized (registered) {
      registered.remove(ivsChat);
    }
    return Map.of();
  }
}
