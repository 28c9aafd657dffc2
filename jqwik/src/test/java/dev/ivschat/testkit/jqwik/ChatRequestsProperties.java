package dev.ivschat.testkit.jqwik;

import static dev.ivschat.testkit.jqwik.Fixtures.accepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatRequest;
import dev.ivschat.testkit.CloseReason;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * Every generated Messaging API request is delivered, and every just-invalid one is answered by
 * exactly the ERROR it names and changes nothing.
 */
@StatisticsReport(StatisticsReportMode.OFF)
class ChatRequestsProperties {
  private static final List<String> ALL = List.of("SEND_MESSAGE", "DELETE_MESSAGE",
      "DISCONNECT_USER");
  private static final InvalidIvsChatArbitraries INVALID = IvsChatArbitraries.invalid();
  private static final String SENDER = "moderator";

  /** A fake with one room of this maximum length. */
  private static final class Lobby {
    final IvsChat ivsChat = new IvsChat();
    final Room room;
    final ChatConnection sender;
    final ChatConnection other;

    Lobby(int maximumMessageLength) {
      room = accepted(ivsChat, new IvsChatRequest.CreateRoom("lobby", null, maximumMessageLength,
          null, null, null));
      sender = connect(SENDER);
      other = connect("watcher");
    }

    ChatConnection connect(String userId) {
      return ivsChat.connect(accepted(ivsChat, new IvsChatRequest.CreateChatToken(room.arn(),
          userId, ALL, null, null)).token());
    }
  }

  @Property(tries = 200)
  void every_generated_message_is_delivered_to_the_whole_room(
      @ForAll("messages") Tuple2<Integer, ChatRequest.SendMessage> drawn) {
    ChatRequest.SendMessage request = drawn.get2();
    Lobby lobby = new Lobby(drawn.get1());
    lobby.sender.send(request);
    assertThat(lobby.sender.errors()).isEmpty();
    ChatFrame.Message own = lobby.sender.messages().get(0);
    assertThat(own.content()).isEqualTo(request.content());
    assertThat(own.attributes()).isEqualTo(request.attributes() == null ? Map.of()
        : request.attributes());
    assertThat(own.requestId()).isEqualTo(request.requestId() == null ? ""
        : request.requestId());
    assertThat(lobby.other.messages()).singleElement()
        .isEqualTo(own.withRequestId(""));
    int length = request.content().codePointCount(0, request.content().length());
    Statistics.label("length").collect(length == 1 ? "1" : length == drawn.get1() ? "maximum"
        : "between");
    Statistics.label("outside the BMP").collect(length != request.content().length());
    Statistics.label("outside the BMP").coverage(c -> c.check(true).percentage(p -> p >= 10));
    Statistics.label("length").coverage(c -> c.check("maximum").percentage(p -> p >= 2));
  }

  @Property(tries = 100)
  void every_generated_delete_message_reaches_the_room_as_an_event(
      @ForAll("deletes") ChatRequest.DeleteMessage request) {
    Lobby lobby = new Lobby(500);
    lobby.sender.send(request);
    assertThat(lobby.sender.errors()).isEmpty();
    assertThat(lobby.other.events()).singleElement().satisfies(event -> {
      assertThat(event.eventName()).isEqualTo(SentEvent.DELETE_MESSAGE);
      assertThat(event.attributes()).containsEntry("MessageId", request.id());
    });
    assertThat(lobby.ivsChat.sentEvents()).hasSize(1);
  }

  @Property(tries = 100)
  void every_generated_disconnect_user_closes_the_users_connections(
      @ForAll("disconnects") ChatRequest.DisconnectUser request) {
    Assume.that(!request.userId().equals(SENDER) && !request.userId().equals("watcher"));
    Lobby lobby = new Lobby(500);
    ChatConnection kicked = lobby.connect(request.userId());
    lobby.sender.send(request);
    assertThat(lobby.sender.errors()).isEmpty();
    assertThat(kicked.closeReason()).map(CloseReason::kind)
        .contains(CloseReason.Kind.USER_DISCONNECTED);
    assertThat(lobby.other.events()).singleElement().satisfies(event ->
        assertThat(event.attributes()).containsEntry("UserId", request.userId()));
  }

  @Property(tries = 200)
  void every_just_invalid_message_is_answered_by_its_error_and_changes_nothing(
      @ForAll("badMessages") Tuple2<Integer, InvalidChatRequest<ChatRequest.SendMessage>> drawn) {
    InvalidChatRequest<ChatRequest.SendMessage> bad = drawn.get2();
    Lobby lobby = new Lobby(drawn.get1());
    assertAnsweredAndNothingChanged(lobby, bad);
    Statistics.label("field").collect(bad.field(), bad.errorCode());
    Statistics.label("field").coverage(c -> {
      c.check("Content", 400).percentage(p -> p >= 15);
      c.check("Attributes", 413).percentage(p -> p >= 15);
      c.check("Attributes", 400).percentage(p -> p >= 15);
    });
  }

