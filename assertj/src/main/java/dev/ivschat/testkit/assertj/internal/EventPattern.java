package dev.ivschat.testkit.assertj.internal;

import dev.ivschat.testkit.SentEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an expected event looks like: a name (or any) and attributes it must have (others may be
 * present too).
 *
 * @param eventName the event name, or null for any
 * @param attributes attributes the event must have, with these values
 */
public record EventPattern(String eventName, Map<String, String> attributes) {

  /**
   * Checks and copies the components.
   *
   * @param eventName name or null
   * @param attributes attributes
   */
  public EventPattern {
    attributes = Map.copyOf(attributes);
  }

  /**
   * Events with this name.
   *
   * @param eventName the name
   * @return the pattern
   */
  public static EventPattern named(String eventName) {
    return new EventPattern(Objects.requireNonNull(eventName, "eventName"), Map.of());
  }

  /**
   * Events with this attribute, whatever their name.
   *
   * @param key the attribute key
   * @param value its value
   * @return the pattern
   */
  public static EventPattern withAttribute(String key, String value) {
    return new EventPattern(null, Map.of(key, value));
  }

  /**
   * This pattern, also requiring an attribute.
   *
   * @param key the key
   * @param value the value
   * @return a new pattern
   */
  public EventPattern and(String key, String value) {
    Map<String, String> more = new LinkedHashMap<>(attributes);
    more.put(key, value);
    return new EventPattern(eventName, more);
  }

  /**
   * Whether an event fits.
   *
   * @param event the event
   * @return true when the name (if any) and every attribute match
   */
  public boolean matches(SentEvent event) {
    if (eventName != null && !eventName.equals(event.eventName())) {
      return false;
    }
    return attributes.entrySet().stream()
        .allMatch(e -> e.getValue().equals(event.attribute(e.getKey())));
  }

  /**
   * Reads as, e.g., {@code named "aws:DELETE_MESSAGE" with attributes {MessageId="m1"}}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (eventName != null) {
      text.append("named \"").append(eventName).append('"');
    }
    if (!attributes.isEmpty()) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append("with attributes ").append(Render.attributes(attributes));
    }
    return text.length() == 0 ? "of any kind" : text.toString();
  }
}
