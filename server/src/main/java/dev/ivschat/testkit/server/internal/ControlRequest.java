package dev.ivschat.testkit.server.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A control request taken apart: its path segments after {@code /_ivschat} (each
 * percent-decoded once), its query parameters (form-decoded, each at most once) and its body.
 */
final class ControlRequest {
  private final WireRequest wire;
  private final List<String> segments;
  private final Map<String, String> query;

  private ControlRequest(WireRequest wire, List<String> segments, Map<String, String> query) {
    this.wire = wire;
    this.segments = segments;
    this.query = query;
  }

  static ControlRequest of(WireRequest wire) throws ControlException {
    String rest = wire.rawPath().substring(HttpHandler.CONTROL_PREFIX.length());
    List<String> segments = new ArrayList<>();
    if (!rest.isEmpty()) {
      for (String raw : rest.substring(1).split("/", -1)) {
        segments.add(decode(raw, false, "path segment"));
      }
    }
    Map<String, String> query = new LinkedHashMap<>();
    if (wire.rawQuery() != null && !wire.rawQuery().isEmpty()) {
      for (String pair : wire.rawQuery().split("&", -1)) {
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq), true, "query parameter");
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true, "query parameter");
        if (query.put(name, value) != null) {
          throw ControlException.badRequest("The query parameter " + name + " is given twice");
        }
      }
    }
    return new ControlRequest(wire, Collections.unmodifiableList(segments), query);
  }

  private static String decode(String raw, boolean plusIsSpace, String what)
      throws ControlException {
    try {
      return Routes.percentDecode(raw, plusIsSpace);
    } catch (RefusedException e) {
      throw ControlException.badRequest("Bad " + what + ": " + Json.text(raw)
          + " is not valid percent-encoded UTF-8");
    }
  }

  String method() {
    return wire.method();
  }

  String path() {
    return wire.rawPath();
  }

  List<String> segments() {
    return segments;
  }

  /** Refuses query parameters this resource does not read, so a typo is not ignored. */
  void allowQuery(String... names) throws ControlException {
    Set<String> allowed = Set.of(names);
    for (String name : query.keySet()) {
      if (!allowed.contains(name)) {
        throw ControlException.badRequest("Unknown query parameter " + Json.text(name)
            + " for " + method() + " " + path() + (names.length == 0 ? " (it takes none)"
            : " (it takes " + String.join(", ", names) + ")"));
      }
    }
  }

  /** A query parameter, or null. */
  String query(String name) {
    return query.get(name);
  }

  /** The body as a JSON object; an empty body is an empty object. */
  ControlBody body() throws ControlException {
    if (wire.body().length == 0) {
      return new ControlBody(Map.of());
    }
    Object value;
    try {
      value = Json.parse(wire.body());
    } catch (Json.MalformedException e) {
      throw ControlException.badRequest("Bad body: " + e.getMessage());
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw ControlException.badField("body", value, "a JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> object = (Map<String, Object>) map;
    return new ControlBody(object);
  }

  /** The body as a JSON object that must have members. */
  ControlBody requiredBody() throws ControlException {
    if (wire.body().length == 0) {
      throw ControlException.badRequest("The body is missing: " + method() + " " + path()
          + " takes a JSON object");
    }
    return body();
  }
}
