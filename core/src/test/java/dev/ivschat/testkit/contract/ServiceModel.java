package dev.ivschat.testkit.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The IVS Chat service model ({@code ivschat-2020-07-14.shapes.json}, the spec's model without
 * its documentation, on core's test classpath): operations, their HTTP traits and errors, and the
 * shapes with their constraints. Targets use it to translate wire members generically; the suite
 * uses it to make cases and to check every reply.
 */
public final class ServiceModel {
  /** Where the model is on the classpath. */
  public static final String RESOURCE = "/ivschat-2020-07-14.shapes.json";
  private static final ServiceModel INSTANCE = load();

  private final Map<String, Object> operations;
  private final Map<String, Object> shapes;

  private ServiceModel(Map<String, Object> root) {
    this.operations = object(root.get("operations"));
    this.shapes = object(root.get("shapes"));
  }

  /**
   * The model.
   *
   * @return the one instance
   */
  public static ServiceModel get() {
    return INSTANCE;
  }

  private static ServiceModel load() {
    try (InputStream in = ServiceModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test classpath");
      }
      return new ServiceModel(object(Json.parse(new String(in.readAllBytes(),
          StandardCharsets.UTF_8))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The operation names, in the model's order. */
  public List<String> operations() {
    return List.copyOf(operations.keySet());
  }

  /** The shape names, in the model's order. */
  public List<String> shapeNames() {
    return List.copyOf(shapes.keySet());
  }

  /** The error shapes, in the model's order. */
  public List<String> errorShapes() {
    return shapes.keySet().stream().filter(this::isError).toList();
  }

  public String inputShape(String operation) {
    return (String) object(operation(operation).get("input")).get("shape");
  }

  /** The output shape, or null for the operations without output (the two deletes). */
  public String outputShape(String operation) {
    Object output = operation(operation).get("output");
    return output == null ? null : (String) object(output).get("shape");
  }

  /** The error shapes an operation lists, in the model's order. */
  public List<String> errors(String operation) {
    List<String> errors = new ArrayList<>();
    for (Object e : list(operation(operation).get("errors"))) {
      errors.add((String) object(e).get("shape"));
    }
    return errors;
  }

  public String httpMethod(String operation) {
    return (String) http(operation).get("method");
  }

  public String requestUri(String operation) {
    return (String) http(operation).get("requestUri");
  }

  /** The HTTP status of a successful response. */
  public int successStatus(String operation) {
    return ((Long) http(operation).get("responseCode")).intValue();
  }

  public boolean isError(String shape) {
    return Boolean.TRUE.equals(shape(shape).get("exception"));
  }

  /** The HTTP status of an error shape. */
  public int errorStatus(String errorShape) {
    return ((Long) object(shape(errorShape).get("error")).get("httpStatusCode")).intValue();
  }

  /** Whether an error shape is a server fault (5xx). */
  public boolean serverFault(String errorShape) {
    return Boolean.TRUE.equals(shape(errorShape).get("fault"));
  }

  public String type(String shape) {
    return (String) shape(shape).get("type");
  }

  public boolean isUnion(String shape) {
    return Boolean.TRUE.equals(shape(shape).get("union"));
  }

  public Integer min(String shape) {
    return integer(shape(shape).get("min"));
  }

  public Integer max(String shape) {
    return integer(shape(shape).get("max"));
  }

  public String pattern(String shape) {
    return (String) shape(shape).get("pattern");
  }

  public List<String> enumValues(String shape) {
    List<String> values = new ArrayList<>();
    for (Object v : list(shape(shape).get("enum"))) {
      values.add((String) v);
    }
    return values;
  }

  public boolean sensitive(String shape) {
    return Boolean.TRUE.equals(shape(shape).get("sensitive"));
  }

  /** A structure's members: member name to member shape, in the model's order. */
  public Map<String, String> members(String structure) {
    Map<String, String> members = new LinkedHashMap<>();
    object(shape(structure).get("members")).forEach((name, member) ->
        members.put(name, (String) object(member).get("shape")));
    return members;
  }

  /** The shape of one member of a structure. */
  public String memberShape(String structure, String member) {
    String shape = members(structure).get(member);
    if (shape == null) {
      throw new IllegalArgumentException("The model's " + structure + " has no member " + member);
    }
    return shape;
  }

  public List<String> required(String structure) {
    List<String> required = new ArrayList<>();
    for (Object r : list(shape(structure).get("required"))) {
      required.add((String) r);
    }
    return required;
  }

  /** The element shape of a list. */
  public String listMember(String list) {
    return (String) object(shape(list).get("member")).get("shape");
  }

  public String mapKey(String map) {
    return (String) object(shape(map).get("key")).get("shape");
  }

  public String mapValue(String map) {
    return (String) object(shape(map).get("value")).get("shape");
  }

  /** Whether a shape carries any constraint (length, size, range, pattern or enum). */
  public boolean constrained(String shape) {
    return min(shape) != null || max(shape) != null || pattern(shape) != null
        || !enumValues(shape).isEmpty();
  }

  private Map<String, Object> operation(String name) {
    Object op = operations.get(name);
    if (op == null) {
      throw new IllegalArgumentException("The model has no operation " + name);
    }
    return object(op);
  }

  private Map<String, Object> http(String operation) {
    return object(operation(operation).get("http"));
  }

  private Map<String, Object> shape(String name) {
    Object shape = shapes.get(name);
    if (shape == null) {
      throw new IllegalArgumentException("The model has no shape " + name);
    }
    return object(shape);
  }

  private static Integer integer(Object n) {
    return n == null ? null : ((Long) n).intValue();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object o) {
    return (Map<String, Object>) o;
  }

  private static List<?> list(Object o) {
    return o == null ? List.of() : (List<?>) o;
  }
}
