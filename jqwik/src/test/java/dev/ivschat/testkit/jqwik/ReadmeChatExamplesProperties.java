package dev.ivschat.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatRequest;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Room;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The README's live-chat examples, run as part of the build. */
class ReadmeChatExamplesProperties {
  static final List<String> ALL = List.of("SEND_MESSAGE", "DELETE_MESSAGE", "DISCONNECT_USER");

  /** A user connected to a room of the given maximum message length. */
  static ChatConnection connectedTo(IvsChat ivsChat, int maximumMessageLength, String user) {
    Room room = ivsChat.call(new IvsChatRequest.CreateRoom("lobby", null, maximumMessageLength,
        null, null, null)).value();
    return ivsChat.connect(ivsChat.call(new IvsChatRequest.CreateChatToken(room.arn(), user, ALL,
        null, null)).value().token());
  }

  @Property(tries = 200)
  void every_generated_message_is_delivered(@ForAll("messages") ChatRequest.SendMessage message) {
    ChatConnection alice = connectedTo(new IvsChat(), 100, "alice");
    alice.send(message);
    assertThat(alice.messages()).singleElement()
        .extracting(ChatFrame.Message::content).isEqualTo(message.content());
  }

  @Provide
  Arbitrary<ChatRequest.SendMessage> messages() {
    return IvsChatArbitraries.chatSendMessages(100);
  }

  @Property(tries = 200)
  void a_bad_message_is_answered_by_its_error(
      @ForAll("badMessages") InvalidChatRequest<ChatRequest.SendMessage> bad) {
    IvsChat ivsChat = new IvsChat();
    ChatConnection alice = connectedTo(ivsChat, 100, "alice");
    alice.send(bad.request());
    assertThat(alice.errors()).singleElement().satisfies(error -> {
      assertThat(error.errorCode()).isEqualTo(bad.errorCode());
      assertThat(error.errorMessage()).isEqualTo(bad.errorMessage());
    });
    assertThat(ivsChat.chatMessages()).isEmpty();
  }

  @Provide
  Arbitrary<InvalidChatRequest<ChatRequest.SendMessage>> badMessages() {
    return IvsChatArbitraries.invalid().chatSendMessages(100);
  }

  @Property(tries = 100)
  void any_content_up_to_the_rooms_limit(@ForAll("contents") String content) {
    ChatConnection alice = connectedTo(new IvsChat(), 20, "alice");
    alice.sendMessage(content);
    assertThat(alice.errors()).isEmpty();
  }

  @Provide
  Arbitrary<String> contents() {
    return IvsChatArbitraries.messageContents(20);
  }
}
