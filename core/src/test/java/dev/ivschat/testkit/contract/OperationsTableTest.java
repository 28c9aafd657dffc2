package dev.ivschat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.ServiceError;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@link Operation} against the model's operations, their HTTP traits and the errors they list. */
class OperationsTableTest {
  private static final ServiceModel MODEL = ServiceModel.get();

  @Test
  void the_operations_are_exactly_the_models_seventeen() {
    assertThat(Arrays.stream(Operation.values()).map(Operation::wireName))
        .containsExactlyInAnyOrderElementsOf(MODEL.operations()).hasSize(17);
  }

  @TestFactory
  Stream<DynamicTest> each_operation_has_the_models_http_method_uri_success_status_and_pending_verification() {
    return MODEL.operations().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Operation op = Operation.fromWireName(name);

      assertThat(op.httpMethod()).isEqualTo(MODEL.httpMethod(name));
      assertThat(op.requestUri()).isEqualTo(MODEL.requestUri(name));
      assertThat(op.successStatus()).isEqualTo(MODEL.successStatus(name));
      assertThat(op.pendingVerificationModelled())
          .isEqualTo(MODEL.errors(name).contains(ServiceError.PENDING_VERIFICATION));
    }));
  }

  @TestFactory
  Stream<DynamicTest> each_error_shape_has_a_catalogue_code_of_its_name() {
    return MODEL.errorShapes().stream().map(shape -> DynamicTest.dynamicTest(shape, () ->
        assertThat(Arrays.stream(ServiceError.class.getFields())
            .filter(f -> f.getType() == String.class)
            .map(f -> {
              try {
                return (String) f.get(null);
              } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
              }
            })).contains(shape)));
  }
}
