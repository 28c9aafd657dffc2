package dev.ivschat.testkit.jqwik;

import dev.ivschat.testkit.ChatRequest;
import java.util.Objects;

/**
 * A Messaging API request (what a WebSocket client sends) wrong in exactly one member, with the
 * ERROR frame the fake answers it with. The Messaging API names no field in its errors, so the
 * member is named as it is on the wire ({@code Content}, {@code Attributes}, {@code Id},
 * {@code Reason}, {@code UserId}) and the answer is given as the ERROR frame's
 * {@code ErrorCode} and {@code ErrorMessage}.
 *
 * <pre>{@code
 * @Property
 * void a_bad_message_is_answered_by_an_error(
 *     @ForAll("badMessages") InvalidChatRequest<ChatRequest.SendMessage> bad) {
 *   alice.send(bad.request());
 *   assertThat(alice.errors()).singleElement().satisfies(error -> {
 *     assertThat(error.errorCode()).isEqualTo(bad.errorCode());
 *     assertThat(error.errorMessage()).isEqualTo(bad.errorMessage());
 *   });
 * }
 * }</pre>
 *
 * @param request the request; every member but {@code field} is valid
 * @param field the wrong member, by its wire name
 * @param violation what is wrong with it, in words
 * @param errorCode the ERROR frame's {@code ErrorCode} (400, or 413 for attributes too large)
 * @param errorMessage the ERROR frame's {@code ErrorMessage}, exactly as the fake writes it
 * @param <R> the request type
 */
public record InvalidChatRequest<R extends ChatRequest>(R request, String field, String violation,
    int errorCode, String errorMessage) {

  /**
   * Checks the components.
   *
   * @param request the request
   * @param field the member
   * @param violation the violation
   * @param errorCode the error code
   * @param errorMessage the error message
   */
  public InvalidChatRequest {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(violation, "violation");
    Objects.requireNonNull(errorMessage, "errorMessage");
  }
}
