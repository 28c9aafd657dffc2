package dev.ivschat.testkit.sdk2.fidelity;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivschat.IvschatAsyncClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;

/**
 * A stand-in for the service on loopback (JDK {@code HttpServer}) that answers every request with
 * one canned response, and the real v2 clients pointed at it (default Apache and Netty HTTP
 * clients, dummy static credentials, retries off), so tests can observe exactly what the real
 * clients make of a given response.
 */
final class RealService implements AutoCloseable {
  /** A request as it arrived. */
  record Received(String method, String rawPath, String rawQuery, String body) {
  }

  private record Canned(int status, Map<String, String> headers, String body) {
  }

  private final HttpServer server;
  private final ExecutorService handlers = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "real-service");
    t.setDaemon(true);
    return t;
  });
  private final List<Received> received = new ArrayList<>();
  private volatile Canned canned = new Canned(500, Map.of(), "");

  private RealService() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      synchronized (received) {
        received.add(new Received(exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(), body));
      }
      Canned c = canned;
      c.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      byte[] bytes = c.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(c.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        exchange.getResponseBody().write(bytes);
      }
      exchange.close();
    });
    server.setExecutor(handlers);
    server.start();
  }

  /**
   * Starts a server.
   *
   * @return the running server
   */
  static RealService start() {
    return new RealService();
  }

  /** Answers from now on with this response. */
  void answer(int status, Map<String, String> headers, String body) {
    canned = new Canned(status, new LinkedHashMap<>(headers), body);
  }

  /** Answers with a success: the request id header, and a JSON body unless it is a 204. */
  void answerSuccess(int status, String requestId, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("x-amzn-RequestId", requestId);
    if (status != 204) {
      headers.put("Content-Type", "application/json");
    }
    answer(status, headers, status == 204 ? "" : body);
  }

  /** The requests received so far, oldest first. */
  List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** A new real sync client (default Apache HTTP client); the caller closes it. */
  IvschatClient newSyncClient() {
    return IvschatClient.builder().endpointOverride(endpoint()).region(Region.US_EAST_1)
        .credentialsProvider(credentials())
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
  }

  /** A new real async client (default Netty HTTP client); the caller closes it. */
  IvschatAsyncClient newAsyncClient() {
    return IvschatAsyncClient.builder().endpointOverride(endpoint()).region(Region.US_EAST_1)
        .credentialsProvider(credentials())
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
  }

  private static StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret"));
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
  }
}
