package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The service model ({@code ivschat-2020-07-14}, its shapes and operations), read once from the
 * copy in this package; the HTTP front door reads requests and writes responses by it.
 */
final class WireModel {
  private static final String RESOURCE = "ivschat-2020-07-14.shapes.json";
  static final WireModel INSTANCE = load();

  private final Map<String, Object> operations;
  private final Map<String, Object> shapes;
  private final Map<String, Map<String, String>> members =
      new java.util.concurrent.ConcurrentHashMap<>();

  private WireModel(Map<String, Object> root) {
    this.operations = object(root.get("operations"));
    this.shapes = object(root.get("shapes"));
  }

  private static WireModel load() {
    try (InputStream in = WireModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the server jar");
      }
      return new WireModel(object(Json.parse(in.readAllBytes())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Json.MalformedException e) {
      throw new IllegalStateException(RESOURCE + " is not JSON", e);
    }
  }

  String inputShape(Operation operation) {
    return (String) object(operation(operation).get("input")).get("shape");
  }

  /** The output shape, or null for the operations that answer with no body. */
  String outputShape(Operation operation) {
    Object output = operation(operation).get("output");
    return output == null ? null : (String) object(output).get("shape");
  }

  String type(String shape) {
    return (String) shape(shape).get("type");
  }

  /**
   * A structure's members: member name to its shape name, in model order; read once per shape,
   * as every request and every listed item asks again.
   */
  Map<String, String> members(String structure) {
    return members.computeIfAbsent(structure, name -> {
      Map<String, String> out = new java.util.LinkedHashMap<>();
      for (Map.Entry<String, Object> e : object(shape(name).get("members")).entrySet()) {
        out.put(e.getKey(), (String) object(e.getValue()).get("shape"));
      }
      return Collections.unmodifiableMap(out);
    });
  }

  /** Where a member travels: {@code "uri"}, {@code "querystring"}, or null for the body. */
  String location(String structure, String member) {
    return (String) object(object(shape(structure).get("members")).get(member)).get("location");
  }

  String listMember(String list) {
    return (String) object(shape(list).get("member")).get("shape");
  }

  String mapValue(String map) {
    return (String) object(shape(map).get("value")).get("shape");
  }

  List<?> required(String structure) {
    Object required = shape(structure).get("required");
    return required == null ? List.of() : (List<?>) required;
  }

  private Map<String, Object> operation(Operation operation) {
    return object(operations.get(operation.wireName()));
  }

  private Map<String, Object> shape(String name) {
    Object shape = shapes.get(name);
    if (shape == null) {
      throw new IllegalArgumentException("The model has no shape " + name);
    }
    return object(shape);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }
}
