package dev.ivschat.testkit.junit5.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Short, readable names of classes, fields, methods and parameters for messages. */
final class Names {
  private Names() {
  }

  /** The simple name with the enclosing classes, e.g. {@code OrderTest.WhenPaid}. */
  static String of(Class<?> type) {
    Class<?> enclosing = type.getEnclosingClass();
    return enclosing == null || type.isAnonymousClass() ? type.getSimpleName()
        : of(enclosing) + "." + type.getSimpleName();
  }

  /** {@code OrderTest.setUp(FakeAmazonivschat)} or {@code OrderTest(FakeAmazonivschat)}. */
  static String of(Executable executable) {
    String parameters = Arrays.stream(executable.getParameterTypes()).map(Class::getSimpleName)
        .collect(Collectors.joining(", ", "(", ")"));
    String owner = of(executable.getDeclaringClass());
    return executable instanceof Constructor ? owner + parameters
        : owner + "." + executable.getName() + parameters;
  }

  /** {@code "a"}, {@code "a and b"}, {@code "a, b and c"}. */
  static String and(List<String> items) {
    int n = items.size();
    return n <= 1 ? String.join("", items)
        : String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
  }

  /** {@code [FakeAmazonivschat fake]}. */
  static String of(Parameter parameter) {
    return "[" + parameter.getType().getSimpleName() + " " + parameter.getName() + "]";
  }

  /** {@code OrderTest.ivschat}. */
  static String of(Field field) {
    return of(field.getDeclaringClass()) + "." + field.getName();
  }
}
