package com.example.livechat.v2;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The room's message review Lambda: masks banned words with asterisks and lets the message
 * through. It works on the review payloads as JSON objects, as a Lambda handler does (the event
 * has {@code Content}, {@code Attributes}, {@code Sender} and so on; the answer
 * {@code ReviewResult}, {@code Content} and {@code Attributes}); tests register it for the
 * Lambda's ARN.
 *
 * <p>Words match whole and ignoring case: with {@code heck} banned, {@code Heck!} becomes
 * {@code ****!} but {@code checkmate} is left alone.
 */
public final class BannedWords implements Function<Map<String, Object>, Map<String, Object>> {
  private final Pattern banned;

  /**
   * A review that masks the given words.
   *
   * @param words the banned words, at least one, none blank
   * @throws IllegalArgumentException when there are none or one is blank
   */
  public BannedWords(Collection<String> words) {
    if (words.isEmpty() || words.stream().anyMatch(w -> Objects.requireNonNull(w).isBlank())) {
      throw new IllegalArgumentException("banned words must be one or more non-blank words: "
          + words);
    }
    banned = Pattern.compile(words.stream().map(Pattern::quote)
            .collect(Collectors.joining("|", "\\b(?:", ")\\b")),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  }

  /**
   * The text with every banned word replaced by as many asterisks as it has characters.
   *
   * @param text the text
   * @return the masked text, the same text when it has no banned word
   */
  public String mask(String text) {
    Matcher m = banned.matcher(text);
    StringBuilder masked = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(masked, "*".repeat(m.group().codePointCount(0, m.group().length())));
    }
    m.appendTail(masked);
    return masked.toString();
  }

  /**
   * Reviews one message: ALLOW, with the banned words masked.
   *
   * @param event the review event of the message
   * @return ALLOW with the content masked (the same content when it is clean) and the attributes
   */
  @Override
  public Map<String, Object> apply(Map<String, Object> event) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("ReviewResult", "ALLOW");
    answer.put("Content", mask((String) event.get("Content")));
    answer.put("Attributes", event.get("Attributes"));
    return answer;
  }
}
