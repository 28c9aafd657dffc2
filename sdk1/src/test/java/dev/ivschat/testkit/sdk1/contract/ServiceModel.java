package dev.ivschat.testkit.sdk1.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The IVS Chat service model ({@code ivschat-2020-07-14.shapes.json}, a copy of the spec's file on
 * the test classpath), read with the Jackson that the SDK brings along.
 */
final class ServiceModel {
  static final String RESOURCE = "/ivschat-2020-07-14.shapes.json";
  private static final ServiceModel INSTANCE = load();

  private final JsonNode root;

  private ServiceModel(JsonNode root) {
    this.root = root;
  }

  static ServiceModel get() {
    return INSTANCE;
  }

  private static ServiceModel load() {
    try (InputStream in = ServiceModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test classpath");
      }
      return new ServiceModel(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The operation names, in the model's order. */
  List<String> operations() {
    return names(root.get("operations"));
  }

  /** The shape names, in the model's order. */
  List<String> shapeNames() {
    return names(root.get("shapes"));
  }

  String inputShape(String operation) {
    return root.get("operations").get(operation).get("input").get("shape").asText();
  }

  /** The error shapes an operation lists. */
  List<String> errors(String operation) {
    List<String> errors = new ArrayList<>();
    for (JsonNode e : root.get("operations").get(operation).path("errors")) {
      errors.add(e.get("shape").asText());
    }
    return errors;
  }

  JsonNode shape(String name) {
    JsonNode shape = root.get("shapes").get(name);
    if (shape == null) {
      throw new IllegalArgumentException("The model has no shape " + name);
    }
    return shape;
  }

  String type(String shape) {
    return shape(shape).get("type").asText();
  }

  boolean isUnion(String shape) {
    return shape(shape).path("union").asBoolean(false);
  }

  Integer min(String shape) {
    JsonNode n = shape(shape).get("min");
    return n == null ? null : n.asInt();
  }

  Integer max(String shape) {
    JsonNode n = shape(shape).get("max");
    return n == null ? null : n.asInt();
  }

  String pattern(String shape) {
    JsonNode n = shape(shape).get("pattern");
    return n == null ? null : n.asText();
  }

  List<String> enumValues(String shape) {
    List<String> values = new ArrayList<>();
    for (JsonNode v : shape(shape).path("enum")) {
      values.add(v.asText());
    }
    return values;
  }

  boolean sensitive(String shape) {
    return shape(shape).path("sensitive").asBoolean(false);
  }

  /** A structure's members: member name to member shape, in the model's order. */
  Map<String, String> members(String structure) {
    Map<String, String> members = new java.util.LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = shape(structure).path("members").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      members.put(e.getKey(), e.getValue().get("shape").asText());
    }
    return members;
  }

  List<String> required(String structure) {
    List<String> required = new ArrayList<>();
    for (JsonNode r : shape(structure).path("required")) {
      required.add(r.asText());
    }
    return required;
  }

  /** The element shape of a list. */
  String listMember(String list) {
    return shape(list).get("member").get("shape").asText();
  }

  String mapKey(String map) {
    return shape(map).get("key").get("shape").asText();
  }

  String mapValue(String map) {
    return shape(map).get("value").get("shape").asText();
  }

  /** Whether a shape carries any constraint (length, size, range, pattern or enum). */
  boolean constrained(String shape) {
    return min(shape) != null || max(shape) != null || pattern(shape) != null
        || !enumValues(shape).isEmpty();
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