  @Property(tries = 100)
  void every_just_invalid_delete_message_is_answered_by_its_error_and_changes_nothing(
      @ForAll("badDeletes") InvalidChatRequest<ChatRequest.DeleteMessage> bad) {
    assertAnsweredAndNothingChanged(new Lobby(500), bad);
    Statistics.label("field").collect(bad.field());
    Statistics.label("field").coverage(c -> c.check("Reason").percentage(p -> p >= 20));
  }

  @Property(tries = 100)
  void every_just_invalid_disconnect_user_is_answered_by_its_error_and_changes_nothing(
      @ForAll("badDisconnects") InvalidChatRequest<ChatRequest.DisconnectUser> bad) {
    assertAnsweredAndNothingChanged(new Lobby(500), bad);
    Statistics.label("field").collect(bad.field());
    Statistics.label("field").coverage(c -> c.check("Reason").percentage(p -> p >= 20));
  }

  private static void assertAnsweredAndNothingChanged(Lobby lobby, InvalidChatRequest<?> bad) {
    lobby.sender.send(bad.request());
    String requestId = bad.request().requestId() == null ? "" : bad.request().requestId();
    assertThat(lobby.sender.received()).singleElement()
        .isInstanceOfSatisfying(ChatFrame.Error.class, error -> {
          assertThat(error.errorCode()).as(bad.violation()).isEqualTo(bad.errorCode());
          assertThat(error.errorMessage()).isEqualTo(bad.errorMessage());
          assertThat(error.requestId()).isEqualTo(requestId);
        });
    assertThat(lobby.other.received()).isEmpty();
    assertThat(lobby.ivsChat.chatMessages()).isEmpty();
    assertThat(lobby.ivsChat.sentEvents()).isEmpty();
    assertThat(lobby.ivsChat.connections()).allMatch(c -> c.isOpen());
  }

  @Example
  void message_contents_have_the_length_boundaries_emoji_and_combining_marks_as_edge_cases() {
    List<String> edges = edges(IvsChatArbitraries.messageContents(10));
    assertThat(edges).extracting(s -> s.codePointCount(0, s.length())).contains(1, 10);
    assertThat(edges).contains("\uD83D\uDE00".repeat(10), "e\u0301".repeat(5), "\u0301");
    List<Invalid<String>> bad = edges(INVALID.messageContents(10));
    assertThat(bad).extracting(Invalid::value).contains(null, "", "a".repeat(11),
        "\uD83D\uDE00".repeat(11));
    assertThat(bad).extracting(Invalid::field).containsOnly("Content");
  }

  @Example
  void a_room_length_outside_the_service_range_is_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IvsChatArbitraries.messageContents(501))
        .withMessage("maximumMessageLength must be between 1 and 500, but was 501");
  }

  private static <T> List<T> edges(Arbitrary<T> arbitrary) {
    return StreamSupport.stream(arbitrary.edgeCases().spliterator(), false)
        .map(Shrinkable::value).toList();
  }

  @Provide
  Arbitrary<Tuple2<Integer, ChatRequest.SendMessage>> messages() {
    return IvsChatArbitraries.maximumMessageLengths().flatMap(max ->
        IvsChatArbitraries.chatSendMessages(max).map(request -> Tuple.of(max, request)));
  }

  @Provide
  Arbitrary<Tuple2<Integer, InvalidChatRequest<ChatRequest.SendMessage>>> badMessages() {
    return IvsChatArbitraries.maximumMessageLengths().flatMap(max ->
        INVALID.chatSendMessages(max).map(request -> Tuple.of(max, request)));
  }

  @Provide
  Arbitrary<ChatRequest.DeleteMessage> deletes() {
    return IvsChatArbitraries.chatDeleteMessages();
  }

  @Provide
  Arbitrary<ChatRequest.DisconnectUser> disconnects() {
    return IvsChatArbitraries.chatDisconnectUsers();
  }

  @Provide
  Arbitrary<InvalidChatRequest<ChatRequest.DeleteMessage>> badDeletes() {
    return INVALID.chatDeleteMessages();
  }

  @Provide
  Arbitrary<InvalidChatRequest<ChatRequest.DisconnectUser>> badDisconnects() {
    return INVALID.chatDisconnectUsers();
  }
}
