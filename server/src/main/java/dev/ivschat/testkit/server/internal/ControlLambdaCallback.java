package dev.ivschat.testkit.server.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * A message review Lambda played by an HTTP endpoint: the review event (the Lambda's JSON
 * payload) is POSTed to the URL, and the response body is the Lambda's JSON answer. A callback
 * that cannot connect, times out, answers a status other than 2xx or a body that is not a JSON
 * object throws, so the room's {@code fallbackResult} applies, as for a failed Lambda.
 *
 * @param url where to POST
 * @param timeout how long the whole exchange may take
 * @param client the HTTP client
 */
record ControlLambdaCallback(URI url, Duration timeout, HttpClient client)
    implements Function<Map<String, Object>, Map<String, Object>> {

  @Override
  public Map<String, Object> apply(Map<String, Object> event) {
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(Json.write(event)))
        .build();
    HttpResponse<byte[]> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpTimeoutException e) {
      throw new IllegalStateException("The review callback " + url + " did not answer within "
          + timeout, e);
    } catch (IOException e) {
      throw new UncheckedIOException("The review callback " + url + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while calling the review callback " + url, e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("The review callback " + url + " answered HTTP "
          + response.statusCode());
    }
    Object answer;
    try {
      answer = Json.parse(response.body());
    } catch (Json.MalformedException e) {
      throw new IllegalStateException("The review callback " + url + " answered a body that is"
          + " not JSON: " + e.getMessage());
    }
    if (!(answer instanceof Map<?, ?> map)) {
      throw new IllegalStateException("The review callback " + url + " answered "
          + Json.text(answer) + ", not a JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> object = (Map<String, Object>) map;
    return object;
  }
}
