package dev.ivschat.testkit.sdk1.contract;

import com.amazonaws.AmazonWebServiceRequest;
import dev.ivschat.testkit.contract.ServiceModel;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates wire members to SDK v1 beans and back, driven by the service model alone: a
 * structure shape is the model class of its name ({@code CreateRoomRequest},
 * {@code S3DestinationConfiguration}), a member its {@code setXxx}/{@code getXxx} pair. There is
 * no code per operation, so an operation or member the SDK lacks fails loudly.
 */
final class V1Wire {
  static final String MODEL_PACKAGE = "com.amazonaws.services.ivschat.model.";
  private static final ServiceModel MODEL = ServiceModel.get();

  private V1Wire() {
  }

  /** The v1 request of an operation, with the input's members set. */
  static AmazonWebServiceRequest request(String operation, Map<String, Object> input) {
    return (AmazonWebServiceRequest) toV1(MODEL.inputShape(operation), input);
  }

  /** The output members of a v1 result; empty for the operations without output. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> output(String operation, Object result) {
    String shape = MODEL.outputShape(operation);
    return shape == null ? Map.of() : (Map<String, Object>) fromV1(shape, result);
  }

  private static Object toV1(String shape, Object value) {
    if (value == null) {
      return null;
    }
    switch (MODEL.type(shape)) {
      case "structure" -> {
        Object bean = newBean(shape);
        ((Map<?, ?>) value).forEach((member, memberValue) -> {
          String memberShape = MODEL.memberShape(shape, (String) member);
          invoke(setter(bean.getClass(), (String) member), bean, toV1(memberShape, memberValue));
        });
        return bean;
      }
      case "list" -> {
        List<Object> list = new ArrayList<>();
        for (Object element : (List<?>) value) {
          list.add(toV1(MODEL.listMember(shape), element));
        }
        return list;
      }
      case "map" -> {
        Map<Object, Object> map = new LinkedHashMap<>();
        ((Map<?, ?>) value).forEach((k, v) -> map.put(k, toV1(MODEL.mapValue(shape), v)));
        return map;
      }
      case "integer" -> {
        return ((Number) value).intValue();
      }
      default -> {
        return value;
      }
    }
  }

  private static Object fromV1(String shape, Object value) {
    switch (MODEL.type(shape)) {
      case "structure" -> {
        Map<String, Object> members = new LinkedHashMap<>();
        MODEL.members(shape).forEach((member, memberShape) -> {
          Object memberValue = invoke(getter(value.getClass(), member), value);
          if (memberValue != null) {
            members.put(member, fromV1(memberShape, memberValue));
          }
        });
        return members;
      }
      case "list" -> {
        List<Object> list = new ArrayList<>();
        for (Object element : (List<?>) value) {
          list.add(fromV1(MODEL.listMember(shape), element));
        }
        return list;
      }
      case "map" -> {
        Map<Object, Object> map = new LinkedHashMap<>();
        ((Map<?, ?>) value).forEach((k, v) -> map.put(k, fromV1(MODEL.mapValue(shape), v)));
        return map;
      }
      case "timestamp" -> {
        return ((Date) value).toInstant();
      }
      default -> {
        return value;
      }
    }
  }

  private static Object newBean(String shape) {
    try {
      return Class.forName(MODEL_PACKAGE + shape).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("The SDK v1 has no bean for the model structure " + shape, e);
    }
  }

  private static Method setter(Class<?> type, String member) {
    String name = "set" + capitalized(member);
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1) {
        return m;
      }
    }
    throw new IllegalStateException("No setter " + name + " on " + type.getName());
  }

  private static Method getter(Class<?> type, String member) {
    try {
      return type.getMethod("get" + capitalized(member));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("No getter for " + member + " on " + type.getName(), e);
    }
  }

  private static Object invoke(Method method, Object bean, Object... args) {
    try {
      return method.invoke(bean, args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot call " + method + " with " + List.of(args), e);
    }
  }

  private static String capitalized(String member) {
    return Character.toUpperCase(member.charAt(0)) + member.substring(1);
  }
}
