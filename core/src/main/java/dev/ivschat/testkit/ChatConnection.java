package dev.ivschat.testkit;

import dev.ivschat.testkit.internal.engine.Connection;
import dev.ivschat.testkit.internal.engine.Engine;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One live chat connection, as a client's WebSocket to the Messaging API would be: opened with a
 * token by {@link IvsChat#connect(String)}, it sends {@link ChatRequest}s and receives
 * {@link ChatFrame}s.
 *
 * <pre>{@code
 * ChatConnection alice = ivsChat.connect(aliceToken);
 * ChatConnection bob = ivsChat.connect(bobToken);
 * alice.sendMessage("hello");
 * assertThat(bob.messages()).extracting(ChatFrame.Message::content).containsExactly("hello");
 * }</pre>
 *
 * <p>Thread-safe. A request on a closed connection is dropped, as a closed socket carries nothing.
 */
public final class ChatConnection {
  private final Engine engine;
  private final Connection connection;

  ChatConnection(Engine engine, Connection connection) {
    this.engine = engine;
    this.connection = connection;
  }

  /**
   * The connection's id in this fake.
   *
   * @return e.g. {@code conn-1}
   */
  public String id() {
    return connection.id();
  }

  /**
   * The token the connection was opened with.
   *
   * @return the token
   */
  public ChatToken token() {
    return connection.token();
  }

  /**
   * The token's user id.
   *
   * @return the user id
   */
  public String userId() {
    return connection.token().userId();
  }

  /**
   * The room's ARN.
   *
   * @return the ARN
   */
  public String roomArn() {
    return connection.token().roomArn();
  }

  /**
   * Sends a request; what it causes arrives as frames, an ERROR frame when it fails.
   *
   * @param request the request (members may be null)
   */
  public void send(ChatRequest request) {
    engine.send(connection, Objects.requireNonNull(request, "request"));
  }

  /**
   * Sends {@code SEND_MESSAGE} with no attributes and no request id.
   *
   * @param content the content
   */
  public void sendMessage(String content) {
    send(new ChatRequest.SendMessage(null, content, null));
  }

  /**
   * Sends {@code SEND_MESSAGE} with attributes and no request id.
   *
   * @param content the content
   * @param attributes the attributes
   */
  public void sendMessage(String content, Map<String, String> attributes) {
    send(new ChatRequest.SendMessage(null, content, attributes));
  }

  /**
   * Sends {@code DELETE_MESSAGE} with no request id.
   *
   * @param messageId the message's id
   * @param reason why, or null
   */
  public void deleteMessage(String messageId, String reason) {
    send(new ChatRequest.DeleteMessage(null, messageId, reason));
  }

  /**
   * Sends {@code DISCONNECT_USER} with no request id.
   *
   * @param userId the user
   * @param reason why, or null
   */
  public void disconnectUser(String userId, String reason) {
    send(new ChatRequest.DisconnectUser(null, userId, reason));
  }

  /**
   * Every frame received, in the order delivered.
   *
   * @return a snapshot
   */
  public List<ChatFrame> received() {
    return connection.received();
  }

  /**
   * The MESSAGE frames received.
   *
   * @return a snapshot, in order
   */
  public List<ChatFrame.Message> messages() {
    return of(ChatFrame.Message.class);
  }

  /**
   * The EVENT frames received.
   *
   * @return a snapshot, in order
   */
  public List<ChatFrame.Event> events() {
    return of(ChatFrame.Event.class);
  }

  /**
   * The ERROR frames received.
   *
   * @return a snapshot, in order
   */
  public List<ChatFrame.Error> errors() {
    return of(ChatFrame.Error.class);
  }

  private <T extends ChatFrame> List<T> of(Class<T> type) {
    return received().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * Whether the connection is open.
   *
   * @return true until it closes
   */
  public boolean isOpen() {
    return connection.closeReason().isEmpty();
  }

  /**
   * Why the connection closed.
   *
   * @return the reason, if it has closed
   */
  public Optional<CloseReason> closeReason() {
    return connection.closeReason();
  }

  /** Closes the connection from the client's side; nothing happens if it is already closed. */
  public void close() {
    engine.close(connection);
  }

  /**
   * Adds a listener for the frames and the close from now on; to hear everything, pass it to
   * {@link IvsChat#connect(String, ChatListener)} instead.
   *
   * @param listener the listener
   * @return this connection
   */
  public ChatConnection addListener(ChatListener listener) {
    connection.addListener(listener);
    return this;
  }

  /**
   * A snapshot of the connection for the control surface.
   *
   * @return the snapshot
   */
  public ChatConnectionInfo info() {
    return connection.info();
  }

  @Override
  public String toString() {
    return "ChatConnection[" + id() + ", " + userId() + " in " + roomArn() + "]";
  }
}
