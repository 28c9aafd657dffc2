package dev.ivschat.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ivschat.testkit.IvsChatRequest.CreateRoom;
import net.jqwik.api.Example;

/** The {@link Invalid} value type. */
class InvalidTest {

  @Example
  void carries_the_violation_into_a_larger_value() {
    Invalid<String> name = new Invalid<>("bad name", "name", "contains ' '");
    Invalid<CreateRoom> request = name.map(CreateRoom::named);
    assertThat(request.value().name()).isEqualTo("bad name");
    assertThat(request.field()).isEqualTo("name");
    assertThat(request.violation()).isEqualTo("contains ' '");
  }

  @Example
  void reports_on_another_member() {
    Invalid<String> arn = new Invalid<>("", "roomIdentifier", "is empty");
    assertThat(arn.withField("identifier"))
        .isEqualTo(new Invalid<>("", "identifier", "is empty"));
  }

  @Example
  void field_and_violation_are_required_but_the_value_may_be_missing() {
    assertThat(new Invalid<String>(null, "userId", "is missing").value()).isNull();
    assertThatThrownBy(() -> new Invalid<>("x", null, "why")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Invalid<>("x", "f", null)).isInstanceOf(NullPointerException.class);
  }
}
