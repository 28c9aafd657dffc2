package dev.ivschat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ivschat.testkit.ServiceError;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The validation contract, driven by the service model: for every operation and every constrained
 * input member, the boundary values are accepted and the values just past them, a pattern
 * violation, a bad enum value, a null element and a missing required member are rejected on that
 * very member, with nothing stored.
 */
public interface ValidationContract extends Contract {

  @TestFactory
  default Stream<DynamicNode> every_constrained_member_of_every_operation_is_checked_at_its_boundaries() {
    ServiceModel model = ServiceModel.get();
    return model.operations().stream().map(operation -> DynamicContainer.dynamicContainer(
        operation, Stream.concat(
            Stream.of(DynamicTest.dynamicTest("the base input is accepted as it is, with HTTP "
                + model.successStatus(operation), () -> {
                  try (Fixture f = fixture()) {
                    Integer status = f.service.ok(operation, f.base(operation)).httpStatus();
                    assertThat(status).isIn(null, model.successStatus(operation));
                  }
                })),
            ValidationCases.of(model, operation).stream()
                .map(c -> DynamicTest.dynamicTest(c.displayName(), () -> run(c))))));
  }

  private void run(ValidationCase c) {
    try (Fixture f = fixture()) {
      Map<String, Object> input = f.base(c.operation());
      Wire.set(input, ServiceModel.get().inputShape(c.operation()), c.path(), c.value().apply(f),
          ServiceModel.get());
      Snapshot before = f.snapshot();

      Service.Attempt attempt = f.service.attempt(c.operation(), input);

      assumeTrue(attempt.unsent() == null, attempt::unsent);
      Reply reply = attempt.reply();

      String what = c.operation() + " " + c.displayName() + " through " + f.service.name();
      switch (c.expect()) {
        case ACCEPTED -> assertThat(reply.failed() ? reply.error().code() : "success").as(what)
            .isIn("success", ServiceError.RESOURCE_NOT_FOUND);
        case REJECTED -> {
          assertThat(reply.failed()).as(what).isTrue();
          ServiceError e = reply.error();
          assertThat(e.code()).as(what).isEqualTo(ServiceError.VALIDATION);
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.reason()).isEqualTo(ServiceError.FIELD_VALIDATION_FAILED);
          assertThat(e.fields()).extracting(ServiceError.Field::name).as(what)
              .containsExactly(c.field());
          assertThat(e.fields().get(0).message()).contains("'" + c.field() + "'")
              .contains(c.fragment());
          assertThat(e.message()).contains(c.field()).contains(c.fragment());
          assertThat(f.snapshot()).as("nothing is stored when validation fails").isEqualTo(before);
        }
        case UNKNOWN_TOKEN -> {
          assertThat(reply.failed()).as(what).isTrue();
          assertThat(reply.error().code()).isEqualTo(ServiceError.VALIDATION);
          assertThat(reply.error().fields()).singleElement().satisfies(field -> {
            assertThat(field.name()).isEqualTo("nextToken");
            assertThat(field.message()).doesNotContain("length")
                .contains("nextToken returned by an earlier");
          });
        }
        default -> throw new IllegalStateException(c.expect().toString());
      }
    }
  }
}
