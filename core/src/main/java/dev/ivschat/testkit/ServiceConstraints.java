package dev.ivschat.testkit;

import dev.ivschat.testkit.internal.engine.Shape;
import dev.ivschat.testkit.internal.engine.Shapes;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A read-only view of the constraints the fake enforces, looked up by the service model's shape
 * names: the same table the fake validates requests against, for tools (such as generators of
 * valid and invalid input) that must agree with it.
 *
 * <pre>{@code
 * ServiceConstraints.Constraint roomName = ServiceConstraints.of("RoomName");
 * int longest = roomName.max(); // 128
 * }</pre>
 *
 * <p>Which request member uses which shape is documented in the service model and in the
 * {@code ValidationException} field list the fake reports; the attribute-map size limit is a
 * quota ({@link Quotas#maxAttributeBytes()}), not a shape.
 */
public final class ServiceConstraints {
  private ServiceConstraints() {
  }

  /**
   * The constraints of one shape. {@code min} and {@code max} are lengths in code points for
   * strings, sizes for lists and maps, and bounds for integers; null where the model sets none.
   *
   * @param shape the model's shape name, e.g. {@code RoomName}
   * @param type {@code string}, {@code integer}, {@code list} or {@code map}
   * @param min the lower bound, or null
   * @param max the upper bound, or null
   * @param pattern the regular expression a whole string value must match, or null
   * @param enumValues the allowed values of an enum, or an empty list
   */
  public record Constraint(String shape, String type, Integer min, Integer max, String pattern,
      List<String> enumValues) {
    /**
     * Checks and copies the components.
     *
     * @param shape shape name
     * @param type type
     * @param min lower bound
     * @param max upper bound
     * @param pattern pattern
     * @param enumValues enum values
     */
    public Constraint {
      Objects.requireNonNull(shape, "shape");
      Objects.requireNonNull(type, "type");
      enumValues = List.copyOf(enumValues);
    }
  }

  /**
   * The constraints of a shape of the model.
   *
   * @param shapeName the model's shape name, e.g. {@code RoomName}, {@code UserID}, {@code Tags}
   * @return its constraints
   * @throws IllegalArgumentException when the model has no constrained shape of that name
   */
  public static Constraint of(String shapeName) {
    Shape s = Shapes.MODEL_SHAPES.get(Objects.requireNonNull(shapeName, "shapeName"));
    if (s == null) {
      throw new IllegalArgumentException("No constrained shape named '" + shapeName
          + "'; the shapes are " + shapeNames());
    }
    return new Constraint(s.name(), s.type(), s.min(), s.max(), s.pattern(), s.enumValues());
  }

  /**
   * The names of every constrained shape of the model.
   *
   * @return the names, sorted and unmodifiable
   */
  public static Set<String> shapeNames() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(Shapes.MODEL_SHAPES.keySet()));
  }
}
