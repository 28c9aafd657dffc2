package dev.ivschat.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ivschat.testkit.ChatConnectionInfo;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.server.internal.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The real JS chat client ({@code amazon-ivs-chat-messaging} 1.1.1 on Node with {@code ws} as the
 * global WebSocket) against the server's chat WebSocket: runs {@code chat-client.test.mjs} once
 * with Node's test runner and reports each of its scenarios as one dynamic test.
 *
 * <p>The script makes rooms and tokens and calls SendEvent and DisconnectUser with the AWS SDK for
 * JavaScript v3 against the server; for what only Java can do (move an account's fake clock, read
 * its connections) it calls a small control server this test runs on loopback.
 */
class ChatClientTest {

  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration AWAIT = Duration.ofSeconds(10);
  private static final Pattern RESULT = Pattern.compile("^(not )?ok \\d+ - (.*?)(?: # .*)?$");
  private static final List<String> SCENARIOS = List.of(
      "connects on any path of the chat endpoint and the server sees the connection",
      "sendMessage resolves with the own echo, which the message listener also gets",
      "another user's message reaches the message listener",
      "deleteMessage resolves for the moderator and the others get messageDelete",
      "disconnectUser resolves and the kicked client ends with serverDisconnect, not a reconnect",
      "control-plane DisconnectUser ends the client with serverDisconnect",
      "a request without its capability rejects with a ChatError with errorCode 403",
      "a reused token fails the handshake and the client ends with socketError after its retries",
      "an unknown token fails the handshake with socketError",
      "a control-plane SendEvent reaches the client's event listener",
      "a session ending on the fake clock makes the client reconnect with a new token (ERROR 401)",
      "the client disconnecting closes its connection on the server",
      "a kick closes a raw ws socket with a clean close handshake (code 1000, the reason)");

  @TestFactory
  Stream<DynamicTest> the_real_js_chat_client_works_against_the_chat_websocket() throws Exception {
    Subprocess.Result result;
    try (IvsChatServer server = IvsChatServer.start()) {
      HttpServer control = control(server);
      try {
        result = NodeRunner.inTargetNode()
            .withServer(server.endpoint(), "AKIDUNUSEDBYCHATCLIENT")
            .withEnv("IVSCHAT_CHAT_ENDPOINT", server.chatEndpoint().toString())
            .withEnv("IVSCHAT_TEST_CONTROL", "http://127.0.0.1:" + control.getAddress().getPort())
            .withTimeout(RUN_TIMEOUT)
            .run("--test", "--test-reporter=tap", "chat-client.test.mjs");
      } finally {
        control.stop(0);
      }
    }
    System.out.println(result.stdout());
    Map<String, String> failures = new LinkedHashMap<>();
    List<String> passed = new ArrayList<>();
    parse(result.stdout(), passed, failures);

    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("node exits 0 with every scenario reported", () -> {
      assertThat(result.timedOut()).as(result.describe()).isFalse();
      assertThat(failures).as(result.describe()).isEmpty();
      assertThat(result.exitCode()).as(result.describe()).isZero();
      List<String> reported = new ArrayList<>(passed);
      assertThat(reported).as(result.describe()).containsExactlyInAnyOrderElementsOf(SCENARIOS);
    }));
    for (String scenario : SCENARIOS) {
      tests.add(DynamicTest.dynamicTest(scenario, () -> {
        if (failures.containsKey(scenario)) {
          throw new AssertionError(scenario + " failed in Node:\n" + failures.get(scenario)
              + "\n\nwhole run:\n" + result.describe());
        }
        assertThat(passed).as("reported as passed by Node\n" + result.describe())
            .contains(scenario);
      }));
    }
    return tests.stream();
  }

  /** Reads the top-level results of a TAP report: names that passed, and failures' details. */
  private static void parse(String tap, List<String> passed, Map<String, String> failures) {
    String[] lines = tap.split("\n");
    for (int i = 0; i < lines.length; i++) {
      Matcher m = RESULT.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      String name = m.group(2).replace("\\#", "#").replace("\\\\", "\\");
      if (m.group(1) == null) {
        passed.add(name);
        continue;
      }
      StringBuilder detail = new StringBuilder();
      for (int j = i + 1; j < lines.length && lines[j].startsWith("  "); j++) {
        detail.append(lines[j]).append('\n');
      }
      failures.put(name, detail.toString());
    }
  }

  /** The control the script calls for what only Java can do on the server. */
  private static HttpServer control(IvsChatServer server) throws IOException {
    HttpServer http = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService executor = Executors.newCachedThreadPool(r -> {
      Thread thread = new Thread(r, "chat-client-control");
      thread.setDaemon(true);
      return thread;
    });
    http.setExecutor(executor);
    http.createContext("/advance", exchange -> answer(exchange, () -> {
      Map<String, String> q = query(exchange);
      IvsChat account = server.account(q.get("account"));
      return Map.of("now", account.clock().advance(
          Duration.ofSeconds(Long.parseLong(q.get("seconds")))).toString());
    }));
    http.createContext("/connections", exchange -> answer(exchange, () ->
        describe(server.account(query(exchange).get("account")).connections())));
    http.createContext("/await-closed", exchange -> answer(exchange, () -> {
      Map<String, String> q = query(exchange);
      IvsChat account = server.account(q.get("account"));
      String userId = q.get("userId");
      int count = Integer.parseInt(q.getOrDefault("count", "1"));
      long deadline = System.nanoTime() + AWAIT.toNanos();
      while (true) {
        List<ChatConnectionInfo> of = account.connections().stream()
            .filter(c -> c.userId().equals(userId)).toList();
        if (of.stream().filter(c -> !c.isOpen()).count() >= count) {
          return describe(of);
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("after " + AWAIT + " fewer than " + count
              + " connections of " + userId + " had closed: " + describe(of));
        }
        // the server closes the engine connection on its own thread after the client saw the
        // close; wait for it, bounded
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
      }
    }));
    http.start();
    return http;
  }

  private static List<Map<String, Object>> describe(List<ChatConnectionInfo> connections) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ChatConnectionInfo c : connections) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("id", c.id());
      one.put("userId", c.userId());
      one.put("roomArn", c.roomArn());
      one.put("open", c.isOpen());
      one.put("closeKind", c.closeReason().map(r -> r.kind().name()).orElse(null));
      one.put("closeText", c.closeReason().map(r -> r.text()).orElse(null));
      one.put("received", c.received().size());
      out.add(one);
    }
    return out;
  }

  private interface Body {
    Object get() throws Exception;
  }

  private static void answer(HttpExchange exchange, Body body) throws IOException {
    int status;
    byte[] bytes;
    try {
      bytes = Json.write(body.get());
      status = 200;
    } catch (Exception | AssertionError e) {
      bytes = Json.write(Map.of("message", String.valueOf(e)));
      status = 500;
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> out = new LinkedHashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return out;
  }
}
