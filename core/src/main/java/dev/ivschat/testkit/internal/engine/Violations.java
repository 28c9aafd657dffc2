package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.ServiceError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects what is wrong with a request's members, one entry per member, in the words of the
 * service's validation messages ({@code Value 'x' at 'name' failed to satisfy constraint: Member
 * must ...}), and turns them into one {@code ValidationException}.
 */
final class Violations {
  private static final int SHOWN_VALUE_LIMIT = 200;

  private final List<ServiceError.Field> fields = new ArrayList<>(2);

  /** Checks a string member. Returns true when the member is present and valid. */
  boolean string(String member, String value, Shape shape, boolean required) {
    if (value == null) {
      return missing(member, required);
    }
    String problem = stringProblem(value, shape);
    if (problem != null) {
      add(member, shown(value, shape), problem);
      return false;
    }
    return true;
  }

  /** Checks an integer member. */
  boolean integer(String member, Integer value, Shape shape, boolean required) {
    if (value == null) {
      return missing(member, required);
    }
    if (value < shape.min()) {
      add(member, "'" + value + "'", "Member must be greater than or equal to " + shape.min());
      return false;
    }
    if (value > shape.max()) {
      add(member, "'" + value + "'", "Member must be less than or equal to " + shape.max());
      return false;
    }
    return true;
  }

  /** Checks a list member: its size, then each element against the element shape. */
  boolean list(String member, List<String> values, Shape listShape, Shape elementShape,
      boolean required) {
    if (values == null) {
      return missing(member, required);
    }
    String sizeProblem = sizeProblem(values.size(), listShape);
    if (sizeProblem != null) {
      add(member, null, sizeProblem + ", but has " + values.size() + " elements");
      return false;
    }
    for (int i = 0; i < values.size(); i++) {
      String element = values.get(i);
      String problem = element == null ? "Member must not be null"
          : stringProblem(element, elementShape);
      if (problem != null) {
        add(member, (element == null ? "null" : shownRaw(element)) + " (element " + i + ")",
            problem);
        return false;
      }
    }
    return true;
  }

  /** Checks a map member: its size, then each key and value. */
  boolean map(String member, Map<String, String> values, Shape mapShape, Shape keyShape,
      Shape valueShape, boolean required) {
    if (values == null) {
      return missing(member, required);
    }
    String sizeProblem = sizeProblem(values.size(), mapShape);
    if (sizeProblem != null) {
      add(member, null, sizeProblem + ", but has " + values.size() + " entries");
      return false;
    }
    for (Map.Entry<String, String> e : values.entrySet()) {
      String key = e.getKey();
      String keyProblem = key == null ? "Member must not be null"
          : keyShape == null ? null : stringProblem(key, keyShape);
      if (keyProblem != null) {
        add(member, mapShape.sensitive() ? null : shownNullable(key),
            "Map keys must satisfy constraint: " + keyProblem);
        return false;
      }
      String value = e.getValue();
      String valueProblem = value == null ? "Member must not be null"
          : valueShape == null ? null : stringProblem(value, valueShape);
      if (valueProblem != null) {
        add(member, mapShape.sensitive() ? null
            : shownNullable(value) + " (value of key " + shownRaw(key) + ")",
            "Map values must satisfy constraint: " + valueProblem);
        return false;
      }
    }
    return true;
  }

  /** Checks that a map's keys and values take at most {@code maxBytes} bytes in UTF-8. */
  void totalSize(String member, Map<String, String> values, int maxBytes) {
    if (values == null || hasFieldFor(member)) {
      return;
    }
    long bytes = 0;
    for (Map.Entry<String, String> e : values.entrySet()) {
      bytes += e.getKey().getBytes(StandardCharsets.UTF_8).length;
      bytes += e.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    if (bytes > maxBytes) {
      add(member, null, "Member must have a total size of keys and values less than or equal to "
          + maxBytes + " bytes, but has " + bytes);
    }
  }

  /** Rejects map keys with the reserved {@code aws:} prefix. */
  void noReservedKeys(String member, Iterable<String> keys) {
    if (keys == null || hasFieldFor(member)) {
      return;
    }
    for (String key : keys) {
      if (key != null && key.regionMatches(true, 0, "aws:", 0, 4)) {
        add(member, shownRaw(key),
            "Tag keys must not start with the prefix 'aws:', which is reserved for AWS use");
        return;
      }
    }
  }

  /** Records a problem with a member that the generic checks do not cover. */
  void add(String member, String shownValue, String problem) {
    String message = shownValue == null
        ? "Value at '" + member + "' failed to satisfy constraint: " + problem
        : "Value " + shownValue + " at '" + member + "' failed to satisfy constraint: " + problem;
    fields.add(new ServiceError.Field(member, message));
  }

  boolean hasFieldFor(String member) {
    for (ServiceError.Field f : fields) {
      if (f.name().equals(member)) {
        return true;
      }
    }
    return false;
  }

  boolean isEmpty() {
    return fields.isEmpty();
  }

  /** Throws the collected violations as one {@code ValidationException}, if there are any. */
  void throwIfAny() {
    if (!fields.isEmpty()) {
      throw toException();
    }
  }

  /** The collected violations as one {@code ValidationException}; at least one must exist. */
  ServiceErrorException toException() {
    StringBuilder message = new StringBuilder();
    message.append(fields.size()).append(fields.size() == 1 ? " validation error" : " validation errors")
        .append(" detected: ");
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        message.append("; ");
      }
      message.append(fields.get(i).message());
    }
    return new ServiceErrorException(ServiceError.validation(message.toString(), fields));
  }

  private boolean missing(String member, boolean required) {
    if (required) {
      fields.add(new ServiceError.Field(member,
          "Value null at '" + member + "' failed to satisfy constraint: Member must not be null"));
    }
    return false;
  }

  static String stringProblem(String value, Shape shape) {
    if (!shape.enumValues().isEmpty()) {
      return shape.enumValues().contains(value) ? null
          : "Member must satisfy enum value set: " + shape.enumValues();
    }
    if (shape.min() != null || shape.max() != null) {
      int length = value.codePointCount(0, value.length());
      if (shape.min() != null && length < shape.min()) {
        return "Member must have length greater than or equal to " + shape.min();
      }
      if (shape.max() != null && length > shape.max()) {
        return "Member must have length less than or equal to " + shape.max();
      }
    }
    if (!Shapes.matches(shape, value)) {
      return "Member must satisfy regular expression pattern: " + shape.pattern();
    }
    return null;
  }

  private static String sizeProblem(int size, Shape shape) {
    if (shape.min() != null && size < shape.min()) {
      return "Member must have length greater than or equal to " + shape.min();
    }
    if (shape.max() != null && size > shape.max()) {
      return "Member must have length less than or equal to " + shape.max();
    }
    return null;
  }

  private static String shown(String value, Shape shape) {
    return shape.sensitive() ? null : shownRaw(value);
  }

  private static String shownNullable(String value) {
    return value == null ? "null" : shownRaw(value);
  }

  private static String shownRaw(String value) {
    if (value.length() <= SHOWN_VALUE_LIMIT) {
      return "'" + value + "'";
    }
    return "'" + value.substring(0, SHOWN_VALUE_LIMIT) + "...' (" + value.length() + " characters)";
  }
}
