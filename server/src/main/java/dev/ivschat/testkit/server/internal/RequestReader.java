package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.ServiceError;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an operation's input members (the JSON body plus the URI label and query members) into
 * the neutral request record, checking each member's JSON type against the model first. A member
 * of the wrong type is refused as the service refuses a bad field; members the model does not
 * have are ignored, as restJson1 servers ignore them; a JSON {@code null} member is unset.
 */
final class RequestReader {
  private static final WireModel MODEL = WireModel.INSTANCE;

  private RequestReader() {
  }

  static IvsChatRequest<?> read(Operation operation, Map<String, Object> members)
      throws RefusedException {
    Object record = structure(operation.requestType(), MODEL.inputShape(operation), members, "");
    return (IvsChatRequest<?>) record;
  }

  private static Object structure(Class<?> type, String shape, Map<?, ?> members, String path)
      throws RefusedException {
    Map<String, String> memberShapes = MODEL.members(shape);
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      String memberShape = memberShapes.get(name);
      if (memberShape == null) {
        throw new IllegalStateException(type.getName() + "." + name + " is not in " + shape);
      }
      values[i] = value(components[i].getGenericType(), memberShape, members.get(name),
          path.isEmpty() ? name : path + "." + name);
    }
    try {
      return type.getDeclaredConstructor(Arrays.stream(components)
          .map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(values);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("Cannot make " + type.getName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot make " + type.getName(), e);
    }
  }

  private static Object value(Type javaType, String shape, Object value, String path)
      throws RefusedException {
    if (value == null) {
      return null;
    }
    Class<?> raw = javaType instanceof ParameterizedType p ? (Class<?>) p.getRawType()
        : (Class<?>) javaType;
    switch (MODEL.type(shape)) {
      case "structure" -> {
        if (!(value instanceof Map<?, ?> map)) {
          throw wrongType(path, "an object");
        }
        return structure(raw, shape, map, path);
      }
      case "list" -> {
        if (!(value instanceof List<?> list)) {
          throw wrongType(path, "an array");
        }
        String element = MODEL.listMember(shape);
        List<Object> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
          out.add(scalar(element, list.get(i), path + "." + (i + 1)));
        }
        return out;
      }
      case "map" -> {
        if (!(value instanceof Map<?, ?> map)) {
          throw wrongType(path, "an object");
        }
        String valueShape = MODEL.mapValue(shape);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
          out.put((String) e.getKey(),
              scalar(valueShape, e.getValue(), path + "." + e.getKey()));
        }
        return out;
      }
      default -> {
        return scalar(shape, value, path);
      }
    }
  }

  /** A string or integer member, or a list element or map value (which may be null). */
  private static Object scalar(String shape, Object value, String path) throws RefusedException {
    if (value == null) {
      return null;
    }
    switch (MODEL.type(shape)) {
      case "string" -> {
        if (!(value instanceof String)) {
          throw wrongType(path, "a string");
        }
        return value;
      }
      case "integer" -> {
        if (value instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
          return l.intValue();
        }
        if (value instanceof Long || value instanceof BigInteger) {
          throw wrongType(path, "an integer from " + Integer.MIN_VALUE + " to "
              + Integer.MAX_VALUE);
        }
        throw wrongType(path, "an integer");
      }
      default -> throw new IllegalStateException("Unexpected shape type of " + shape);
    }
  }

  private static RefusedException wrongType(String path, String expected) {
    return new RefusedException(ServiceError.validation(path,
        "Value at '" + path + "' failed to satisfy constraint: Member must be " + expected));
  }
}
