package dev.ivschat.testkit.internal.engine;

import java.util.List;

/**
 * The constraints of one shape of the service model: what {@link Violations} checks a member
 * against. {@code min}/{@code max} are lengths (code points) for strings, sizes for lists and maps,
 * and bounds for integers; null where the model sets none.
 *
 * @param name the model's shape name
 * @param type {@code string}, {@code integer}, {@code list} or {@code map}
 * @param min the lower bound, or null
 * @param max the upper bound, or null
 * @param pattern the model's pattern text, or null
 * @param enumValues the allowed values of an enum, or an empty list
 * @param sensitive whether values must not be echoed in error messages
 */
public record Shape(String name, String type, Integer min, Integer max, String pattern,
    List<String> enumValues, boolean sensitive) {

  static Shape string(String name, Integer min, Integer max, String pattern) {
    return new Shape(name, "string", min, max, pattern, List.of(), false);
  }

  static Shape sensitiveString(String name, Integer min, Integer max) {
    return new Shape(name, "string", min, max, null, List.of(), true);
  }

  static Shape integer(String name, int min, int max) {
    return new Shape(name, "integer", min, max, null, List.of(), false);
  }

  static Shape enumeration(String name, String... values) {
    return new Shape(name, "string", null, null, null, List.of(values), false);
  }

  static Shape list(String name, Integer min, Integer max) {
    return new Shape(name, "list", min, max, null, List.of(), false);
  }

  static Shape map(String name, Integer min, Integer max, boolean sensitive) {
    return new Shape(name, "map", min, max, null, List.of(), sensitive);
  }
}
