package dev.ivschat.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatConnectionInfo;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.CloseReason;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.server.internal.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.ChatTokenCapability;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenResponse;
import software.amazon.awssdk.services.ivschat.model.CreateRoomResponse;

/**
 * The chat WebSocket of {@link IvsChatServer} driven by the JDK's {@link WebSocket} client with the
 * token as its only subprotocol, as MESSAGING.md describes the Messaging API: the handshake, the
 * frames (compared byte for byte with what the engine delivered), requests and their errors,
 * moderation, control-plane events, the end of a session and the close in both directions.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ChatWebSocketTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String KEY = "AKIDCHATWEBSOCKET";
  private static final List<String> ALL = List.of("SEND_MESSAGE", "DELETE_MESSAGE",
      "DISCONNECT_USER");

  private IvsChatServer server;
  private IvsChat account;
  private Room room;
  private final List<Ws> sockets = new ArrayList<>();

  @BeforeEach
  void start() {
    server = IvsChatServer.start();
    account = server.account(KEY);
    room = account.call(IvsChatRequest.CreateRoom.named("lobby")).value();
  }

  @AfterEach
  void stop() {
    sockets.forEach(Ws::abort);
    server.close();
  }

  // ---------------------------------------------------------------- handshake

  @Test
  void the_handshake_echoes_the_token_as_the_selected_subprotocol_and_sends_nothing_first()
      throws Exception {
    ChatToken token = token(account, room, "alice", List.of("SEND_MESSAGE"), Map.of());
    Ws alice = connect(token.token());

    assertThat(alice.ws.getSubprotocol()).isEqualTo(token.token());
    alice.send(request("SEND_MESSAGE", "r-1", Map.of("Content", "first")));
    Map<String, Object> first = alice.nextObject();
    assertThat(first).containsEntry("Type", "MESSAGE").containsEntry("RequestId", "r-1")
        .containsEntry("Content", "first");
    assertThat(server.openConnections()).isEqualTo(1);
  }

  @Test
  void any_path_and_query_reach_the_chat_and_the_token_alone_chooses_the_account_and_room()
      throws Exception {
    IvsChat other = server.account("AKIDCHATOTHERACCOUNT");
    Room otherRoom = other.call(IvsChatRequest.CreateRoom.named("elsewhere")).value();
    ChatToken here = token(account, room, "alice", List.of("SEND_MESSAGE"), Map.of());
    ChatToken there = token(other, otherRoom, "bob", List.of("SEND_MESSAGE"), Map.of());
    ChatConnection hereObserver = account.connect(
        token(account, room, "watcher", List.of(), Map.of()).token());
    ChatConnection thereObserver = other.connect(
        token(other, otherRoom, "watcher", List.of(), Map.of()).token());

    Ws alice = connect(URI.create(server.chatEndpoint() + "/some/path?x=1"), here.token());
    Ws bob = connect(URI.create(server.chatEndpoint() + "/"), there.token());
    alice.send(request("SEND_MESSAGE", "a", Map.of("Content", "in lobby")));
    bob.send(request("SEND_MESSAGE", "b", Map.of("Content", "elsewhere")));

    assertThat(alice.nextObject()).containsEntry("Content", "in lobby");
    assertThat(bob.nextObject()).containsEntry("Content", "elsewhere");
    assertThat(account.chatMessages()).extracting(ChatFrame.Message::content)
        .containsExactly("in lobby");
    assertThat(other.chatMessages()).extracting(ChatFrame.Message::content)
        .containsExactly("elsewhere");
    assertThat(hereObserver.messages()).extracting(ChatFrame.Message::content)
        .containsExactly("in lobby");
    assertThat(thereObserver.messages()).extracting(ChatFrame.Message::content)
        .containsExactly("elsewhere");
    assertThat(account.connections()).filteredOn(c -> c.userId().equals("alice"))
        .singleElement().extracting(ChatConnectionInfo::roomArn).isEqualTo(room.arn());
    assertThat(other.connections()).filteredOn(c -> c.userId().equals("bob"))
        .singleElement().extracting(ChatConnectionInfo::roomArn).isEqualTo(otherRoom.arn());
  }

  @Test
  void a_token_from_the_real_sdk_v2_client_opens_the_chat_of_the_room_it_was_made_for()
      throws Exception {
    try (IvschatClient client = IvschatClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(KEY, "secret")))
        .httpClientBuilder(ApacheHttpClient.builder())
        .build()) {
      CreateRoomResponse created = client.createRoom(r -> r.name("v2-room"));
      CreateChatTokenResponse token = client.createChatToken(r -> r
          .roomIdentifier(created.arn()).userId("v2-user")
          .capabilities(ChatTokenCapability.SEND_MESSAGE)
          .attributes(Map.of("displayName", "Vee")));

      Ws socket = connect(token.token());
      socket.send(request("SEND_MESSAGE", "v2", Map.of("Content", "from v2")));
      Map<String, Object> message = socket.nextObject();

      assertThat(socket.ws.getSubprotocol()).isEqualTo(token.token());
      assertThat(message).containsEntry("Content", "from v2")
          .containsEntry("Sender", Map.of("UserId", "v2-user",
              "Attributes", Map.of("displayName", "Vee")));
      assertThat(account.chatMessages()).singleElement()
          .extracting(ChatFrame.Message::content).isEqualTo("from v2");
      assertThat(account.connections()).singleElement()
          .extracting(ChatConnectionInfo::roomArn).isEqualTo(created.arn());
    }
  }

  @Test
  void a_used_token_is_refused_with_403_and_does_not_open_a_second_connection() throws Exception {
    ChatToken token = token(account, room, "alice", List.of(), Map.of());
    connect(token.token());

    assertThat(refusal(server.chatEndpoint(), token.token())).isEqualTo(403);
    assertThat(account.connections()).hasSize(1);
    awaitTrue(() -> server.openConnections() == 1, "the refused TCP connection is closed");
  }

  @Test
  void a_token_the_server_never_issued_is_refused_with_401() throws Exception {
    assertThat(refusal(server.chatEndpoint(), "AQICAHnotAToken_-123")).isEqualTo(401);
    assertThat(account.connections()).isEmpty();
  }

  @Test
  void a_token_past_its_expiration_time_on_the_fake_clock_is_refused_with_401() throws Exception {
    ChatToken token = token(account, room, "alice", List.of(), Map.of());
    account.clock().set(token.tokenExpirationTime());

    assertThat(refusal(server.chatEndpoint(), token.token())).isEqualTo(401);
    assertThat(account.connections()).isEmpty();
  }

  @Test
  void a_token_is_refused_with_403_once_its_room_is_deleted() throws Exception {
    ChatToken token = token(account, room, "alice", List.of(), Map.of());
    account.call(new IvsChatRequest.DeleteRoom(room.arn())).value();

    assertThat(refusal(server.chatEndpoint(), token.token())).isEqualTo(403);
  }

  @Test
  void the_handshake_refusal_status_setting_answers_every_refusal_with_one_status()
      throws Exception {
    try (IvsChatServer strict = IvsChatServer.builder().handshakeRefusalStatus(418).start()) {
      IvsChat chat = strict.account(KEY);
      Room lobby = chat.call(IvsChatRequest.CreateRoom.named("lobby")).value();
      ChatToken used = token(chat, lobby, "alice", List.of(), Map.of());
      Ws first = connect(strict.chatEndpoint(), used.token());
      ChatToken expired = token(chat, lobby, "bob", List.of(), Map.of());

      assertThat(refusal(strict.chatEndpoint(), used.token())).isEqualTo(418);
      assertThat(refusal(strict.chatEndpoint(), "neverIssued")).isEqualTo(418);
      assertThat(refusal(strict.chatEndpoint(), (String) null)).isEqualTo(418);
      chat.clock().set(expired.tokenExpirationTime());
      assertThat(refusal(strict.chatEndpoint(), expired.token())).isEqualTo(418);
      assertThat(first.ws.isInputClosed()).isFalse();
    }
  }

  @Test
  void a_handshake_without_a_subprotocol_is_refused_with_401() throws Exception {
    assertThat(refusal(server.chatEndpoint(), (String) null)).isEqualTo(401);
    assertThat(account.connections()).isEmpty();
  }

  @Test
  void a_handshake_with_two_subprotocols_is_refused_and_uses_up_neither_token() throws Exception {
    ChatToken a = token(account, room, "alice", List.of(), Map.of());
    ChatToken b = token(account, room, "bob", List.of(), Map.of());

    assertThat(refusal(server.chatEndpoint(), a.token(), b.token())).isEqualTo(401);
    assertThat(account.connections()).isEmpty();
    Ws alice = connect(a.token());
    assertThat(alice.ws.getSubprotocol()).isEqualTo(a.token());
  }

  // ---------------------------------------------------------------- frames

  @Test
  void the_own_message_comes_back_as_one_json_object_exactly_as_the_engine_delivered_it()
      throws Exception {
    ChatToken token = token(account, room, "alice", List.of("SEND_MESSAGE"),
        Map.of("displayName", "Alice"));
    Ws alice = connect(token.token());

    alice.send(request("SEND_MESSAGE", "req-1", Map.of("Content", "héllo 👋",
        "Attributes", Map.of("color", "red"))));
    String text = alice.nextText();

    ChatFrame delivered = receivedBy(token).get(0);
    assertThat(text).isEqualTo(wire(delivered));
    Map<String, Object> frame = object(text);
    assertThat(frame).containsOnlyKeys("Type", "Id", "RequestId", "Content", "Attributes",
        "SendTime", "Sender");
    assertThat(frame).containsEntry("Type", "MESSAGE").containsEntry("RequestId", "req-1")
        .containsEntry("Content", "héllo 👋").containsEntry("Attributes", Map.of("color", "red"))
        .containsEntry("Sender", Map.of("UserId", "alice",
            "Attributes", Map.of("displayName", "Alice")));
    assertThat((String) frame.get("Id")).matches("[A-Za-z0-9]{12}");
    assertThat((String) frame.get("SendTime"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3,9}Z");
  }

  @Test
  void another_users_message_arrives_exactly_as_an_in_process_connection_in_the_room_sees_it()
      throws Exception {
    ChatToken aliceToken = token(account, room, "alice", List.of("SEND_MESSAGE"), Map.of());
    ChatToken bobToken = token(account, room, "bob", List.of(), Map.of());
    Ws alice = connect(aliceToken.token());
    Ws bob = connect(bobToken.token());
    ChatConnection carol = account.connect(token(account, room, "carol", List.of(), Map.of())
        .token());

    alice.send(request("SEND_MESSAGE", "req-a", Map.of("Content", "hi all")));
    String aliceSees = alice.nextText();
    String bobSees = bob.nextText();

    assertThat(bobSees).isEqualTo(wire(carol.received().get(0)));
    assertThat(bobSees).isEqualTo(wire(receivedBy(bobToken).get(0)));
    assertThat(aliceSees).isEqualTo(wire(receivedBy(aliceToken).get(0)));
    Map<String, Object> toBob = object(bobSees);
    Map<String, Object> toAlice = object(aliceSees);
    assertThat(toBob).containsEntry("RequestId", "").containsEntry("Content", "hi all")
        .containsEntry("Attributes", null)
        .containsEntry("Sender", senderWithoutAttributes("alice"));
    assertThat(toBob.get("Id")).isEqualTo(toAlice.get("Id"));
    assertThat(toAlice).containsEntry("RequestId", "req-a");
  }

  @Test
  void a_message_sent_in_process_reaches_the_socket_too() throws Exception {
    ChatToken bobToken = token(account, room, "bob", List.of(), Map.of());
    Ws bob = connect(bobToken.token());
    ChatConnection carol = account.connect(token(account, room, "carol",
        List.of("SEND_MESSAGE"), Map.of("role", "host")).token());
    ChatConnection dave = account.connect(token(account, room, "dave", List.of(), Map.of())
        .token());

    carol.sendMessage("from the JVM", Map.of("k", "v"));

    String text = bob.nextText();
    assertThat(text).isEqualTo(wire(dave.received().get(0)));
    assertThat(object(text)).containsEntry("Content", "from the JVM")
        .containsEntry("Sender", Map.of("UserId", "carol", "Attributes", Map.of("role", "host")));
  }

  @Test
  void deleting_a_message_broadcasts_aws_delete_message_with_both_id_spellings() throws Exception {
    ChatToken modToken = token(account, room, "mod", ALL, Map.of());
    ChatToken bobToken = token(account, room, "bob", List.of("SEND_MESSAGE"), Map.of());
    Ws mod = connect(modToken.token());
    Ws bob = connect(bobToken.token());
    bob.send(request("SEND_MESSAGE", "b-1", Map.of("Content", "spam")));
    String messageId = (String) bob.nextObject().get("Id");
    assertThat(mod.nextObject()).containsEntry("Id", messageId);

    mod.send(request("DELETE_MESSAGE", "del-1", Map.of("Id", messageId, "Reason", "spam")));
    String modSees = mod.nextText();
    String bobSees = bob.nextText();

    assertThat(modSees).isEqualTo(wire(receivedBy(modToken).get(1)));
    assertThat(bobSees).isEqualTo(wire(receivedBy(bobToken).get(1)));
    Map<String, Object> toMod = object(modSees);
    assertThat(toMod).containsOnlyKeys("Type", "Id", "RequestId", "EventName", "Attributes",
        "SendTime");
    assertThat(toMod).containsEntry("Type", "EVENT").containsEntry("RequestId", "del-1")
        .containsEntry("EventName", "aws:DELETE_MESSAGE")
        .containsEntry("Attributes", Map.of("MessageId", messageId, "MessageID", messageId,
            "Reason", "spam"));
    assertThat(object(bobSees)).containsEntry("RequestId", "")
        .containsEntry("Id", toMod.get("Id"))
        .containsEntry("Attributes", toMod.get("Attributes"));
    assertThat(toMod.get("Id")).isNotEqualTo(messageId);
  }

  @Test
  void control_plane_delete_message_reaches_the_socket_with_the_returned_id() throws Exception {
    ChatToken bobToken = token(account, room, "bob", List.of(), Map.of());
    Ws bob = connect(bobToken.token());

    SentEvent deleted = account.call(new IvsChatRequest.DeleteMessage(room.arn(), "AbCdEf123456",
        "off topic")).value();

    Map<String, Object> event = bob.nextObject();
    assertThat(event).containsEntry("Type", "EVENT").containsEntry("Id", deleted.id())
        .containsEntry("RequestId", "").containsEntry("EventName", "aws:DELETE_MESSAGE")
        .containsEntry("Attributes", Map.of("MessageId", "AbCdEf123456",
            "MessageID", "AbCdEf123456", "Reason", "off topic"));
  }

  @Test
  void control_plane_send_event_reaches_the_socket_as_an_event_frame() throws Exception {
    ChatToken bobToken = token(account, room, "bob", List.of(), Map.of());
    Ws bob = connect(bobToken.token());

    SentEvent sent = account.call(new IvsChatRequest.SendEvent(room.arn(), "app:JOIN",
        Map.of("who", "carol"))).value();

    String text = bob.nextText();
    assertThat(text).isEqualTo(wire(receivedBy(bobToken).get(0)));
    assertThat(object(text)).containsEntry("Type", "EVENT").containsEntry("Id", sent.id())
        .containsEntry("RequestId", "").containsEntry("EventName", "app:JOIN")
        .containsEntry("Attributes", Map.of("who", "carol"));
  }

  @Test
  void disconnecting_a_user_sends_the_event_then_a_close_frame_with_cores_code_and_reason()
      throws Exception {
    ChatToken modToken = token(account, room, "mod", ALL, Map.of());
    ChatToken bobToken = token(account, room, "bob", List.of(), Map.of());
    Ws mod = connect(modToken.token());
    Ws bob = connect(bobToken.token());

    mod.send(request("DISCONNECT_USER", "kick-1", Map.of("UserId", "bob", "Reason", "rude")));

    Map<String, Object> toMod = mod.nextObject();
    assertThat(toMod).containsEntry("Type", "EVENT").containsEntry("RequestId", "kick-1")
        .containsEntry("EventName", "aws:DISCONNECT_USER")
        .containsEntry("Attributes", Map.of("UserId", "bob", "Reason", "rude"));
    assertThat(bob.nextObject()).containsEntry("EventName", "aws:DISCONNECT_USER")
        .containsEntry("Id", toMod.get("Id"));
    Ws.Closed closed = bob.nextClose();
    CloseReason reason = closeReasonOf(bobToken);
    assertThat(reason.kind()).isEqualTo(CloseReason.Kind.USER_DISCONNECTED);
    assertThat(closed.code()).isEqualTo(reason.kind().closeCode()).isEqualTo(1000);
    assertThat(closed.reason()).isEqualTo(reason.text()).isEqualTo("rude");
    awaitTrue(() -> server.openConnections() == 1, "only the moderator's socket stays open");
    mod.send(request("SEND_MESSAGE", "m-2", Map.of("Content", "still here")));
    assertThat(mod.nextObject()).containsEntry("Content", "still here");
  }

  @Test
  void control_plane_disconnect_user_closes_every_socket_of_that_user() throws Exception {
    ChatToken phone = token(account, room, "bob", List.of(), Map.of());
    ChatToken laptop = token(account, room, "bob", List.of(), Map.of());
    Ws first = connect(phone.token());
    Ws second = connect(laptop.token());

    account.call(new IvsChatRequest.DisconnectUser(room.arn(), "bob", null)).value();

    for (Ws socket : List.of(first, second)) {
      assertThat(socket.nextObject()).containsEntry("EventName", "aws:DISCONNECT_USER")
          .containsEntry("Attributes", Map.of("UserId", "bob"));
      assertThat(socket.nextClose()).isEqualTo(new Ws.Closed(1000, ""));
    }
    assertThat(account.connections()).allSatisfy(c -> assertThat(c.closeReason())
        .map(CloseReason::kind).contains(CloseReason.Kind.USER_DISCONNECTED));
  }

  @Test
  void a_request_without_its_capability_gets_error_403_with_its_request_id() throws Exception {
    ChatToken viewer = token(account, room, "viewer", List.of(), Map.of());
    Ws socket = connect(viewer.token());

    socket.send(request("SEND_MESSAGE", "send-1", Map.of("Content", "hello")));
    socket.send(request("DELETE_MESSAGE", "del-1", Map.of("Id", "AbCdEf123456")));
    socket.send(request("DISCONNECT_USER", "dis-1", Map.of("UserId", "someone")));

    List<ChatFrame> delivered = new ArrayList<>();
    for (String requestId : List.of("send-1", "del-1", "dis-1")) {
      String text = socket.nextText();
      Map<String, Object> error = object(text);
      assertThat(error).containsOnlyKeys("Type", "Id", "RequestId", "ErrorCode", "ErrorMessage");
      assertThat(error).containsEntry("Type", "ERROR").containsEntry("RequestId", requestId)
          .containsEntry("ErrorCode", 403L);
      assertThat((String) error.get("ErrorMessage")).isNotBlank();
      assertThat(text).contains("\"ErrorCode\":403");
      delivered.add(receivedBy(viewer).get(delivered.size()));
      assertThat(text).isEqualTo(wire(delivered.get(delivered.size() - 1)));
    }
    assertThat(account.chatMessages()).isEmpty();
  }

  @Test
  void unreadable_frames_get_error_400_and_the_connection_keeps_working() throws Exception {
    ChatToken alice = token(account, room, "alice", List.of("SEND_MESSAGE"), Map.of());
    Ws socket = connect(alice.token());

    socket.send("{not json");
    socket.send("[{\"Action\":\"SEND_MESSAGE\",\"Content\":\"in an array\"}]");
    socket.send("\"SEND_MESSAGE\"");
    socket.send("{\"Action\":\"FLY_AWAY\",\"RequestId\":\"unknown-1\"}");
    socket.send("{\"Action\":\"SEND_MESSAGE\",\"RequestId\":\"bad-1\",\"Content\":42}");
    socket.send("{\"Action\":\"SEND_MESSAGE\",\"RequestId\":\"bad-2\",\"Content\":\"x\","
        + "\"Attributes\":{\"n\":1}}");
    socket.ws.sendBinary(ByteBuffer.wrap(
        "{\"Action\":\"SEND_MESSAGE\",\"Content\":\"binary\"}".getBytes(StandardCharsets.UTF_8)),
        true).get(10, TimeUnit.SECONDS);

    List<String> requestIds = List.of("", "", "", "unknown-1", "bad-1", "bad-2", "");
    for (String requestId : requestIds) {
      Map<String, Object> error = socket.nextObject();
      assertThat(error).containsEntry("Type", "ERROR").containsEntry("ErrorCode", 400L)
          .containsEntry("RequestId", requestId);
    }
    socket.send(request("SEND_MESSAGE", "ok-1", Map.of("Content", "still fine")));
    assertThat(socket.nextObject()).containsEntry("Type", "MESSAGE")
        .containsEntry("RequestId", "ok-1").containsEntry("Content", "still fine");
    assertThat(account.chatMessages()).extracting(ChatFrame.Message::content)
        .containsExactly("still fine");
    List<ChatFrame> errors = receivedBy(alice).subList(0, requestIds.size());
    assertThat(errors).allSatisfy(f -> assertThat(f).isInstanceOf(ChatFrame.Error.class));
  }

  @Test
  void request_member_names_are_read_ignoring_case_but_action_names_are_not() throws Exception {
    ChatToken alice = token(account, room, "alice", List.of("SEND_MESSAGE"), Map.of());
    Ws socket = connect(alice.token());

    socket.send("{\"action\":\"SEND_MESSAGE\",\"requestId\":\"lower-1\",\"content\":\"hi\","
        + "\"attributes\":{\"k\":\"v\"}}");
    socket.send("{\"Action\":\"send_message\",\"RequestId\":\"lower-2\",\"Content\":\"no\"}");

    assertThat(socket.nextObject()).containsEntry("Type", "MESSAGE")
        .containsEntry("RequestId", "lower-1").containsEntry("Content", "hi")
        .containsEntry("Attributes", Map.of("k", "v"));
    assertThat(socket.nextObject()).containsEntry("Type", "ERROR")
        .containsEntry("RequestId", "lower-2").containsEntry("ErrorCode", 400L);
  }

  @Test
  void a_message_too_long_for_the_room_gets_error_400_and_is_not_delivered() throws Exception {
    Room small = account.call(new IvsChatRequest.CreateRoom("small", null, 5, null, null, null))
        .value();
    ChatToken alice = token(account, small, "alice", List.of("SEND_MESSAGE"), Map.of());
    Ws socket = connect(alice.token());

    socket.send(request("SEND_MESSAGE", "long-1", Map.of("Content", "123456")));
    socket.send(request("SEND_MESSAGE", "ok-1", Map.of("Content", "👋👋👋👋👋")));

    assertThat(socket.nextObject()).containsEntry("Type", "ERROR")
        .containsEntry("RequestId", "long-1").containsEntry("ErrorCode", 400L);
    assertThat(socket.nextObject()).containsEntry("Type", "MESSAGE")
        .containsEntry("Content", "👋👋👋👋👋");
  }

  // ---------------------------------------------------------------- endings

  @Test
  void a_session_ending_on_the_fake_clock_sends_error_401_then_a_close_frame() throws Exception {
    ChatToken alice = token(account, room, "alice", List.of("SEND_MESSAGE"), Map.of());
    Ws socket = connect(alice.token());

    account.clock().set(alice.sessionExpirationTime());

    String text = socket.nextText();
    assertThat(text).isEqualTo(wire(receivedBy(alice).get(0)));
    assertThat(object(text)).containsEntry("Type", "ERROR").containsEntry("RequestId", "")
        .containsEntry("ErrorCode", 401L);
    Ws.Closed closed = socket.nextClose();
    CloseReason reason = closeReasonOf(alice);
    assertThat(reason.kind()).isEqualTo(CloseReason.Kind.SESSION_EXPIRED);
    assertThat(closed.code()).isEqualTo(reason.kind().closeCode());
    assertThat(reason.text()).startsWith(closed.reason());
    assertThat(closed.reason().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(123);
    awaitTrue(() -> server.openConnections() == 0, "the expired socket is gone");
  }

  @Test
  void the_client_closing_its_socket_closes_the_engine_connection() throws Exception {
    ChatToken alice = token(account, room, "alice", List.of(), Map.of());
    Ws socket = connect(alice.token());
    assertThat(account.connections()).singleElement().extracting(ChatConnectionInfo::isOpen)
        .isEqualTo(true);

    socket.ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(10, TimeUnit.SECONDS);

    assertThat(socket.nextClose().code()).isEqualTo(1000);
    awaitTrue(() -> !account.connections().get(0).isOpen(), "the engine connection closes");
    assertThat(closeReasonOf(alice).kind()).isEqualTo(CloseReason.Kind.CLIENT_CLOSED);
    awaitTrue(() -> server.openConnections() == 0, "the server closes the TCP connection");
  }

  @Test
  void the_client_dropping_its_socket_closes_the_engine_connection() throws Exception {
    ChatToken alice = token(account, room, "alice", List.of(), Map.of());
    Ws socket = connect(alice.token());

    socket.ws.abort();

    awaitTrue(() -> !account.connections().get(0).isOpen(), "the engine connection closes");
    assertThat(closeReasonOf(alice).kind()).isEqualTo(CloseReason.Kind.CLIENT_CLOSED);
  }

  @Test
  void deleting_the_room_closes_its_sockets_with_a_close_frame() throws Exception {
    ChatToken alice = token(account, room, "alice", List.of(), Map.of());
    Ws socket = connect(alice.token());

    account.call(new IvsChatRequest.DeleteRoom(room.arn())).value();

    Ws.Closed closed = socket.nextClose();
    assertThat(closed.code()).isEqualTo(CloseReason.Kind.ROOM_DELETED.closeCode());
    assertThat(closeReasonOf(alice).kind()).isEqualTo(CloseReason.Kind.ROOM_DELETED);
  }

  @Test
  void resetting_the_server_closes_open_sockets_with_a_close_frame() throws Exception {
    ChatToken alice = token(account, room, "alice", List.of(), Map.of());
    Ws socket = connect(alice.token());

    server.reset();

    assertThat(socket.nextClose().code()).isEqualTo(CloseReason.Kind.FAKE_SHUT_DOWN.closeCode());
  }

  // ---------------------------------------------------------------- helpers

  private static ChatToken token(IvsChat chat, Room room, String userId,
      List<String> capabilities, Map<String, String> attributes) {
    return chat.call(new IvsChatRequest.CreateChatToken(room.arn(), userId, capabilities, null,
        attributes)).value();
  }

  private Ws connect(String token) throws Exception {
    return connect(server.chatEndpoint(), token);
  }

  private Ws connect(URI uri, String token) throws Exception {
    Ws socket = Ws.open(uri, token);
    sockets.add(socket);
    return socket;
  }

  /** The HTTP status that refused a handshake with these subprotocols (none when null). */
  private static int refusal(URI uri, String... subprotocols) throws Exception {
    WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
        .connectTimeout(WAIT);
    if (subprotocols.length > 0 && subprotocols[0] != null) {
      builder.subprotocols(subprotocols[0],
          java.util.Arrays.copyOfRange(subprotocols, 1, subprotocols.length));
    }
    CompletableFuture<WebSocket> future = builder.buildAsync(uri, new WebSocket.Listener() { });
    try {
      WebSocket opened = future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      opened.abort();
      throw new AssertionError("the handshake was accepted");
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
      return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
    }
  }

  private List<ChatFrame> receivedBy(ChatToken token) {
    return account.connections().stream().filter(c -> c.token().equals(token.token()))
        .findFirst().orElseThrow().received();
  }

  private CloseReason closeReasonOf(ChatToken token) {
    ChatConnectionInfo info = account.connections().stream()
        .filter(c -> c.token().equals(token.token())).findFirst().orElseThrow();
    return info.closeReason().orElseThrow(() -> new AssertionError(info + " is still open"));
  }

  private static String wire(ChatFrame frame) {
    return new String(Json.write(frame.toWire()), StandardCharsets.UTF_8);
  }

  private static String request(String action, String requestId, Map<String, Object> members) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("Action", action);
    request.put("RequestId", requestId);
    request.putAll(members);
    return new String(Json.write(request), StandardCharsets.UTF_8);
  }

  private static Map<String, Object> senderWithoutAttributes(String userId) {
    Map<String, Object> sender = new LinkedHashMap<>();
    sender.put("UserId", userId);
    sender.put("Attributes", null);
    return sender;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String text) {
    Object value;
    try {
      value = Json.parse(text.getBytes(StandardCharsets.UTF_8));
    } catch (Json.MalformedException e) {
      throw new AssertionError("not one JSON value: " + text, e);
    }
    assertThat(value).as("frame %s", text).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  /** Waits, bounded, for a state the server reaches on another thread after an event we saw. */
  private static void awaitTrue(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
    }
  }

  /** A JDK WebSocket client that queues what it receives. */
  static final class Ws implements WebSocket.Listener {
    record Closed(int code, String reason) {
    }

    record Failed(Throwable error) {
    }

    private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    WebSocket ws;

    static Ws open(URI uri, String token) throws Exception {
      Ws listener = new Ws();
      listener.ws = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT)
          .subprotocols(token).buildAsync(uri, listener).get(WAIT.toSeconds(), TimeUnit.SECONDS);
      return listener;
    }

    void send(String text) throws Exception {
      ws.sendText(text, true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        inbox.add(partial.toString());
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
      inbox.add(new Failed(new AssertionError("a binary frame arrived")));
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      inbox.add(new Closed(statusCode, reason));
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      inbox.add(new Failed(error));
    }

    private Object next() throws InterruptedException, TimeoutException {
      Object item = inbox.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (item == null) {
        throw new TimeoutException("nothing arrived within " + WAIT);
      }
      return item;
    }

    String nextText() throws Exception {
      Object item = next();
      if (item instanceof String text) {
        return text;
      }
      throw new AssertionError("expected a text frame but got " + item);
    }

    Map<String, Object> nextObject() throws Exception {
      return object(nextText());
    }

    Closed nextClose() throws Exception {
      Object item = next();
      if (item instanceof Closed closed) {
        return closed;
      }
      throw new AssertionError("expected a close frame but got " + item);
    }

    void abort() {
      if (ws != null) {
        ws.abort();
      }
    }
  }
}
