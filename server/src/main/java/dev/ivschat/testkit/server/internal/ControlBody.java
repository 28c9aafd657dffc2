package dev.ivschat.testkit.server.internal;

import java.math.BigInteger;
import java.util.Map;
import java.util.Set;

/**
 * A control request's JSON object body, read member by member: each getter names the member
 * and the bad value when a member has the wrong type, and {@link #allow} refuses members the
 * resource does not read.
 */
final class ControlBody {
  private final Map<String, Object> members;

  ControlBody(Map<String, Object> members) {
    this.members = members;
  }

  /** Refuses members this resource does not read, so a typo is not ignored. */
  ControlBody allow(String... names) throws ControlException {
    Set<String> allowed = Set.of(names);
    for (String name : members.keySet()) {
      if (!allowed.contains(name)) {
        throw ControlException.badRequest("Unknown member " + Json.text(name)
            + " in the body (expected " + String.join(", ", names) + ")");
      }
    }
    return this;
  }

  boolean has(String name) {
    return members.get(name) != null;
  }

  Object raw(String name) {
    return members.get(name);
  }

  /** A string member, or null when absent or null. */
  String string(String name) throws ControlException {
    Object value = members.get(name);
    if (value != null && !(value instanceof String)) {
      throw ControlException.badField(name, value, "a string");
    }
    return (String) value;
  }

  /** A boolean member, or null. */
  Boolean bool(String name) throws ControlException {
    Object value = members.get(name);
    if (value != null && !(value instanceof Boolean)) {
      throw ControlException.badField(name, value, "true or false");
    }
    return (Boolean) value;
  }

  /** An integer member of at least {@code min}, or null. */
  Integer integer(String name, int min) throws ControlException {
    Object value = members.get(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Long l && l >= min && l <= Integer.MAX_VALUE) {
      return l.intValue();
    }
    if (value instanceof Long || value instanceof BigInteger) {
      throw ControlException.badField(name, value, "an integer from " + min + " to "
          + Integer.MAX_VALUE);
    }
    throw ControlException.badField(name, value, "an integer");
  }

  /** An object member, or null. */
  Map<?, ?> object(String name) throws ControlException {
    Object value = members.get(name);
    if (value != null && !(value instanceof Map<?, ?>)) {
      throw ControlException.badField(name, value, "a JSON object");
    }
    return (Map<?, ?>) value;
  }
}
