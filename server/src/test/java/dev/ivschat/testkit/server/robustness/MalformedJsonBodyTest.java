package dev.ivschat.testkit.server.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.server.internal.Json;
import org.assertj.core.api.InstanceOfAssertFactories;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Signed requests whose HTTP is fine but whose operation or body is not, sent with
 * {@code java.net.http}: each is a 400 {@code ValidationException} in the restJson1 error format
 * (header {@code x-amzn-ErrorType}, body {@code __type} and {@code message}) that runs nothing.
 */
class MalformedJsonBodyTest extends ServerUnderAbuse {
  private static final Set<String> UNSENDABLE = Set.of("host", "content-length");
  private HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  /** The client keeps its one keep-alive connection between tests. */
  @Override
  int pooledClientConnections() {
    return 1;
  }

  /** Dropping the client lets it close its pooled connection: then the count is 0. */
  @AfterAll
  void theClientsLastConnectionCloses() {
    client = null;
    await("the dropped client's pooled connection to close", Duration.ofSeconds(15), () -> {
      System.gc();
      return server.openConnections() == 0;
    });
  }

  private HttpResponse<byte[]> send(String method, String path, String key, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create(server.endpoint() + path))
        .timeout(Duration.ofSeconds(5))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    for (var h : Signing.headers(method, path, server.port(), key, body)) {
      if (!UNSENDABLE.contains(h.getKey().toLowerCase(Locale.ROOT))) {
        request.header(h.getKey(), h.getValue());
      }
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> post(String path, String key, byte[] body)
      throws IOException, InterruptedException {
    return send("POST", path, key, body);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The restJson1 ValidationException every AWS client parses, and returns its body. */
  private static Map<String, Object> assertValidationException(HttpResponse<byte[]> response,
      String reason) throws Json.MalformedException {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(response.statusCode()).as("status of %s", body).isEqualTo(400);
    assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ValidationException");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
    Object parsed = Json.parse(response.body());
    assertThat(parsed).isInstanceOf(Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> error = (Map<String, Object>) parsed;
    assertThat(error.get("__type")).isEqualTo("ValidationException");
    assertThat(error.get("message")).isInstanceOf(String.class)
        .asString().isNotBlank();
    assertThat(error.get("reason")).isEqualTo(reason);
    assertThat(error).doesNotContainKey("code");
    return error;
  }

  static Stream<Arguments> invalidUtf8Bodies() {
    byte[] head = utf8("{\"name\":\"");
    byte[] tail = utf8("\"}");
    return Stream.of(
        Arguments.of("a 0xFF byte", concat(head, new byte[] {(byte) 0xFF, (byte) 0xFE}, tail)),
        Arguments.of("a lead byte with no continuation", concat(head, new byte[] {(byte) 0xC3},
            tail)),
        Arguments.of("a CESU-8 surrogate", concat(head,
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, tail)),
        Arguments.of("an overlong '/' in a member name", concat(utf8("{\"name\":\"x\",\""),
            new byte[] {(byte) 0xC0, (byte) 0xAF}, utf8("\":1}"))),
        Arguments.of("an overlong 'a' in a value", concat(head,
            new byte[] {(byte) 0xC1, (byte) 0xA1}, tail)),
        Arguments.of("a code point above U+10FFFF", concat(head,
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, tail)),
        Arguments.of("UTF-16 with a byte order mark",
            new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{', 0, '}'}));
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidUtf8Bodies")
  void invalid_utf8_in_the_body_is_a_validation_exception_that_runs_nothing(String what,
      byte[] body) throws Exception {
    String key = freshKey();
    AccountState before = state(key);

    assertValidationException(post("/CreateRoom", key, body), "OTHER");
    assertUnchanged(key, before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[", "{\"a\":", "{\"name\":{\"tags\":["})
  void deeply_nested_json_is_a_validation_exception_not_a_stack_overflow(String opener)
      throws Exception {
    String key = freshKey();
    AccountState before = state(key);
    int depth = 200_000 / opener.length();
    byte[] body = utf8(opener.repeat(depth));

    assertValidationException(post("/CreateRoom", key, body), "OTHER");
    assertValidationException(post("/CreateRoom", key,
        utf8("{\"name\":" + "[".repeat(65) + "]".repeat(65) + "}")), "OTHER");
    assertUnchanged(key, before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "[{\"name\":\"x\"}]", "\"room\"", "42", "-1.5e3", "true",
      "null", "{}{}", "{\"name\":\"x\"} [", "{\"name\":\"x\",\"name\":\"y\"}", "{name:\"x\"}",
      "{\"name\":\"x\",}", "{'name':'x'}", "   "})
  void a_body_that_is_not_one_json_object_is_a_validation_exception(String body)
      throws Exception {
    String key = freshKey();
    AccountState before = state(key);

    assertValidationException(post("/CreateRoom", key, utf8(body)), "OTHER");
    assertUnchanged(key, before);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/CreateRoom|{\"name\":5}|name",
      "/CreateRoom|{\"name\":[\"x\"]}|name",
      "/CreateRoom|{\"maximumMessageLength\":\"500\"}|maximumMessageLength",
      "/CreateRoom|{\"maximumMessageLength\":1.5}|maximumMessageLength",
      "/CreateRoom|{\"maximumMessageLength\":99999999999}|maximumMessageLength",
      "/CreateRoom|{\"maximumMessageLength\":123456789012345678901234567890}|maximumMessageLength",
      "/CreateRoom|{\"maximumMessageLength\":true}|maximumMessageLength",
      "/CreateRoom|{\"tags\":[\"k\"]}|tags",
      "/CreateRoom|{\"tags\":{\"k\":1}}|tags.k",
      "/CreateRoom|{\"messageReviewHandler\":\"arn\"}|messageReviewHandler",
      "/CreateRoom|{\"messageReviewHandler\":{\"uri\":7}}|messageReviewHandler.uri",
      "/CreateRoom|{\"loggingConfigurationIdentifiers\":\"arn\"}|loggingConfigurationIdentifiers",
      "/CreateRoom|{\"loggingConfigurationIdentifiers\":[1]}|loggingConfigurationIdentifiers.1",
      "/CreateChatToken|{\"roomIdentifier\":\"r\",\"userId\":\"u\",\"capabilities\":\"SEND_MESSAGE\"}|capabilities",
      "/CreateChatToken|{\"roomIdentifier\":\"r\",\"userId\":\"u\",\"sessionDurationInMinutes\":\"60\"}|sessionDurationInMinutes",
      "/ListRooms|{\"maxResults\":{}}|maxResults"})
  void a_member_of_the_wrong_type_is_a_field_validation_exception(String path, String body,
      String field) throws Exception {
    String key = freshKey();
    AccountState before = state(key);

    Map<?, ?> error = assertValidationException(post(path, key, utf8(body)),
        "FIELD_VALIDATION_FAILED");

    assertThat(error.get("fieldList")).asInstanceOf(InstanceOfAssertFactories.LIST).singleElement()
        .satisfies(f -> assertThat(((Map<?, ?>) f).get("name")).isEqualTo(field));
    assertUnchanged(key, before);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "POST|/NoSuchOperation",
      "POST|/createroom",
      "POST|/CreateRoom/",
      "POST|/",
      "GET|/CreateRoom",
      "PUT|/CreateRoom",
      "DELETE|/ListRooms",
      "PATCH|/GetRoom",
      "BREW|/CreateRoom",
      "PUT|/tags/arn%3Aaws%3Aivschat%3Aus-east-1%3A123456789012%3Aroom%2Fabc",
      "GET|/tags/",
      "GET|/tags/a/b",
      "POST|/tags"})
  void an_unknown_path_or_method_is_an_unknown_operation(String method, String path)
      throws Exception {
    String key = freshKey();
    AccountState before = state(key);
    byte[] body = "GET".equals(method) ? null : utf8("{\"name\":\"x\"}");

    Map<?, ?> error = assertValidationException(send(method, path, key, body),
        "UNKNOWN_OPERATION");

    assertThat(error.get("message")).asString().contains(method);
    assertUnchanged(key, before);
  }

  @Test
  void a_valid_request_after_all_the_refused_ones_runs() throws Exception {
    String key = freshKey();

    HttpResponse<byte[]> response = post("/CreateRoom", key, utf8("{\"name\":\"ok\"}"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(server.account(key).rooms()).extracting(r -> r.name()).containsExactly("ok");
  }
}
