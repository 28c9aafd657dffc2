package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.ChatRequest;
import dev.ivschat.testkit.ChatRequest.DeleteMessage;
import dev.ivschat.testkit.ChatRequest.DisconnectUser;
import dev.ivschat.testkit.ChatRequest.SendMessage;
import dev.ivschat.testkit.ServiceConstraints.Constraint;
import dev.ivschat.testkit.jqwik.Invalid;
import dev.ivschat.testkit.jqwik.InvalidChatRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The Messaging API's requests ({@code SEND_MESSAGE}, {@code DELETE_MESSAGE},
 * {@code DISCONNECT_USER}), valid and one member wrong, with the ERROR the fake answers.
 */
public final class ChatRequests {
  /** A combining acute accent: one code point that draws on the character before it. */
  public static final int COMBINING_ACUTE = 0x0301;
  private static final double ABSENT = 0.3;
  private static final String REASON_ERROR = "Reason must be " + Model.REASON.min() + " to "
      + Model.REASON.max() + " characters";
  private static final String USER_ID_ERROR = "UserId must be " + Model.USER_ID.min() + " to "
      + Model.USER_ID.max() + " characters";
  private static final String ID_ERROR = "Id must be " + Model.MESSAGE_ID.max()
      + " characters [a-zA-Z0-9]";
  private static final String ZWJ_FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

  private ChatRequests() {
  }

  /**
   * Checks a room's maximum message length against the constraint table.
   *
   * @param maximumMessageLength the length
   * @return the length
   */
  public static int checkLength(int maximumMessageLength) {
    Constraint c = Model.MAX_MESSAGE_LENGTH;
    if (maximumMessageLength < c.min() || maximumMessageLength > c.max()) {
      throw new IllegalArgumentException("maximumMessageLength must be between " + c.min()
          + " and " + c.max() + ", but was " + maximumMessageLength);
    }
    return maximumMessageLength;
  }

