package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.internal.ShouldHaveConnectionState.shouldBeOpen;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveConnectionState.shouldHaveClosed;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveReceived.shouldHaveReceived;
import static org.assertj.core.error.ShouldNotBeNull.shouldNotBeNull;

import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.CloseReason;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on a live {@link ChatConnection}: whether it is open, why it closed, and the frames it
 * received. A failure about frames lists every frame the connection received.
 *
 * <pre>{@code
 * assertThat(viewer).receivedMessages().containsExactly("hi");
 * assertThat(viewer).receivedEvent("aws:DELETE_MESSAGE");
 * assertThat(spammer).wasDisconnected().withReason("spam");
 * assertThat(sender).isOpen().receivedError(406);
 * }</pre>
 */
public class ChatConnectionAssert extends AbstractAssert<ChatConnectionAssert, ChatConnection> {
  private Navigation navigation = Navigation.HARD;

  /**
   * An assert on a connection.
   *
   * @param actual the connection
   */
  public ChatConnectionAssert(ChatConnection actual) {
    super(actual, ChatConnectionAssert.class);
  }

  /**
   * Verifies that the actual value is not null.
   *
   * @return this assertion object
   * @throws AssertionError if it is null
   */
  @Override
  public ChatConnectionAssert isNotNull() {
    if (actual == null) {
      throwAssertionError(shouldNotBeNull());
    }
    return myself;
  }

  ChatConnectionAssert navigation(Navigation navigation) {
    this.navigation = navigation;
    return this;
  }

  /**
   * Verifies that the connection is open.
   *
   * @return this assertion object
   * @throws AssertionError if it closed; the message says why
   */
  public ChatConnectionAssert isOpen() {
    isNotNull();
    if (!actual.isOpen()) {
      throwAssertionError(shouldBeOpen(actual));
    }
    return myself;
  }

  /**
   * Verifies that the connection has closed, for any reason.
   *
   * @return this assertion object
   * @throws AssertionError if it is open
   */
  public ChatConnectionAssert isClosed() {
    return closed(reason -> true, "");
  }

  /**
   * Verifies that the connection closed for this kind of reason.
   *
   * @param kind the expected kind, e.g. {@link CloseReason.Kind#ROOM_DELETED}
   * @return this assertion object
   * @throws AssertionError if it is open or closed for another kind of reason
   */
  public ChatConnectionAssert wasClosedBy(CloseReason.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return closed(reason -> reason.kind() == kind, kind.name());
  }

  /**
   * Verifies that the connection was closed by a {@code DISCONNECT_USER} request or the
   * control-plane {@code DisconnectUser}; chain {@link #withReason(String)} for the reason.
   *
   * @return this assertion object
   * @throws AssertionError if it is open or closed for another kind of reason
   */
  public ChatConnectionAssert wasDisconnected() {
    return wasClosedBy(CloseReason.Kind.USER_DISCONNECTED);
  }

  /**
   * Verifies the text of the close reason: the moderator's reason for a disconnect.
   *
   * @param text the expected text ({@code ""} when the disconnect gave none)
   * @return this assertion object
   * @throws AssertionError if it is open or closed with another text
   */
  public ChatConnectionAssert withReason(String text) {
    return closed(reason -> reason.text().equals(text), "with reason \"" + text + "\"");
  }

  /**
   * Verifies that the connection received a MESSAGE with this content.
   *
   * @param content the content as delivered
   * @return this assertion object
   * @throws AssertionError if it received none; the message lists what it received
   */
  public ChatConnectionAssert receivedMessage(String content) {
    return received(ChatFrame.Message.class, m -> m.content().equals(content),
        "a MESSAGE \"" + content + "\"");
  }

  /**
   * Verifies that the connection received an EVENT with this name.
   *
   * @param eventName the name, e.g. {@code aws:DELETE_MESSAGE} or {@code app:welcome}
   * @return this assertion object
   * @throws AssertionError if it received none; the message lists what it received
   */
  public ChatConnectionAssert receivedEvent(String eventName) {
    return received(ChatFrame.Event.class, e -> e.eventName().equals(eventName),
        "an EVENT " + eventName);
  }

  /**
   * Verifies that the connection received an ERROR with this code.
   *
   * @param errorCode the code, e.g. 406 for a message a review denied
   * @return this assertion object
   * @throws AssertionError if it received none; the message lists what it received
   */
  public ChatConnectionAssert receivedError(int errorCode) {
    return received(ChatFrame.Error.class, e -> e.errorCode() == errorCode,
        "an ERROR " + errorCode);
  }

  /**
   * Verifies that the connection received an ERROR with this code and message.
   *
   * @param errorCode the code
   * @param errorMessage the message
   * @return this assertion object
   * @throws AssertionError if it received none; the message lists what it received
   */
  public ChatConnectionAssert receivedError(int errorCode, String errorMessage) {
    return received(ChatFrame.Error.class,
        e -> e.errorCode() == errorCode && e.errorMessage().equals(errorMessage),
        "an ERROR " + errorCode + " \"" + errorMessage + "\"");
  }

  /**
   * Verifies that the connection received no frame at all.
   *
   * @return this assertion object
   * @throws AssertionError if it received some; the message lists them
   */
  public ChatConnectionAssert receivedNothing() {
    isNotNull();
    if (!actual.received().isEmpty()) {
      throwAssertionError(shouldHaveReceived(actual, "nothing"));
    }
    return myself;
  }

  /**
   * Navigates to the contents of the MESSAGE frames received, in delivery order, for AssertJ's
   * list assertions.
   *
   * @return an assert on the contents
   */
  public ListAssert<String> receivedMessages() {
    return navigate(c -> c.messages().stream().map(ChatFrame.Message::content).toList());
  }

  /**
   * Navigates to the names of the EVENT frames received, in delivery order.
   *
   * @return an assert on the event names
   */
  public ListAssert<String> receivedEvents() {
    return navigate(c -> c.events().stream().map(ChatFrame.Event::eventName).toList());
  }

  /**
   * Navigates to every frame received, in delivery order.
   *
   * @return an assert on the frames
   */
  public ListAssert<ChatFrame> receivedFrames() {
    return navigate(ChatConnection::received);
  }

  private <T> ListAssert<T> navigate(Function<ChatConnection, List<T>> values) {
    if (actual == null) {
      navigation.fail(assertionError(shouldNotBeNull()));
    }
    return navigation.list(actual == null ? null : values.apply(actual), this);
  }

  private <T extends ChatFrame> ChatConnectionAssert received(Class<T> type,
      Predicate<T> matches, String expected) {
    isNotNull();
    if (actual.received().stream().filter(type::isInstance).map(type::cast).noneMatch(matches)) {
      throwAssertionError(shouldHaveReceived(actual, expected));
    }
    return myself;
  }

  private ChatConnectionAssert closed(Predicate<CloseReason> matches, String expected) {
    isNotNull();
    if (actual.closeReason().filter(matches).isEmpty()) {
      throwAssertionError(shouldHaveClosed(actual, expected));
    }
    return myself;
  }
}
