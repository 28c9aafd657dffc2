package dev.ivschat.testkit.server;

import static dev.ivschat.testkit.server.ControlApiTest.KEY;
import static dev.ivschat.testkit.server.ControlApiTest.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.MessageReview;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.server.internal.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Review handlers registered over the control API: the server POSTs each review event to an
 * HTTP endpoint (here a JDK {@link HttpServer} playing the Lambda) and applies its JSON answer;
 * an endpoint that fails, times out or answers garbage is a failed Lambda, so the room's
 * {@code fallbackResult} applies.
 */
@Timeout(60)
class ControlReviewHandlersTest {
  private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:review";
  private static final String PATH = "/_ivschat/accounts/" + KEY + "/review-handlers/"
      + ControlApiTest.Http.encode(LAMBDA);

  private IvsChatServer server;
  private ControlApiTest.Http http;
  private HttpServer lambda;
  private final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void start() throws IOException {
    server = IvsChatServer.builder().clockStart(ControlApiTest.START)
        .clockStep(Duration.ZERO).start();
    http = new ControlApiTest.Http(server.endpoint());
    lambda = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    answer("/upper", 200, event -> Json.text(Map.of("ReviewResult", "ALLOW",
        "Content", ((String) event.get("Content")).toUpperCase(),
        "Attributes", Map.of("reviewed", "yes"))));
    answer("/deny", 200, event -> Json.text(Map.of("ReviewResult", "DENY",
        "Attributes", Map.of("Reason", "no shouting"))));
    answer("/garbage", 200, event -> "this is not JSON");
    answer("/array", 200, event -> "[\"ALLOW\"]");
    answer("/broken", 500, event -> "{\"errorMessage\":\"crashed\"}");
    answer("/hang", 200, event -> {
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "{}";
    });
    lambda.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    lambda.stop(0);
    server.close();
  }

  private void answer(String path, int status, Function<Map<String, Object>, String> body) {
    lambda.createContext(path, exchange -> {
      try (exchange) {
        @SuppressWarnings("unchecked")
        Map<String, Object> event = (Map<String, Object>) Json.parse(
            exchange.getRequestBody().readAllBytes());
        events.add(event);
        respond(exchange, status, body.apply(event));
      } catch (Json.MalformedException e) {
        respond(exchange, 400, "bad event");
      }
    });
  }

  private static void respond(HttpExchange exchange, int status, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + lambda.getAddress().getPort() + path;
  }

  private ChatConnection alice(String fallbackResult) {
    IvsChat account = server.account(KEY);
    Room room = account.call(new IvsChatRequest.CreateRoom("reviewed", null, null,
        new IvsChatRequest.MessageReviewHandler(LAMBDA, fallbackResult), null, null)).value();
    return account.connect(ControlApiTest.token(account, room, "alice"));
  }

