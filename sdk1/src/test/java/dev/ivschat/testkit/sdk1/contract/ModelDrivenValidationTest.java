package dev.ivschat.testkit.sdk1.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.services.ivschat.model.ResourceNotFoundException;
import com.amazonaws.services.ivschat.model.ValidationException;
import com.amazonaws.services.ivschat.model.ValidationExceptionField;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The validation contract, driven by the service model: for every operation and every constrained
 * input member, the boundary values are accepted and the values just past them, a pattern
 * violation, a bad enum value, a null element and a missing required member are rejected on that
 * very member, with nothing stored.
 */
class ModelDrivenValidationTest {
  private static final ServiceModel MODEL = ServiceModel.get();

  @TestFactory
  Stream<DynamicNode> every_constrained_member_of_every_operation_is_checked_at_its_boundaries() {
    return MODEL.operations().stream().map(operation -> DynamicContainer.dynamicContainer(
        operation, Stream.concat(
            Stream.of(DynamicTest.dynamicTest("the base request is accepted as it is",
                () -> the_base_request_is_accepted(operation))),
            ValidationCases.of(MODEL, operation).stream()
                .map(c -> DynamicTest.dynamicTest(c.displayName(), () -> run(c))))));
  }

  @Test
  void every_operation_of_the_model_yields_boundary_cases() {
    for (String operation : MODEL.operations()) {
      assertThat(ValidationCases.of(MODEL, operation)).as(operation).isNotEmpty();
    }
  }

  @Test
  void the_contract_covers_the_nested_members_and_the_union() {
    List<String> fields = MODEL.operations().stream()
        .flatMap(op -> ValidationCases.of(MODEL, op).stream())
        .filter(c -> c.expect() == ValidationCase.Expect.REJECTED)
        .map(ValidationCase::field).distinct().toList();

    assertThat(fields).contains("messageReviewHandler.uri",
        "messageReviewHandler.fallbackResult", "destinationConfiguration",
        "destinationConfiguration.s3.bucketName",
        "destinationConfiguration.cloudWatchLogs.logGroupName",
        "destinationConfiguration.firehose.deliveryStreamName", "tags", "tagKeys", "capabilities",
        "loggingConfigurationIdentifiers", "attributes", "resourceArn", "nextToken", "maxResults");
  }

  private static void the_base_request_is_accepted(String operation) {
    Fixture f = new Fixture();
    assertThat(catchThrowable(() -> f.call(operation, f.base(operation)))).isNull();
  }

  private static void run(ValidationCase c) {
    Fixture f = new Fixture();
    AmazonWebServiceRequest request = f.base(c.operation());
    Beans.set(request, c.path(), c.value().apply(f), MODEL);
    Snapshot before = Snapshot.of(f);

    Throwable thrown = catchThrowable(() -> f.call(c.operation(), request));

    switch (c.expect()) {
      case ACCEPTED -> assertThat(thrown)
          .as("%s %s", c.operation(), c.displayName())
          .satisfiesAnyOf(t -> assertThat(t).isNull(),
              t -> assertThat(t).isInstanceOf(ResourceNotFoundException.class));
      case REJECTED -> {
        assertThat(thrown).as("%s %s", c.operation(), c.displayName())
            .isInstanceOf(ValidationException.class);
        ValidationException e = (ValidationException) thrown;
        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(e.getReason()).isEqualTo("FIELD_VALIDATION_FAILED");
        assertThat(e.getFieldList()).extracting(ValidationExceptionField::getName)
            .containsExactly(c.field());
        assertThat(e.getFieldList().get(0).getMessage())
            .contains("'" + c.field() + "'").contains(c.fragment());
        assertThat(e.getErrorMessage()).contains(c.field()).contains(c.fragment());
        assertThat(Snapshot.of(f)).as("nothing is stored when validation fails").isEqualTo(before);
      }
      case UNKNOWN_TOKEN -> {
        assertThat(thrown).isInstanceOf(ValidationException.class);
        ValidationException e = (ValidationException) thrown;
        assertThat(e.getFieldList()).singleElement().satisfies(field -> {
          assertThat(field.getName()).isEqualTo("nextToken");
          assertThat(field.getMessage()).doesNotContain("length")
              .contains("nextToken returned by an earlier");
        });
      }
      default -> throw new IllegalStateException(c.expect().toString());
    }
  }
}
