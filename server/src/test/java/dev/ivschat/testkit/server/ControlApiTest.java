package dev.ivschat.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.LoggingConfiguration;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.server.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.IvschatException;
import software.amazon.awssdk.services.ivschat.model.PendingVerificationException;
import software.amazon.awssdk.services.ivschat.model.ThrottlingException;

/**
 * Every resource of the control API under {@code /_ivschat}, driven over raw HTTP with the
 * JDK's client, with state set up in-process ({@code server.account(key)}) or by the real SDK v2
 * client over the wire. The requests are those CONTROL-API.md shows.
 */
@Timeout(60)
class ControlApiTest {
  static final String KEY = "AKIDCONTROLTEST";
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private IvsChatServer server;
  private Http http;

  @BeforeEach
  void start() {
    server = IvsChatServer.builder().clockStart(START).clockStep(Duration.ZERO).start();
    http = new Http(server.endpoint());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void healthAnswersOk() {
    Http.Answer answer = http.get("/_ivschat/health");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("content-type")).isEqualTo("application/json");
    assertThat(answer.object()).containsEntry("status", "ok")
        .containsEntry("defaultRegion", "us-east-1");
  }

  @Test
  void accountsListsEveryAccountWithItsIdRegionAndWhetherItIsBound() {
    server.account("123456789012");
    server.account(KEY, "eu-west-1");
    server.bind("AKIDBOUND", new IvsChat(IvsChatConfig.builder().accountId("210987654321")
        .build()));

    Http.Answer answer = http.get("/_ivschat/accounts");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.list("accounts")).containsExactly(
        Map.of("accessKeyId", "123456789012", "accountId", "123456789012",
            "region", "us-east-1", "bound", false, "closed", false),
        Map.of("accessKeyId", "AKIDBOUND", "accountId", "210987654321",
            "region", "us-east-1", "bound", true, "closed", false),
        Map.of("accessKeyId", KEY, "accountId", "123456789012",
            "region", "eu-west-1", "bound", false, "closed", false));
    assertThat(http.get("/_ivschat/accounts/" + KEY + "?region=eu-west-1").object())
        .containsEntry("accessKeyId", KEY).containsEntry("region", "eu-west-1");
  }

  @Test
  void stateShowsRoomsLoggingConfigurationsAndTokensInWireMemberNames() {
    IvsChat account = server.account(KEY);
    LoggingConfiguration logs = account.call(new IvsChatRequest.CreateLoggingConfiguration(
        "logs", new IvsChatRequest.DestinationConfiguration(
            new IvsChatRequest.S3("chat-bucket"), null, null), null)).value();
    Room room = account.call(new IvsChatRequest.CreateRoom("lobby", null, null, null,
        Map.of("team", "a"), List.of(logs.arn()))).value();
    ChatToken token = account.call(new IvsChatRequest.CreateChatToken(room.arn(), "alice",
        List.of("SEND_MESSAGE"), 30, Map.of("color", "red"))).value();

    Map<String, Object> state = http.get("/_ivschat/accounts/" + KEY + "/state").object();

    assertThat(state).containsEntry("accountId", "123456789012")
        .containsEntry("region", "us-east-1");
    assertThat(Http.list(state, "rooms")).containsExactly(Map.of("arn", room.arn(),
        "id", room.id(), "name", "lobby", "createTime", "2026-01-01T00:00:00.000Z",
        "updateTime", "2026-01-01T00:00:00.000Z", "maximumMessageRatePerSecond", 10L,
        "maximumMessageLength", 500L, "tags", Map.of("team", "a"),
        "loggingConfigurationIdentifiers", List.of(logs.arn())));
    assertThat(Http.list(state, "loggingConfigurations")).containsExactly(Map.of(
        "arn", logs.arn(), "id", logs.id(), "name", "logs",
        "createTime", "2026-01-01T00:00:00.000Z", "updateTime", "2026-01-01T00:00:00.000Z",
        "destinationConfiguration", Map.of("s3", Map.of("bucketName", "chat-bucket")),
        "state", "ACTIVE", "tags", Map.of()));
    assertThat(Http.list(state, "chatTokens")).containsExactly(Map.of("token", token.token(),
        "roomArn", room.arn(), "userId", "alice", "capabilities", List.of("SEND_MESSAGE"),
        "attributes", Map.of("color", "red"), "createTime", "2026-01-01T00:00:00.000Z",
        "tokenExpirationTime", "2026-01-01T00:01:00.000Z",
        "sessionExpirationTime", "2026-01-01T00:30:00.000Z"));
  }

  @Test
  void callsIsTheJournalWithRequestsResultsAndErrorsInWireNames() {
    IvsChat account = server.account(KEY);
    Room room = account.call(IvsChatRequest.CreateRoom.named("lobby")).value();
    String missing = "arn:aws:ivschat:us-east-1:123456789012:room/nosuchroom12";
    account.call(new IvsChatRequest.GetRoom(missing));
    account.call(new IvsChatRequest.SendEvent(room.arn(), "app:hello", Map.of("k", "v")));

    List<Object> calls = http.get("/_ivschat/accounts/" + KEY + "/calls").list("calls");

    assertThat(calls).hasSize(3);
    Map<String, Object> created = obj(calls.get(0));
    assertThat(created).containsEntry("sequence", 1L).containsEntry("operation", "CreateRoom")
        .containsEntry("time", "2026-01-01T00:00:00.000Z").containsEntry("status", 200L)
        .containsEntry("request", Map.of("name", "lobby")).containsKey("requestId")
        .doesNotContainKey("error");
    assertThat(obj(created.get("result"))).containsEntry("arn", room.arn())
        .containsEntry("name", "lobby");
    Map<String, Object> failed = obj(calls.get(1));
    assertThat(failed).containsEntry("operation", "GetRoom").containsEntry("status", 404L)
        .containsEntry("request", Map.of("identifier", missing))
        .doesNotContainKey("result");
    assertThat(obj(failed.get("error"))).containsEntry("code",
        "ResourceNotFoundException").containsEntry("statusCode", 404L)
        .containsEntry("resourceType", "ROOM").containsKey("message");

    assertThat(http.get("/_ivschat/accounts/" + KEY + "/calls?operation=SendEvent")
        .list("calls")).singleElement().satisfies(c -> assertThat(obj(c))
            .containsEntry("sequence", 3L).containsEntry("request", Map.of(
                "roomIdentifier", room.arn(), "eventName", "app:hello",
                "attributes", Map.of("k", "v"))));
    assertThat(http.get("/_ivschat/accounts/" + KEY + "/calls?last=2").list("calls"))
        .extracting(c -> (obj(c)).get("sequence")).containsExactly(2L, 3L);
    assertThat(http.get("/_ivschat/accounts/" + KEY + "/calls?operation=CreateRoom&last=0")
        .list("calls")).isEmpty();
  }

  @Test
  void eventsListsTheSentEventsOfTheAccountOrOfOneRoom() {
    IvsChat account = server.account(KEY);
    Room lobby = account.call(IvsChatRequest.CreateRoom.named("lobby")).value();
    Room other = account.call(IvsChatRequest.CreateRoom.named("other")).value();
    String eventId = account.call(new IvsChatRequest.SendEvent(lobby.arn(), "app:one", null))
        .value().id();
    account.call(new IvsChatRequest.SendEvent(other.arn(), "app:two", Map.of("a", "b")));

    assertThat(http.get("/_ivschat/accounts/" + KEY + "/events").list("events"))
        .extracting(e -> (obj(e)).get("eventName")).containsExactly("app:one", "app:two");
    Http.Answer lobbyEvents = http.get("/_ivschat/accounts/" + KEY + "/events?roomArn="
        + Http.encode(lobby.arn()));
    assertThat(lobbyEvents.list("events")).singleElement().satisfies(e -> assertThat(
        obj(e)).containsEntry("roomArn", lobby.arn()).containsEntry("id", eventId)
        .containsEntry("eventName", "app:one").containsEntry("attributes", Map.of())
        .containsEntry("sendTime", "2026-01-01T00:00:00.000Z").containsKey("requestId"));
    Http.Answer unknown = http.get("/_ivschat/accounts/" + KEY + "/events?roomArn=nosuchroom12");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.message()).contains("nosuchroom12");
  }

  @Test
  void connectionsFramesAndMessagesShowTheLiveChat() {
    IvsChat account = server.account(KEY);
    Room room = account.call(IvsChatRequest.CreateRoom.named("lobby")).value();
    ChatConnection alice = account.connect(token(account, room, "alice"));
    ChatConnection bob = account.connect(token(account, room, "bob"));
    alice.sendMessage("hello", Map.of("mood", "happy"));
    bob.close();

    List<Object> connections = http.get("/_ivschat/accounts/" + KEY + "/connections")
        .list("connections");
    assertThat(connections).hasSize(2);
    assertThat(obj(connections.get(0))).containsEntry("id", alice.id())
        .containsEntry("roomArn", room.arn()).containsEntry("userId", "alice")
        .containsEntry("open", true).containsEntry("framesReceived", 1L)
        .containsEntry("connectTime", "2026-01-01T00:00:00.000Z")
        .doesNotContainKey("closeReason");
    assertThat(obj(connections.get(1))).containsEntry("userId", "bob")
        .containsEntry("open", false).containsEntry("closeTime", "2026-01-01T00:00:00.000Z")
        .containsEntry("closeReason", Map.of("kind", "CLIENT_CLOSED",
            "text", "The client closed the connection", "closeCode", 1000L));

    List<Object> frames = http.get("/_ivschat/accounts/" + KEY + "/connections/" + alice.id()
        + "/frames").list("frames");
    assertThat(frames).singleElement().satisfies(f -> assertThat(obj(f))
        .containsEntry("Type", "MESSAGE").containsEntry("Content", "hello")
        .containsEntry("Attributes", Map.of("mood", "happy"))
        .containsEntry("Id", alice.messages().get(0).id())
        .containsEntry("Sender", Map.of("UserId", "alice", "Attributes", Map.of("k", "alice"))));
    assertThat(http.get("/_ivschat/accounts/" + KEY + "/messages").list("messages"))
        .containsExactly(alice.messages().get(0).toWire());
    Http.Answer unknown = http.get("/_ivschat/accounts/" + KEY + "/connections/conn-99/frames");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.message()).contains("conn-99");
  }

  @Test
  void chatLogsListTheRecordsEachDestinationReceived() {
    IvsChat account = server.account(KEY);
    LoggingConfiguration logs = account.call(new IvsChatRequest.CreateLoggingConfiguration(
        "logs", new IvsChatRequest.DestinationConfiguration(null,
            new IvsChatRequest.CloudWatchLogs("chat-group"), null), null)).value();
    Room room = account.call(new IvsChatRequest.CreateRoom("lobby", null, null, null, null,
        List.of(logs.arn()))).value();
    account.connect(token(account, room, "alice")).sendMessage("logged");

    List<Object> records = http.get("/_ivschat/accounts/" + KEY + "/chat-logs")
        .list("chatLogs");

    assertThat(records).singleElement().satisfies(r -> {
      Map<String, Object> record = obj(r);
      assertThat(record).containsEntry("loggingConfigurationArn", logs.arn())
          .containsEntry("destination", Map.of("kind", "CLOUD_WATCH_LOGS", "name", "chat-group"))
          .containsEntry("location", account.chatLogs().get(0).location());
      assertThat(obj(record.get("record"))).containsEntry("type", "MESSAGE")
          .containsEntry("version", "1.0")
          .containsEntry("event_timestamp", "2026-01-01T00:00:00.000Z");
    });
    assertThat(http.get("/_ivschat/accounts/" + KEY + "/chat-logs?destination=chat-group")
        .list("chatLogs")).hasSize(1);
    assertThat(http.get("/_ivschat/accounts/" + KEY + "/chat-logs?destination=elsewhere")
        .list("chatLogs")).isEmpty();
  }

  @Test
  void clockIsReadAdvancedAndSet() {
    IvsChat account = server.account(KEY);
    String clock = "/_ivschat/accounts/" + KEY + "/clock";

    assertThat(http.get(clock).object()).isEqualTo(Map.of("now", "2026-01-01T00:00:00.000Z"));
    assertThat(http.post(clock, "{\"advance\":\"PT5M\"}").object())
        .isEqualTo(Map.of("now", "2026-01-01T00:05:00.000Z"));
    assertThat(account.clock().instant()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    assertThat(http.post(clock, "{\"set\":\"2025-06-01T12:00:00Z\"}").object())
        .isEqualTo(Map.of("now", "2025-06-01T12:00:00.000Z"));
    assertThat(account.clock().instant()).isEqualTo(Instant.parse("2025-06-01T12:00:00Z"));
  }

  @Test
  void aScriptedFaultFailsTheSdkCallsItMatchesAndCanBeListedAndRemoved() {
    try (IvschatClient client = sdk(KEY)) {
      Http.Answer added = http.post("/_ivschat/accounts/" + KEY + "/faults",
          "{\"operation\":\"CreateRoom\",\"error\":\"ThrottlingException\",\"times\":1}");
      assertThat(added.status()).isEqualTo(200);
      assertThat(added.object()).containsEntry("id", "fault-1")
          .containsEntry("operation", "CreateRoom").containsEntry("times", 1L)
          .containsEntry("firedCount", 0L);

      assertThatThrownBy(() -> client.createRoom(b -> b.name("a")))
          .isInstanceOf(ThrottlingException.class);
      assertThat(client.createRoom(b -> b.name("b")).name()).isEqualTo("b");

      assertThat(http.get("/_ivschat/accounts/" + KEY + "/faults").list("faults"))
          .singleElement().satisfies(f -> assertThat(obj(f))
              .containsEntry("id", "fault-1").containsEntry("firedCount", 1L));
      assertThat(http.get("/_ivschat/accounts/" + KEY + "/calls?operation=CreateRoom")
          .list("calls")).extracting(c -> (obj(c)).get("status"))
          .containsExactly(429L, 200L);

      http.post("/_ivschat/accounts/" + KEY + "/faults", "{\"error\":{\"code\":"
          + "\"InternalServerException\",\"message\":\"boom\"},\"when\":{\"name\":\"doomed\"}}");
      assertThatThrownBy(() -> client.createRoom(b -> b.name("doomed")))
          .isInstanceOfSatisfying(IvschatException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(500);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("boom");
          });
      assertThat(client.createRoom(b -> b.name("spared")).name()).isEqualTo("spared");

      Http.Answer removed = http.delete("/_ivschat/accounts/" + KEY + "/faults/fault-2");
      assertThat(removed.object()).containsEntry("id", "fault-2")
          .containsEntry("firedCount", 1L);
      assertThat(client.createRoom(b -> b.name("doomed")).name()).isEqualTo("doomed");
      assertThat(http.get("/_ivschat/accounts/" + KEY + "/faults/fault-2").status())
          .isEqualTo(404);
    }
  }

  @Test
  void theNthCallFaultAndTheAccountSwitchesFailCallsUntilCleared() {
    try (IvschatClient client = sdk(KEY)) {
      http.post("/_ivschat/accounts/" + KEY + "/faults",
          "{\"operation\":\"ListRooms\",\"error\":\"AccessDeniedException\",\"nthCall\":2}");
      client.listRooms(b -> { });
      assertThatThrownBy(() -> client.listRooms(b -> { }))
          .isInstanceOfSatisfying(IvschatException.class,
              e -> assertThat(e.statusCode()).isEqualTo(403));
      client.listRooms(b -> { });

      Http.Answer switched = http.post("/_ivschat/accounts/" + KEY + "/faults/account",
          "{\"pendingVerification\":true}");
      assertThat(switched.object()).isEqualTo(Map.of("pendingVerification", true));
      assertThatThrownBy(() -> client.createRoom(b -> b.name("a")))
          .isInstanceOf(PendingVerificationException.class);

      assertThat(http.delete("/_ivschat/accounts/" + KEY + "/faults").object()).isEmpty();
      assertThat(client.createRoom(b -> b.name("a")).name()).isEqualTo("a");
      assertThat(http.get("/_ivschat/accounts/" + KEY + "/faults").list("faults")).isEmpty();
    }
  }

  @Test
  void resetForgetsOneAccountOrEveryAccount() {
    IvsChat one = server.account(KEY);
    one.call(IvsChatRequest.CreateRoom.named("lobby"));
    IvsChat other = server.account("AKIDOTHER");
    other.call(IvsChatRequest.CreateRoom.named("lobby"));

    http.post("/_ivschat/accounts/" + KEY + "/faults", "{\"error\":\"ThrottlingException\"}");

    assertThat(http.post("/_ivschat/accounts/" + KEY + "/reset", "").object()).isEmpty();
    assertThat(one.rooms()).isEmpty();
    assertThat(one.calls()).isEmpty();
    assertThat(other.rooms()).hasSize(1);
    assertThat(http.get("/_ivschat/accounts/" + KEY + "/faults").list("faults")).isEmpty();
    assertThat(one.call(IvsChatRequest.CreateRoom.named("after")).failed()).isFalse();

    assertThat(http.post("/_ivschat/reset", "").object()).isEmpty();
    assertThat(http.get("/_ivschat/accounts").list("accounts")).isEmpty();
    assertThat(http.get("/_ivschat/accounts/AKIDOTHER/state").status()).isEqualTo(404);
  }

  @Test
  void regionSelectsTheAccountOfThatRegion() {
    server.account(KEY, "eu-west-1").call(IvsChatRequest.CreateRoom.named("dublin"));
    server.account(KEY).call(IvsChatRequest.CreateRoom.named("virginia"));

    assertThat(Http.list(http.get("/_ivschat/accounts/" + KEY + "/state?region=eu-west-1")
        .object(), "rooms")).extracting(r -> (obj(r)).get("name"))
        .containsExactly("dublin");
    assertThat(Http.list(http.get("/_ivschat/accounts/" + KEY + "/state").object(), "rooms"))
        .extracting(r -> (obj(r)).get("name")).containsExactly("virginia");
  }

  @Test
  void writesMakeAnAccountThatNoRequestHasUsedYet() {
    assertThat(http.get("/_ivschat/accounts/AKIDNEW/clock").status()).isEqualTo(404);

    assertThat(http.post("/_ivschat/accounts/AKIDNEW/faults/account",
        "{\"accessDenied\":true}").status()).isEqualTo(200);

    try (IvschatClient client = sdk("AKIDNEW")) {
      assertThatThrownBy(() -> client.listRooms(b -> { }))
          .isInstanceOfSatisfying(IvschatException.class,
              e -> assertThat(e.awsErrorDetails().errorCode())
                  .isEqualTo("AccessDeniedException"));
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> obj(Object json) {
    assertThat(json).isInstanceOf(Map.class);
    return (Map<String, Object>) json;
  }

  static String token(IvsChat account, Room room, String userId) {
    return account.call(new IvsChatRequest.CreateChatToken(room.arn(), userId,
        List.of("SEND_MESSAGE"), null, Map.of("k", userId))).value().token();
  }

  private IvschatClient sdk(String accessKeyId) {
    return IvschatClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(accessKeyId, "secret")))
        .httpClientBuilder(ApacheHttpClient.builder())
        .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none()))
        .build();
  }

  /** Raw HTTP to the control API with the JDK client; every answer's body parsed as JSON. */
  static final class Http {
    private final URI endpoint;
    private final HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    Http(URI endpoint) {
      this.endpoint = endpoint;
    }

    /**
     * One answer.
     *
     * @param status the status
     * @param headers the headers
     * @param json the parsed body
     */
    record Answer(int status, Map<String, List<String>> headers, Object json) {
      String header(String name) {
        return headers.getOrDefault(name, List.of()).stream().findFirst().orElse(null);
      }

      @SuppressWarnings("unchecked")
      Map<String, Object> object() {
        assertThat(json).as("status %s body", status).isInstanceOf(Map.class);
        return (Map<String, Object>) json;
      }

      List<Object> list(String member) {
        assertThat(status).as("status of %s", json).isEqualTo(200);
        return Http.list(object(), member);
      }

      String message() {
        return (String) object().get("message");
      }
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> object, String member) {
      assertThat(object.get(member)).as("%s in %s", member, object).isInstanceOf(List.class);
      return (List<Object>) object.get(member);
    }

    static String encode(String text) {
      return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    Answer get(String path) {
      return send("GET", path, null);
    }

    Answer post(String path, String body) {
      return send("POST", path, body);
    }

    Answer put(String path, String body) {
      return send("PUT", path, body);
    }

    Answer delete(String path) {
      return send("DELETE", path, null);
    }

    Answer send(String method, String path, String body) {
      HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(path))
          .timeout(Duration.ofSeconds(20))
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body))
          .build();
      try {
        HttpResponse<byte[]> response = client.send(request,
            HttpResponse.BodyHandlers.ofByteArray());
        Object json = Json.parse(response.body());
        return new Answer(response.statusCode(), response.headers().map(), json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (Json.MalformedException e) {
        throw new AssertionError(method + " " + path + " did not answer JSON: " + e.getMessage());
      }
    }
  }
}
