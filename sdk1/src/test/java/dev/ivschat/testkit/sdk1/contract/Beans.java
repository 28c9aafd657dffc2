package dev.ivschat.testkit.sdk1.contract;

import java.lang.reflect.Method;
import java.util.List;

/**
 * Sets request members of the SDK v1 beans by reflection ({@code setXxx}), so that the model, not
 * hand-written code, says which member a validation case changes.
 */
final class Beans {
  private Beans() {
  }

  /**
   * Sets the member at a dotted path, creating intermediate beans; descending into one member of a
   * union clears the union's other members.
   */
  static void set(Object bean, List<String> path, Object value, ServiceModel model) {
    Object target = bean;
    for (int i = 0; i < path.size() - 1; i++) {
      String member = path.get(i);
      Object child = get(target, member);
      if (child == null) {
        child = newInstance(setter(target.getClass(), member).getParameterTypes()[0]);
        invoke(setter(target.getClass(), member), target, child);
      }
      String childShape = child.getClass().getSimpleName();
      if (model.isUnion(childShape)) {
        String keep = path.get(i + 1);
        for (String sibling : model.members(childShape).keySet()) {
          if (!sibling.equals(keep)) {
            invoke(setter(child.getClass(), sibling), child, null);
          }
        }
      }
      target = child;
    }
    invoke(setter(target.getClass(), path.get(path.size() - 1)), target, value);
  }

  /** A new bean of a model structure, e.g. {@code S3DestinationConfiguration}. */
  static Object newStructure(String shape) {
    try {
      return newInstance(Class.forName(Fixture.MODEL_PACKAGE + shape));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("The SDK has no class for the model structure " + shape, e);
    }
  }

  static void setMember(Object bean, String member, Object value) {
    invoke(setter(bean.getClass(), member), bean, value);
  }

  private static Object get(Object bean, String member) {
    try {
      return bean.getClass().getMethod("get" + capitalized(member)).invoke(bean);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("No getter for " + member + " on " + bean.getClass(), e);
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

  private static void invoke(Method setter, Object bean, Object value) {
    try {
      setter.invoke(bean, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot call " + setter + " with " + value, e);
    }
  }

  private static Object newInstance(Class<?> type) {
    try {
      return type.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot create " + type.getName(), e);
    }
  }

  private static String capitalized(String member) {
    return Character.toUpperCase(member.charAt(0)) + member.substring(1);
  }
}
