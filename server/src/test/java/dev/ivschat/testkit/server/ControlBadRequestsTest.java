package dev.ivschat.testkit.server;

import static dev.ivschat.testkit.server.ControlApiTest.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a control request can be refused: 400 naming the bad field and value, 404 for an
 * unknown resource or account, 405 for a wrong method, each as {@code {"message": ...}} and
 * none changing any state.
 */
@Timeout(60)
class ControlBadRequestsTest {
  private static final String A = "/_ivschat/accounts/" + KEY;
  private static final String LAMBDA = "/review-handlers/"
      + "arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Areview";

  private IvsChatServer server;
  private ControlApiTest.Http http;

  @BeforeEach
  void start() {
    server = IvsChatServer.builder().clockStart(ControlApiTest.START)
        .clockStep(Duration.ZERO).start();
    http = new ControlApiTest.Http(server.endpoint());
    IvsChat account = server.account(KEY);
    account.call(IvsChatRequest.CreateRoom.named("lobby"));
    http.post(A + "/faults", "{\"operation\":\"DeleteRoom\",\"error\":\"ConflictException\"}");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        // method, path, body, the words the message must contain
        bad("POST", A + "/clock", "{\"advance\":", "Bad body", "Malformed JSON"),
        bad("POST", A + "/clock", "[1]", "Bad body", "[1]", "a JSON object"),
        bad("POST", A + "/clock", "", "The body is missing"),
        bad("POST", A + "/clock", "{\"advance\":\"5 minutes\"}", "advance", "\"5 minutes\"",
            "ISO-8601"),
        bad("POST", A + "/clock", "{\"advance\":\"-PT1M\"}", "advance", "\"-PT1M\""),
        bad("POST", A + "/clock", "{\"advance\":\"PT999999999999S\"}", "advance",
            "9999-12-30"),
        bad("POST", A + "/clock", "{\"advance\":5}", "advance", "5", "a string"),
        bad("POST", A + "/clock", "{\"set\":\"tomorrow\"}", "set", "\"tomorrow\"", "RFC 3339"),
        bad("POST", A + "/clock", "{\"advance\":\"PT1M\",\"set\":\"2026-01-01T00:00:00Z\"}",
            "exactly one of advance"),
        bad("POST", A + "/clock", "{\"adavnce\":\"PT1M\"}", "Unknown member", "\"adavnce\""),
        bad("POST", A + "/faults", "{\"operation\":\"MakeRoom\",\"error\":\"ThrottlingException\"}",
            "operation", "\"MakeRoom\"", "CreateRoom"),
        bad("POST", A + "/faults", "{\"operation\":\"CreateRoom\"}", "error is missing"),
        bad("POST", A + "/faults", "{\"error\":\"Throttled\"}", "error code", "\"Throttled\"",
            "ThrottlingException"),
        bad("POST", A + "/faults", "{\"error\":{\"message\":\"x\"}}", "code is missing"),
        bad("POST", A + "/faults", "{\"error\":{\"code\":\"ThrottlingException\",\"limit\":-1}}",
            "limit", "-1"),
        bad("POST", A + "/faults", "{\"error\":7}", "error", "7"),
        bad("POST", A + "/faults", "{\"error\":\"ThrottlingException\",\"nthCall\":0}",
            "nthCall", "0"),
        bad("POST", A + "/faults", "{\"error\":\"ThrottlingException\",\"times\":\"2\"}",
            "times", "\"2\"", "an integer"),
        bad("POST", A + "/faults",
            "{\"error\":\"ThrottlingException\",\"nthCall\":1,\"times\":1}", "not both"),
        bad("POST", A + "/faults", "{\"operation\":\"CreateRoom\",\"error\":\"ThrottlingException\","
            + "\"when\":{\"roomName\":\"x\"}}", "when", "\"roomName\"", "name"),
        bad("POST", A + "/faults", "{\"error\":\"ThrottlingException\",\"when\":{\"name\":[1]}}",
            "when.name", "[1]"),
        bad("POST", A + "/faults/account", "{}", "at least one of pendingVerification"),
        bad("POST", A + "/faults/account", "{\"accessDenied\":\"yes\"}", "accessDenied",
            "\"yes\"", "true or false"),
        bad("PUT", A + LAMBDA, "{}", "url is missing"),
        bad("PUT", A + LAMBDA, "{\"url\":\"ftp://127.0.0.1/x\"}", "url", "\"ftp://127.0.0.1/x\""),
        bad("PUT", A + LAMBDA, "{\"url\":\"not a url\"}", "url", "\"not a url\""),
        bad("PUT", A + LAMBDA, "{\"url\":\"http://127.0.0.1:1/x\",\"timeout\":\"5s\"}",
            "timeout", "\"5s\""),
        bad("PUT", A + LAMBDA, "{\"url\":\"http://127.0.0.1:1/x\",\"timeout\":\"PT2M\"}",
            "timeout", "\"PT2M\""),
        bad("GET", A + "/calls?last=-1", null, "last", "\"-1\""),
        bad("GET", A + "/calls?last=many", null, "last", "\"many\""),
        bad("GET", A + "/calls?operation=createRoom", null, "operation", "\"createRoom\""),
        bad("GET", A + "/calls?operation=CreateRoom&operation=GetRoom", null, "given twice"),
        bad("GET", A + "/state?regoin=us-east-1", null, "Unknown query parameter",
            "\"regoin\""),
        bad("GET", A + "/state?region=US_EAST", null, "region", "\"US_EAST\""),
        bad("GET", A + "/state?region=%C3%28", null, "percent-encoded"));
  }

  private static Arguments bad(String method, String path, String body, String... words) {
    return Arguments.of(method, path, body, List.of(words));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("badRequests")
  void aBadRequestIs400NamingTheFieldAndChangesNothing(String method, String path, String body,
      List<String> words) {
    Object before = snapshot();

    ControlApiTest.Http.Answer answer = http.send(method, path, body);

    assertThat(answer.status()).as("%s", answer.json()).isEqualTo(400);
    assertThat(answer.object()).containsOnlyKeys("message");
    assertThat(answer.message()).contains(words);
    assertThat(snapshot()).isEqualTo(before);
  }

  static Stream<Arguments> unknownResources() {
    return Stream.of(
        Arguments.of("GET", "/_ivschat"),
        Arguments.of("GET", "/_ivschat/"),
        Arguments.of("GET", "/_ivschat/healthz"),
        Arguments.of("GET", "/_ivschat/accounts/"),
        Arguments.of("GET", A + "/rooms"),
        Arguments.of("GET", A + "/state/"),
        Arguments.of("GET", A + "/connections/conn-1/frames"),
        Arguments.of("GET", A + "/connections/conn-1"),
        Arguments.of("GET", A + "/faults/fault-99"),
        Arguments.of("DELETE", A + "/faults/fault-99"),
        Arguments.of("DELETE", A + LAMBDA),
        Arguments.of("GET", A + "/events?roomArn=nosuchroom12"),
        Arguments.of("GET", "/_ivschat/accounts/AKIDNOBODY"),
        Arguments.of("GET", "/_ivschat/accounts/AKIDNOBODY/state"),
        Arguments.of("GET", "/_ivschat/accounts/AKIDNOBODY/calls"),
        Arguments.of("GET", "/_ivschat/accounts/AKIDNOBODY/clock"),
        Arguments.of("GET", "/_ivschat/accounts/AKIDNOBODY/faults"),
        Arguments.of("GET", A + "/state?region=eu-west-1"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("unknownResources")
  void anUnknownResourceOrAccountIs404AndChangesNothing(String method, String path) {
    Object before = snapshot();

    ControlApiTest.Http.Answer answer = http.send(method, path, null);

    assertThat(answer.status()).as("%s", answer.json()).isEqualTo(404);
    assertThat(answer.object()).containsOnlyKeys("message");
    assertThat(snapshot()).isEqualTo(before);
  }

  static Stream<Arguments> wrongMethods() {
    return Stream.of(
        Arguments.of("POST", "/_ivschat/health", "GET"),
        Arguments.of("GET", "/_ivschat/reset", "POST"),
        Arguments.of("DELETE", "/_ivschat/accounts", "GET"),
        Arguments.of("GET", A + "/reset", "POST"),
        Arguments.of("PUT", A + "/clock", "GET, POST"),
        Arguments.of("PUT", A + "/faults", "GET, POST, DELETE"),
        Arguments.of("GET", A + "/faults/account", "POST"),
        Arguments.of("POST", A + "/review-handlers", "GET, DELETE"),
        Arguments.of("GET", A + LAMBDA, "PUT, DELETE"),
        Arguments.of("DELETE", A + "/state", "GET"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("wrongMethods")
  void aWrongMethodIs405WithTheAllowedMethods(String method, String path, String allowed) {
    Object before = snapshot();

    ControlApiTest.Http.Answer answer = http.send(method, path, "{}");

    assertThat(answer.status()).as("%s", answer.json()).isEqualTo(405);
    assertThat(answer.header("allow")).isEqualTo(allowed);
    assertThat(answer.message()).contains(allowed, method);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aRefusedWriteToAnUnknownAccountDoesNotMakeIt() {
    String nobody = "/_ivschat/accounts/AKIDNOBODY";
    assertThat(http.post(nobody + "/clock", "{\"advance\":\"nope\"}").status()).isEqualTo(400);
    assertThat(http.post(nobody + "/clock", "{\"advance\":\"PT999999999999S\"}").status())
        .isEqualTo(400);
    assertThat(http.post(nobody + "/faults", "{\"error\":\"Nope\"}").status()).isEqualTo(400);
    assertThat(http.put(nobody + LAMBDA, "{\"url\":\"x\"}").status()).isEqualTo(400);
    assertThat(http.delete(nobody + "/faults").status()).isEqualTo(200);
    assertThat(http.delete(nobody + "/review-handlers").status()).isEqualTo(200);
    assertThat(http.post(nobody + "/reset", "").status()).isEqualTo(200);

    assertThat(http.get("/_ivschat/accounts").list("accounts"))
        .extracting(a -> ControlApiTest.obj(a).get("accessKeyId")).containsExactly(KEY);
  }

  /** Everything the control API shows of the server, to compare before and after. */
  private Object snapshot() {
    IvsChat account = server.account(KEY);
    return Map.of("accounts", http.get("/_ivschat/accounts").json(),
        "state", http.get(A + "/state").json(),
        "calls", http.get(A + "/calls").json(),
        "clock", account.clock().instant(),
        "faults", http.get(A + "/faults").json(),
        "reviewHandlers", http.get(A + "/review-handlers").json(),
        "now", Instant.EPOCH);
  }
}
