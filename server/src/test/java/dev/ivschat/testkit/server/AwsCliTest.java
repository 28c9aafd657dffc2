package dev.ivschat.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Room;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * The real AWS CLI ({@code aws ivschat ...}, v1 or v2, whichever is on PATH) against the server:
 * what it prints, how it reports service errors, and that the server's in-process state agrees.
 * Each test signs with its own access key id, so it has an account of its own.
 */
class AwsCliTest {

  private static final Pattern ROOM_ARN =
      Pattern.compile("arn:aws:ivschat:us-east-1:[0-9]+:room/([a-zA-Z0-9]{12})");
  /** How both CLI majors report a service error (v2 adds the retry note). */
  private static final Pattern SERVICE_ERROR = Pattern.compile(
      "An error occurred \\((\\w+)\\) when calling the (\\w+) operation"
          + "(?: \\(reached max retries: \\d+\\))?: (.*)");

  private static IvsChatServer server;
  private static int cliMajorVersion;

  @TempDir
  Path scratch;
  private String accessKeyId;
  private AwsCli aws;
  private IvsChat account;

  @BeforeAll
  static void startServer(@TempDir Path scratch) {
    server = IvsChatServer.start();
    String version = AwsCli.against(server.endpoint(), "AKIDVERSIONPROBE", scratch).version();
    System.out.println("AwsCliTest runs " + version);
    cliMajorVersion = AwsCli.majorVersion(version);
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void newAccount(TestInfo test) {
    accessKeyId = "AKIDCLI" + test.getTestMethod().orElseThrow().getName().toUpperCase()
        .replaceAll("[^A-Z0-9]", "");
    aws = AwsCli.against(server.endpoint(), accessKeyId, scratch);
    account = server.account(accessKeyId);
  }

  @Test
  void create_room_prints_the_room_as_json_and_the_server_holds_it() {
    JsonNode room = json(aws.ivschat("create-room", "--name", "lobby",
        "--maximum-message-length", "200", "--tags", "{\"team\":\"chat\"}"));

    String arn = string(room, "arn");
    Matcher arnParts = ROOM_ARN.matcher(arn);
    assertThat(arnParts.matches()).as("room ARN %s", arn).isTrue();
    assertThat(string(room, "id")).isEqualTo(arnParts.group(1));
    assertThat(string(room, "name")).isEqualTo("lobby");
    assertThat(number(room, "maximumMessageLength")).isEqualTo(200);
    assertThat(number(room, "maximumMessageRatePerSecond")).isEqualTo(10);
    assertThat(stringMap(room.field("tags").orElseThrow())).containsExactly(Map.entry("team", "chat"));
    Instant createTime = rfc3339(room, "createTime");
    Instant updateTime = rfc3339(room, "updateTime");

    assertThat(account.rooms()).singleElement().satisfies(held -> {
      assertThat(held.arn()).isEqualTo(arn);
      assertThat(held.name()).isEqualTo("lobby");
      assertThat(held.maximumMessageLength()).isEqualTo(200);
      assertThat(held.tags()).containsExactly(Map.entry("team", "chat"));
      assertThat(held.createTime()).isEqualTo(createTime);
      assertThat(held.updateTime()).isEqualTo(updateTime);
    });
    assertThat(account.calls(Operation.CREATE_ROOM)).singleElement()
        .satisfies(call -> assertThat(call.failed()).isFalse());
  }

  @Test
  void get_room_and_list_rooms_show_the_rooms_the_server_holds() {
    String first = string(json(aws.ivschat("create-room", "--name", "first")), "arn");
    String second = string(json(aws.ivschat("create-room", "--name", "second")), "arn");

    JsonNode got = json(aws.ivschat("get-room", "--identifier", first));
    Room held = account.room(first).orElseThrow();
    assertThat(string(got, "arn")).isEqualTo(first);
    assertThat(string(got, "name")).isEqualTo("first");
    assertThat(number(got, "maximumMessageLength")).isEqualTo(held.maximumMessageLength());
    assertThat(rfc3339(got, "createTime")).isEqualTo(held.createTime());

    JsonNode listed = json(aws.ivschat("list-rooms"));
    List<String> listedArns = listed.field("rooms").orElseThrow().asArray().stream()
        .map(summary -> string(summary, "arn")).toList();
    assertThat(listedArns).containsExactlyInAnyOrder(first, second)
        .containsExactlyInAnyOrderElementsOf(account.rooms().stream().map(Room::arn).toList());

    JsonNode filtered = json(aws.ivschat("list-rooms", "--name", "second"));
    assertThat(filtered.field("rooms").orElseThrow().asArray())
        .singleElement().satisfies(summary -> assertThat(string(summary, "arn")).isEqualTo(second));
  }

  @Test
  void tag_list_and_untag_send_the_room_arn_percent_encoded_in_the_path() {
    String arn = string(json(aws.ivschat("create-room", "--name", "tagged")), "arn");
    String encodedPath = "/tags/" + arn.replace(":", "%3A").replace("/", "%2F");

    Subprocess.Result tagged = aws.ivschat("tag-resource", "--resource-arn", arn,
        "--tags", jsonFile("tags.json", "{\"team name\":\"live chät\",\"env\":\"test\"}"),
        "--debug");
    tagged.assertSuccess();
    assertThat(tagged.stderr()).as("the CLI's debug log of the request").contains(encodedPath);
    assertThat(account.room(arn).orElseThrow().tags())
        .containsExactly(Map.entry("env", "test"), Map.entry("team name", "live chät"));

    JsonNode listed = json(aws.ivschat("list-tags-for-resource", "--resource-arn", arn));
    assertThat(stringMap(listed.field("tags").orElseThrow()))
        .containsExactly(Map.entry("env", "test"), Map.entry("team name", "live chät"));

    Subprocess.Result untagged = aws.ivschat("untag-resource", "--resource-arn", arn,
        "--tag-keys", "team name");
    untagged.assertSuccess();
    assertThat(account.room(arn).orElseThrow().tags()).containsExactly(Map.entry("env", "test"));
    JsonNode after = json(aws.ivschat("list-tags-for-resource", "--resource-arn", arn));
    assertThat(stringMap(after.field("tags").orElseThrow())).containsExactly(Map.entry("env", "test"));
  }

  @Test
  void create_chat_token_prints_the_token_the_server_issued() {
    String arn = string(json(aws.ivschat("create-room", "--name", "tokens")), "arn");

    JsonNode token = json(aws.ivschat("create-chat-token", "--room-identifier", arn,
        "--user-id", "viewer-1", "--capabilities", "SEND_MESSAGE", "DELETE_MESSAGE",
        "--session-duration-in-minutes", "30", "--attributes",
        jsonFile("attributes.json", "{\"displayName\":\"Zoë 🎉\"}")));

    String value = string(token, "token");
    ChatToken held = account.chatToken(value).orElseThrow(
        () -> new AssertionError("the server holds no token " + value + ": " + account.chatTokens()));
    assertThat(held.roomArn()).isEqualTo(arn);
    assertThat(held.userId()).isEqualTo("viewer-1");
    assertThat(held.capabilities()).containsExactly("SEND_MESSAGE", "DELETE_MESSAGE");
    assertThat(held.attributes()).containsExactly(Map.entry("displayName", "Zoë 🎉"));
    assertThat(rfc3339(token, "tokenExpirationTime")).isEqualTo(held.tokenExpirationTime());
    assertThat(rfc3339(token, "sessionExpirationTime")).isEqualTo(held.sessionExpirationTime())
        .isEqualTo(held.createTime().plusSeconds(30 * 60));
  }

  @Test
  void delete_room_prints_nothing_and_the_server_forgets_the_room() {
    String arn = string(json(aws.ivschat("create-room", "--name", "doomed")), "arn");

    Subprocess.Result deleted = aws.ivschat("delete-room", "--identifier", arn).assertSuccess();

    assertThat(deleted.stdout()).isBlank();
    assertThat(account.rooms()).isEmpty();
  }

  @Test
  void get_room_of_a_missing_room_fails_with_resource_not_found_and_the_service_message() {
    String account12 = accountOf(string(json(aws.ivschat("create-room", "--name", "probe")), "arn"));
    String missing = "arn:aws:ivschat:us-east-1:" + account12 + ":room/AAAAAAAAAAAA";

    Subprocess.Result result = aws.ivschat("get-room", "--identifier", missing);

    Call call = lastCall(Operation.GET_ROOM);
    assertThat(call.failed()).isTrue();
    assertThat(call.error().code()).isEqualTo("ResourceNotFoundException");
    assertServiceError(result, "ResourceNotFoundException", "GetRoom", call.error().message());
    assertThat(call.error().message()).contains("AAAAAAAAAAAA");
  }

  @Test
  void create_room_with_an_invalid_name_fails_with_validation_exception_and_makes_no_room() {
    Subprocess.Result result = aws.ivschat("create-room", "--name", "my room!");

    Call call = lastCall(Operation.CREATE_ROOM);
    assertThat(call.failed()).isTrue();
    assertThat(call.error().code()).isEqualTo("ValidationException");
    assertThat(call.error().fields()).extracting(f -> f.name()).containsExactly("name");
    assertServiceError(result, "ValidationException", "CreateRoom", call.error().message());
    assertThat(call.error().message()).contains("'my room!'");
    assertThat(account.rooms()).isEmpty();
  }

  // --- helpers -------------------------------------------------------------------------------

  /**
   * The CLI's report of a service error: exit code 254 on v2 ("the service returned an error"),
   * 255 on v1 (its code for every failed command), and the error line on stderr.
   */
  private static void assertServiceError(Subprocess.Result result, String code, String operation,
      String message) {
    int expectedExit = cliMajorVersion >= 2 ? 254 : 255;
    assertThat(result.exitCode()).as("exit code of AWS CLI v%d\n%s", cliMajorVersion,
        result.describe()).isEqualTo(expectedExit);
    assertThat(result.stdout()).as(result.describe()).isBlank();
    String line = result.stderr().strip();
    Matcher error = SERVICE_ERROR.matcher(line);
    assertThat(error.matches()).as("stderr of a service error\n%s", result.describe()).isTrue();
    assertThat(error.group(1)).as(result.describe()).isEqualTo(code);
    assertThat(error.group(2)).as(result.describe()).isEqualTo(operation);
    assertThat(error.group(3)).as(result.describe()).isEqualTo(message);
  }

  /**
   * A {@code file://} parameter holding {@code json} in UTF-8: non-ASCII text reaches the CLI
   * intact whatever the JVM's command-line encoding (ASCII under a POSIX locale).
   */
  private String jsonFile(String name, String json) {
    Path file = scratch.resolve(name);
    try {
      Files.writeString(file, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "file://" + file.toAbsolutePath();
  }

  private Call lastCall(Operation operation) {
    List<Call> calls = account.calls(operation);
    assertThat(calls).as("%s calls the server journaled", operation).isNotEmpty();
    return calls.get(calls.size() - 1);
  }

  private static JsonNode json(Subprocess.Result result) {
    result.assertSuccess();
    try {
      return JsonNode.parser().parse(result.stdout());
    } catch (RuntimeException e) {
      throw new AssertionError("the CLI's output is not JSON\n" + result.describe(), e);
    }
  }

  private static String string(JsonNode object, String member) {
    JsonNode value = object.field(member).orElseThrow(
        () -> new AssertionError("no member " + member + " in " + object));
    assertThat(value.isString()).as("%s in %s is a string", member, object).isTrue();
    return value.asString();
  }

  private static int number(JsonNode object, String member) {
    JsonNode value = object.field(member).orElseThrow(
        () -> new AssertionError("no member " + member + " in " + object));
    return Integer.parseInt(value.asNumber());
  }

  /** An RFC 3339 timestamp with an offset: the CLI v1 prints the wire form, v2 its ISO 8601. */
  private static Instant rfc3339(JsonNode object, String member) {
    return OffsetDateTime.parse(string(object, member)).toInstant();
  }

  private static Map<String, String> stringMap(JsonNode object) {
    Map<String, String> map = new TreeMap<>();
    object.asObject().forEach((k, v) -> map.put(k, v.asString()));
    return map;
  }

  private static String accountOf(String arn) {
    return arn.split(":")[4];
  }
}
