package dev.ivschat.testkit.contract;

import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Operation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The neutral request an input must reach the engine as: an {@link IvsChatRequest} record made
 * from the wire members generically, a record's components being named as the model's members
 * (nested records for nested structures, nulls kept inside collections).
 */
final class NeutralRequests {
  private static final ServiceModel MODEL = ServiceModel.get();

  private NeutralRequests() {
  }

  static IvsChatRequest<?> of(String operation, Map<String, Object> input) {
    Operation op = Operation.fromWireName(operation);
    return (IvsChatRequest<?>) record(op.requestType(), MODEL.inputShape(operation), input);
  }

  private static Object record(Class<?> type, String shape, Map<?, ?> members) {
    RecordComponent[] components = type.getRecordComponents();
    List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
    for (Object member : members.keySet()) {
      if (!names.contains(member)) {
        throw new IllegalArgumentException(type.getName() + " has no component for the member "
            + member + " of " + shape);
      }
    }
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      String memberShape = MODEL.memberShape(shape, components[i].getName());
      values[i] = value(components[i].getType(), memberShape, members.get(components[i].getName()));
    }
    try {
      return type.getDeclaredConstructor(Arrays.stream(components)
          .map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot make " + type.getName(), e);
    }
  }

  private static Object value(Class<?> type, String shape, Object value) {
    if (value == null) {
      return null;
    }
    if (type.isRecord()) {
      return record(type, shape, (Map<?, ?>) value);
    }
    if (type == Integer.class) {
      return ((Number) value).intValue();
    }
    if (value instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    if (value instanceof Map<?, ?> map) {
      return new LinkedHashMap<>(map);
    }
    return value;
  }
}
