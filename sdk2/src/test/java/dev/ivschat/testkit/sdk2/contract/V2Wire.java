package dev.ivschat.testkit.sdk2.contract;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.services.ivschat.model.IvschatRequest;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Translates wire members to SDK v2 model objects and back through the SDK's own field metadata
 * ({@link SdkPojo#sdkFields()}): a request is {@code <Operation>Request.builder()} with each
 * member set by its model name, a structure member the builder its field makes. There is no code
 * per operation, so an operation or member the SDK lacks fails loudly.
 */
final class V2Wire {
  private static final String MODEL_PACKAGE = "software.amazon.awssdk.services.ivschat.model.";

  private V2Wire() {
  }

  /** The v2 request of an operation, with the input's members set. */
  static IvschatRequest request(String operation, Map<String, Object> input) {
    try {
      Object builder = Class.forName(MODEL_PACKAGE + operation + "Request").getMethod("builder")
          .invoke(null);
      return (IvschatRequest) build((SdkPojo) builder, input);
    } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException("The SDK v2 has no request for " + operation, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The output members of a v2 response (or of any model object): unset members absent. */
  static Map<String, Object> output(SdkPojo pojo) {
    Map<String, Object> members = new LinkedHashMap<>();
    for (SdkField<?> f : pojo.sdkFields()) {
      Object value = f.getValueOrDefault(pojo);
      if (value != null && !(value instanceof SdkAutoConstructList)
          && !(value instanceof SdkAutoConstructMap)) {
        members.put(f.memberName(), fromV2(f, value));
      }
    }
    return members;
  }

  private static Object build(SdkPojo builder, Map<?, ?> members) {
    members.forEach((name, value) -> {
      SdkField<?> field = builder.sdkFields().stream().filter(f -> f.memberName().equals(name))
          .findFirst().orElseThrow(() -> new IllegalStateException(
              builder.getClass().getName() + " has no member " + name));
      field.set(builder, toV2(field, value));
    });
    return ((SdkBuilder<?, ?>) builder).build();
  }

  private static Object toV2(SdkField<?> field, Object value) {
    if (value == null) {
      return null;
    }
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.SDK_POJO) {
      return build(field.constructor().get(), (Map<?, ?>) value);
    }
    if (type == MarshallingType.LIST) {
      SdkField<?> element = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
      List<Object> list = new ArrayList<>();
      for (Object e : (List<?>) value) {
        list.add(toV2(element, e));
      }
      return list;
    }
    if (type == MarshallingType.MAP) {
      SdkField<?> element = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
      Map<Object, Object> map = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> map.put(k, toV2(element, v)));
      return map;
    }
    if (type == MarshallingType.INTEGER) {
      return ((Number) value).intValue();
    }
    return value;
  }

  private static Object fromV2(SdkField<?> field, Object value) {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.SDK_POJO) {
      return output((SdkPojo) value);
    }
    if (type == MarshallingType.LIST) {
      SdkField<?> element = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
      return ((List<?>) value).stream().map(e -> e == null ? null : fromV2(element, e)).toList();
    }
    if (type == MarshallingType.MAP) {
      SdkField<?> element = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
      Map<Object, Object> map = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> map.put(k, v == null ? null : fromV2(element, v)));
      return map;
    }
    return value;
  }
}
