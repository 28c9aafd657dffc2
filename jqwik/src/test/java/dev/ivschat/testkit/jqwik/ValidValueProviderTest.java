package dev.ivschat.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ivschat.testkit.jqwik.internal.ValidValueProvider;
import java.lang.reflect.Method;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.providers.TypeUsage;

/** The annotations' provider: which parameters it serves, and how it reports misuse. */
class ValidValueProviderTest {
  private final ValidValueProvider provider = new ValidValueProvider();

  @Example
  void serves_annotated_strings_and_maps_only() throws Exception {
    assertThat(provider.canProvideFor(parameter("annotated", 0))).isTrue();
    assertThat(provider.canProvideFor(parameter("annotated", 1))).isTrue();
    assertThat(provider.canProvideFor(TypeUsage.of(String.class))).isFalse();
    assertThat(provider.priority()).isPositive();
  }

  @Example
  void names_the_parameter_type_when_an_annotation_is_misplaced() throws Exception {
    TypeUsage integer = parameter("misused", 0);
    assertThat(provider.canProvideFor(integer)).isTrue();
    assertThatThrownBy(() -> provider.provideFor(integer, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("@ValidRoomName generates String values, but the parameter is of type "
            + "java.lang.Integer");
    TypeUsage map = parameter("misused", 1);
    assertThatThrownBy(() -> provider.provideFor(map, null))
        .hasMessage("@ValidTags generates Map<String, String> values, but the parameter is of type "
            + "java.util.Map<java.lang.String, java.lang.Integer>");
  }

  private static TypeUsage parameter(String method, int index) throws NoSuchMethodException {
    for (Method m : Fixture.class.getDeclaredMethods()) {
      if (m.getName().equals(method)) {
        java.lang.reflect.Parameter p = m.getParameters()[index];
        TypeUsage type = TypeUsage.forType(p.getParameterizedType());
        for (java.lang.annotation.Annotation a : p.getAnnotations()) {
          type = type.withAnnotation(a);
        }
        return type;
      }
    }
    throw new NoSuchMethodException(method);
  }

  @SuppressWarnings("unused")
  private static final class Fixture {
    void annotated(@ValidRoomName String name, @ValidTags Map<String, String> tags) {
    }

    void misused(@ValidRoomName Integer name, @ValidTags Map<String, Integer> tags) {
    }
  }
}
