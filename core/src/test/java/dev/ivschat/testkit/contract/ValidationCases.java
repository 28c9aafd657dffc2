package dev.ivschat.testkit.contract;

import dev.ivschat.testkit.contract.ValidationCase.Expect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Walks an operation's input in the service model and makes the boundary cases of every
 * constrained member: lengths, ranges, patterns, enums, list and map sizes, list elements, map
 * keys and values, nested structures, the destination union and required members.
 *
 * <p>Field names follow the fake's convention: nested members as dotted paths, list elements and
 * map keys and values on the collection member itself, the union's own problems on the union
 * member.
 */
final class ValidationCases {
  private static final String MUST_NOT_BE_NULL = "Member must not be null";

  private final ServiceModel model;
  private final String operation;
  private final List<ValidationCase> cases = new ArrayList<>();

  private ValidationCases(ServiceModel model, String operation) {
    this.model = model;
    this.operation = operation;
  }

  static List<ValidationCase> of(ServiceModel model, String operation) {
    ValidationCases c = new ValidationCases(model, operation);
    String input = model.inputShape(operation);
    List<String> required = model.required(input);
    model.members(input).forEach((member, shape) ->
        c.member(List.of(member), shape, required.contains(member)));
    return c.cases;
  }

  private void member(List<String> path, String shape, boolean required) {
    String field = String.join(".", path);
    if (required) {
      reject(path, "missing (null)", f -> null, field, MUST_NOT_BE_NULL);
    }
    switch (model.type(shape)) {
      case "string" -> string(path, shape, field, "", s -> s);
      case "integer" -> integer(path, shape, field);
      case "list" -> list(path, shape, field);
      case "map" -> map(path, shape, field);
      case "structure" -> structure(path, shape, field);
      default -> {
        // booleans, timestamps and blobs: the model puts no constraint on them in any input
      }
    }
  }

  private void structure(List<String> path, String shape, String field) {
    if (model.isUnion(shape)) {
      List<String> options = new ArrayList<>(model.members(shape).keySet());
      reject(path, "a union with no member set", f -> new LinkedHashMap<String, Object>(), field,
          "exactly one of");
      reject(path, "a union with " + options.get(0) + " and " + options.get(1) + " set",
          f -> {
            Map<String, Object> union = new LinkedHashMap<>();
            for (String option : options.subList(0, 2)) {
              union.put(option, validStructure(model.members(shape).get(option)));
            }
            return union;
          }, field, "exactly one of");
    }
    List<String> required = model.required(shape);
    model.members(shape).forEach((member, memberShape) -> {
      List<String> child = new ArrayList<>(path);
      child.add(member);
      member(List.copyOf(child), memberShape, required.contains(member));
    });
  }

  /** Cases of a string shape; {@code wrap} turns the string into the member's value. */
  private void string(List<String> path, String shape, String field, String what,
      Function<String, Object> wrap) {
    List<String> enumValues = model.enumValues(shape);
    if (!enumValues.isEmpty()) {
      for (String value : enumValues) {
        accept(path, what + "enum value " + value, f -> wrap.apply(value));
      }
      String bad = enumValues.get(0).toLowerCase(java.util.Locale.ROOT) + "_NOT";
      reject(path, what + "'" + bad + "' (not in the enum)", f -> wrap.apply(bad), field,
          "Member must satisfy enum value set");
      return;
    }
    Integer min = model.min(shape);
    Integer max = model.max(shape);
    if (min != null) {
      String shortest = Values.shortestValid(shape, model);
      int length = shortest.codePointCount(0, shortest.length());
      accept(path, what + chars(length) + " (" + (length == min ? "min"
          : "shortest valid; model min " + min) + ")", f -> wrap.apply(shortest));
      if (min > 0) {
        String tooShort = orFiller(Values.ofLength(shape, min - 1, model), min - 1);
        reject(path, what + chars(min - 1) + " (min - 1)", f -> wrap.apply(tooShort), field,
            "Member must have length greater than or equal to " + min);
      }
    }
    if (max != null) {
      String longest = Values.ofLength(shape, max, model);
      String tooLong = Values.ofLength(shape, max + 1, model);
      if (shape.equals("PaginationToken")) {
        if (longest != null) {
          cases.add(new ValidationCase(operation, path, what + chars(max) + " (max)",
              f -> wrap.apply(longest), Expect.UNKNOWN_TOKEN, field, null));
        }
      } else {
        accept(path, what + chars(max) + " (max)", f -> wrap.apply(longest));
      }
      reject(path, what + chars(max + 1) + " (max + 1)", f -> wrap.apply(tooLong), field,
          "Member must have length less than or equal to " + max);
    }
    if (model.pattern(shape) != null) {
      String bad = Values.patternViolation(shape);
      reject(path, what + "'" + bad + "' (breaks the pattern)", f -> wrap.apply(bad), field,
          "Member must satisfy regular expression pattern");
    }
  }