  @Test
  void anAllowWithOtherContentDeliversWhatTheEndpointAnswered() {
    ControlApiTest.Http.Answer registered = http.put(PATH, "{\"url\":\"" + url("/upper") + "\"}");
    assertThat(registered.object()).isEqualTo(Map.of("lambdaArn", LAMBDA, "url", url("/upper"),
        "timeout", "PT5S"));
    ChatConnection alice = alice("DENY");

    alice.sendMessage("hello", Map.of("a", "b"));

    assertThat(alice.messages()).singleElement().satisfies(m -> {
      assertThat(m.content()).isEqualTo("HELLO");
      assertThat(m.attributes()).isEqualTo(Map.of("reviewed", "yes"));
    });
    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event).containsEntry("Content", "hello")
          .containsEntry("Attributes", Map.of("a", "b"))
          .containsEntry("RoomArn", alice.roomArn())
          .containsEntry("MessageId", alice.messages().get(0).id());
      assertThat(obj(event.get("Sender"))).containsEntry("UserId", "alice")
          .containsEntry("Ip", "127.0.0.1");
    });
    assertThat(http.get("/_ivschat/accounts/" + KEY + "/message-reviews")
        .list("messageReviews")).singleElement().satisfies(r -> assertThat(obj(r))
            .containsEntry("outcome", "REWRITTEN").containsEntry("detail", "")
            .containsEntry("request", events.get(0))
            .containsEntry("response", Map.of("ReviewResult", "ALLOW", "Content", "HELLO",
                "Attributes", Map.of("reviewed", "yes"))));
  }

  @Test
  void aDenyDeliversNothingAndTellsTheSender() {
    http.put(PATH, "{\"url\":\"" + url("/deny") + "\"}");
    ChatConnection alice = alice("ALLOW");

    alice.sendMessage("HELLO");

    assertThat(alice.messages()).isEmpty();
    assertThat(alice.errors()).singleElement().satisfies(e -> {
      assertThat(e.errorCode()).isEqualTo(406);
      assertThat(e.errorMessage()).contains("no shouting");
    });
    assertThat(server.account(KEY).messageReviews()).extracting(MessageReview::outcome)
        .containsExactly(MessageReview.Outcome.DENIED);
  }

  @Test
  void anEndpointThatAnswersGarbageFailsOrTimesOutGetsTheRoomsFallback() {
    ChatConnection alice = alice("ALLOW");
    http.put(PATH, "{\"url\":\"" + url("/garbage") + "\"}");
    alice.sendMessage("one");
    http.put(PATH, "{\"url\":\"" + url("/array") + "\"}");
    alice.sendMessage("two");
    http.put(PATH, "{\"url\":\"" + url("/broken") + "\"}");
    alice.sendMessage("three");
    http.put(PATH, "{\"url\":\"" + url("/hang") + "\",\"timeout\":\"PT0.3S\"}");
    alice.sendMessage("four");
    release.countDown();
    http.put(PATH, "{\"url\":\"http://127.0.0.1:1/nobody-listens\"}");
    alice.sendMessage("five");

    assertThat(alice.messages()).extracting(m -> m.content())
        .containsExactly("one", "two", "three", "four", "five");
    List<MessageReview> reviews = server.account(KEY).messageReviews();
    assertThat(reviews).extracting(MessageReview::outcome)
        .containsOnly(MessageReview.Outcome.FALLBACK_ALLOWED);
    assertThat(reviews).extracting(MessageReview::detail).satisfiesExactly(
        d -> assertThat(d).contains("not JSON"),
        d -> assertThat(d).contains("not a JSON object"),
        d -> assertThat(d).contains("HTTP 500"),
        d -> assertThat(d).contains("did not answer within PT0.3S"),
        d -> assertThat(d).contains("failed"));
  }

  @Test
  void aFailingEndpointInARoomWithFallbackDenyRejectsTheMessage() {
    http.put(PATH, "{\"url\":\"" + url("/garbage") + "\"}");
    ChatConnection alice = alice("DENY");

    alice.sendMessage("hello");

    assertThat(alice.messages()).isEmpty();
    assertThat(alice.errors()).extracting(e -> e.errorCode()).containsExactly(406);
    assertThat(server.account(KEY).messageReviews()).extracting(MessageReview::outcome)
        .containsExactly(MessageReview.Outcome.FALLBACK_DENIED);
  }

  @Test
  void handlersAreListedAndRemovedOneByOneOrAll() {
    String handlers = "/_ivschat/accounts/" + KEY + "/review-handlers";
    http.put(PATH, "{\"url\":\"" + url("/upper") + "\"}");
    http.put(handlers + "/other-arn", "{\"url\":\"" + url("/deny") + "\",\"timeout\":\"PT1S\"}");

    assertThat(http.get(handlers).list("reviewHandlers")).containsExactly(
        Map.of("lambdaArn", LAMBDA, "url", url("/upper"), "timeout", "PT5S"),
        Map.of("lambdaArn", "other-arn", "url", url("/deny"), "timeout", "PT1S"));

    assertThat(http.delete(PATH).object()).isEmpty();
    assertThat(server.account(KEY).reviewHandlers().handler(LAMBDA)).isEmpty();
    assertThat(http.get(handlers).list("reviewHandlers")).hasSize(1);
    ChatConnection alice = alice("DENY");
    alice.sendMessage("unreviewed");
    assertThat(alice.errors()).hasSize(1);
    assertThat(events).isEmpty();

    assertThat(http.delete(handlers).object()).isEmpty();
    assertThat(server.account(KEY).reviewHandlers().handler("other-arn")).isEmpty();
    assertThat(http.get(handlers).list("reviewHandlers")).isEmpty();
  }

  @Test
  void aHandlerReplacedInJavaIsNoLongerListed() {
    http.put(PATH, "{\"url\":\"" + url("/upper") + "\"}");
    server.account(KEY).reviewHandlers().register(LAMBDA, MessageReview.Response::allow);

    assertThat(http.get("/_ivschat/accounts/" + KEY + "/review-handlers")
        .list("reviewHandlers")).isEmpty();
  }
}