  /** Mostly ordinary text, with combining marks and characters outside the BMP mixed in. */
  private static Arbitrary<Integer> contentCodePoints() {
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(8, Alphabets.TEXT.codePoints()),
        Tuple.of(1, Arbitraries.integers().between(0x0300, 0x036F)),
        Tuple.of(1, Arbitraries.of(0x1F600, 0x1F44D, 0x1D54F, 0x20BB7, 0x1F1EF))));
  }

  /**
   * A string of exactly {@code n} code points, cycling through a pattern's code points.
   *
   * @param pattern the pattern
   * @param n the length in code points
   * @return the string
   */
  static String cycle(String pattern, int n) {
    int[] cps = pattern.codePoints().toArray();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.appendCodePoint(cps[i % cps.length]);
    }
    return sb.toString();
  }

  /**
   * Valid message contents: 1 to {@code max} code points.
   *
   * @param max the room's maximum message length
   * @return the contents
   */
  public static Arbitrary<String> contents(int max) {
    checkLength(max);
    List<String> edges = new ArrayList<>(List.of("a", Gen.repeat(Alphabet.EMOJI, 1),
        Gen.repeat(COMBINING_ACUTE, 1), Gen.repeat('a', max), Gen.repeat(Alphabet.EMOJI, max),
        cycle("e\u0301", max)));
    if (max >= ZWJ_FAMILY.codePointCount(0, ZWJ_FAMILY.length())) {
      edges.add(ZWJ_FAMILY);
    }
    return Gen.withBoundaries(contentCodePoints().list().ofMinSize(1).ofMaxSize(max)
        .map(Gen::text), List.copyOf(edges));
  }

  /**
   * Message contents the fake answers with ERROR 400: missing, empty, or longer than {@code max}
   * code points.
   *
   * @param max the room's maximum message length
   * @return reported on {@code Content}
   */
  public static Arbitrary<Invalid<String>> invalidContents(int max) {
    checkLength(max);
    Arbitrary<Invalid<String>> tooLong = Gen.withBoundaries(
        contentCodePoints().list().ofMinSize(max + 1).ofMaxSize(max + Math.max(8, max / 4))
            .map(Gen::text),
        List.of(Gen.repeat('a', max + 1), Gen.repeat(Alphabet.EMOJI, max + 1)))
        .map(s -> new Invalid<>(s, "Content", "has " + Gen.length(s)
            + " code points, more than the room's maximum of " + max));
    return Gen.oneOf(List.of(
        Arbitraries.just(new Invalid<>(null, "Content", "is missing but required")),
        Arbitraries.just(new Invalid<>("", "Content", "is empty")),
        tooLong));
  }

  /**
   * The ERROR message the fake answers an invalid content with.
   *
   * @param content the content
   * @return the message
   */
  static String contentError(String content) {
    return content == null ? "Content is required"
        : content.isEmpty() ? "Content must not be empty" : "Message exceeds maximum length";
  }

  private static Arbitrary<String> requestIds() {
    return Gen.strings(Alphabets.NAME, 1, 36).injectNull(ABSENT);
  }

  /** Strings of a shape that fit in its maximum counted in {@code char}s too, as the chat does. */
  private static Arbitrary<String> chatText(Constraint c) {
    return Values.text(c).filter(s -> s.length() <= c.max());
  }

  /**
   * Valid SEND_MESSAGE requests.
   *
   * @param max the room's maximum message length
   * @param maxAttributeBytes the attribute quota
   * @return the requests
   */
  public static Arbitrary<SendMessage> sendMessages(int max, int maxAttributeBytes) {
    return Combinators.combine(requestIds(), contents(max),
        new DefaultAttributeMapArbitrary().ofMaxBytes(maxAttributeBytes).injectNull(ABSENT))
        .as(SendMessage::new);
  }

  /**
   * Valid DELETE_MESSAGE requests.
   *
   * @return the requests
   */
  public static Arbitrary<DeleteMessage> deleteMessages() {
    return Combinators.combine(requestIds(), Values.messageIds(),
        chatText(Model.REASON).injectNull(ABSENT)).as(DeleteMessage::new);
  }

  /**
   * Valid DISCONNECT_USER requests.
   *
   * @return the requests
   */
  public static Arbitrary<DisconnectUser> disconnectUsers() {
    return Combinators.combine(requestIds(), chatText(Model.USER_ID),
        chatText(Model.REASON).injectNull(ABSENT)).as(DisconnectUser::new);
  }

  /**
   * SEND_MESSAGE requests wrong in {@code Content} or {@code Attributes}.
   *
   * @param max the room's maximum message length
   * @param maxAttributeBytes the attribute quota
   * @return the requests
   */
  public static Arbitrary<InvalidChatRequest<SendMessage>> invalidSendMessages(int max,
      int maxAttributeBytes) {
    Arbitrary<SendMessage> valid = sendMessages(max, maxAttributeBytes);
    Arbitrary<InvalidChatRequest<SendMessage>> content = Combinators.combine(valid,
        invalidContents(max)).as((r, bad) -> new InvalidChatRequest<>(
            new SendMessage(r.requestId(), bad.value(), r.attributes()), bad.field(),
            bad.violation(), 400, contentError(bad.value())));
    Arbitrary<InvalidChatRequest<SendMessage>> tooBig = Combinators.combine(valid,
        InvalidMaps.attributes(maxAttributeBytes)).as((r, bad) -> new InvalidChatRequest<>(
            new SendMessage(r.requestId(), r.content(), bad.value()), "Attributes",
            bad.violation(), 413,
            "Attributes exceed the maximum size of " + maxAttributeBytes + " bytes"));
    Arbitrary<InvalidChatRequest<SendMessage>> nullValue = Combinators.combine(valid,
        Gen.strings(Alphabets.TEXT, 1, 20)).as((r, key) -> {
          Map<String, String> attributes = new LinkedHashMap<>();
          attributes.put(key, null);
          return new InvalidChatRequest<>(new SendMessage(r.requestId(), r.content(), attributes),
              "Attributes", "maps '" + key + "' to null", 400,
              "Attributes must map strings to strings");
        });
    return Gen.oneOf(List.of(content, tooBig, nullValue));
  }

  /**
   * DELETE_MESSAGE requests wrong in {@code Id} or {@code Reason}.
   *
   * @return the requests
   */
  public static Arbitrary<InvalidChatRequest<DeleteMessage>> invalidDeleteMessages() {
    Arbitrary<DeleteMessage> valid = deleteMessages();
    return Gen.oneOf(List.of(
        Combinators.combine(valid, Values.invalidMessageIds()).as((r, bad) -> wrong(
            new DeleteMessage(r.requestId(), bad.value(), r.reason()), "Id", bad,
            bad.value() == null ? "Id is required" : ID_ERROR)),
        Combinators.combine(valid, invalidReasons()).as((r, bad) -> wrong(
            new DeleteMessage(r.requestId(), r.id(), bad.value()), "Reason", bad,
            REASON_ERROR))));
  }

  /**
   * DISCONNECT_USER requests wrong in {@code UserId} or {@code Reason}.
   *
   * @return the requests
   */
  public static Arbitrary<InvalidChatRequest<DisconnectUser>> invalidDisconnectUsers() {
    Arbitrary<DisconnectUser> valid = disconnectUsers();
    return Gen.oneOf(List.of(
        Combinators.combine(valid, Values.invalidText("UserId", Model.USER_ID, true))
            .as((r, bad) -> wrong(new DisconnectUser(r.requestId(), bad.value(), r.reason()),
                "UserId", bad, bad.value() == null ? "UserId is required"
                    : USER_ID_ERROR)),
        Combinators.combine(valid, invalidReasons()).as((r, bad) -> wrong(
            new DisconnectUser(r.requestId(), r.userId(), bad.value()), "Reason", bad,
            REASON_ERROR))));
  }

  private static Arbitrary<Invalid<String>> invalidReasons() {
    return Values.invalidText("Reason", Model.REASON, false);
  }

  private static <R extends ChatRequest> InvalidChatRequest<R> wrong(R request, String field,
      Invalid<String> bad, String message) {
    return new InvalidChatRequest<>(request, field, bad.violation(), 400, message);
  }
}