  private void integer(List<String> path, String shape, String field) {
    Integer min = model.min(shape);
    Integer max = model.max(shape);
    if (min != null) {
      accept(path, min + " (min)", f -> min);
      reject(path, (min - 1) + " (min - 1)", f -> min - 1, field,
          "Member must be greater than or equal to " + min);
    }
    if (max != null) {
      accept(path, max + " (max)", f -> max);
      reject(path, (max + 1) + " (max + 1)", f -> max + 1, field,
          "Member must be less than or equal to " + max);
    }
  }

  private void list(List<String> path, String shape, String field) {
    String element = model.listMember(shape);
    Integer min = model.min(shape);
    Integer max = model.max(shape);
    if (min != null) {
      accept(path, "a list of " + min + " (min)", f -> elements(element, min, f));
      if (min > 0) {
        reject(path, "a list of " + (min - 1) + " (min - 1)", f -> elements(element, min - 1, f),
            field, "Member must have length greater than or equal to " + min);
      }
    }
    if (max != null) {
      accept(path, "a list of " + max + " (max)", f -> elements(element, max, f));
      reject(path, "a list of " + (max + 1) + " (max + 1)", f -> elements(element, max + 1, f),
          field, "Member must have length less than or equal to " + max);
    }
    reject(path, "a list with a null element", f -> {
      List<Object> list = new ArrayList<>(elements(element, 1, f));
      list.add(null);
      return list;
    }, field, MUST_NOT_BE_NULL);
    if (model.constrained(element)) {
      string(path, element, field, "an element of ", s -> new ArrayList<>(List.of(s)));
    }
  }

  private void map(List<String> path, String shape, String field) {
    Integer min = model.min(shape);
    Integer max = model.max(shape);
    if (min != null) {
      accept(path, "a map of " + min + " entries (min)", f -> entries(min));
      if (min > 0) {
        reject(path, "a map of " + (min - 1) + " entries (min - 1)", f -> entries(min - 1), field,
            "Member must have length greater than or equal to " + min);
      }
    }
    if (max != null) {
      accept(path, "a map of " + max + " entries (max)", f -> entries(max));
      reject(path, "a map of " + (max + 1) + " entries (max + 1)", f -> entries(max + 1), field,
          "Member must have length less than or equal to " + max);
    }
    reject(path, "a map with a null key", f -> {
      Map<String, String> map = entries(1);
      map.put(null, "value");
      return map;
    }, field, MUST_NOT_BE_NULL);
    reject(path, "a map with a null value", f -> {
      Map<String, String> map = entries(1);
      map.put("nothing", null);
      return map;
    }, field, MUST_NOT_BE_NULL);
    String key = model.mapKey(shape);
    if (model.constrained(key)) {
      string(path, key, field, "a key of ", s -> {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(s, "value");
        return map;
      });
    }
    String value = model.mapValue(shape);
    if (model.constrained(value)) {
      string(path, value, field, "a value of ", s -> {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("team", s);
        return map;
      });
    }
  }

  /** {@code n} distinct valid elements; logging configurations are the fixture's real ones. */
  private List<String> elements(String element, int n, Fixture f) {
    List<String> values = new ArrayList<>(n);
    List<String> enumValues = model.enumValues(element);
    for (int i = 0; i < n; i++) {
      if (element.equals("LoggingConfigurationIdentifier")) {
        values.add(i < f.loggingConfigurationArns.size() ? f.loggingConfigurationArns.get(i)
            : Values.LOGGING_ARN_PREFIX + "extra" + i);
      } else if (!enumValues.isEmpty()) {
        values.add(enumValues.get(i % enumValues.size()));
      } else {
        values.add("key" + i);
      }
    }
    return values;
  }

  private static Map<String, String> entries(int n) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      map.put("key" + i, "value");
    }
    return map;
  }

  /** A structure with every required member set to its shortest valid value. */
  private Map<String, Object> validStructure(String shape) {
    Map<String, Object> structure = new LinkedHashMap<>();
    for (String member : model.required(shape)) {
      structure.put(member, Values.shortestValid(model.members(shape).get(member), model));
    }
    return structure;
  }

  private static String chars(int n) {
    return n == 1 ? "1 character" : n + " characters";
  }

  private static String orFiller(String value, int length) {
    return value != null ? value : "x".repeat(length);
  }

  private void accept(List<String> path, String description, Function<Fixture, Object> value) {
    cases.add(new ValidationCase(operation, path, description, value, Expect.ACCEPTED, null, null));
  }

  private void reject(List<String> path, String description, Function<Fixture, Object> value,
      String field, String fragment) {
    cases.add(new ValidationCase(operation, path, description, value, Expect.REJECTED, field,
        fragment));
  }
}
