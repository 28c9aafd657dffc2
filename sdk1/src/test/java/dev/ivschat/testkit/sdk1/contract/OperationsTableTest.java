package dev.ivschat.testkit.sdk1.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.amazonaws.services.ivschat.model.AccessDeniedException;
import com.amazonaws.services.ivschat.model.PendingVerificationException;
import dev.ivschat.testkit.Operation;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@link Operation} against the model's operations and the errors each one lists. */
class OperationsTableTest {
  private static final ServiceModel MODEL = ServiceModel.get();

  @Test
  void the_operations_are_exactly_the_models_seventeen() {
    assertThat(Arrays.stream(Operation.values()).map(Operation::wireName))
        .containsExactlyInAnyOrderElementsOf(MODEL.operations()).hasSize(17);
  }

  @TestFactory
  Stream<DynamicTest> the_pending_verification_switch_fails_exactly_the_operations_whose_model_lists_it() {
    return MODEL.operations().stream().map(op -> DynamicTest.dynamicTest(op, () -> {
      boolean listed = MODEL.errors(op).contains("PendingVerification");
      assertThat(Operation.fromWireName(op).pendingVerificationModelled()).isEqualTo(listed);
      Fixture f = new Fixture();
      f.fake.faults().pendingVerification(true);
      Snapshot before = Snapshot.of(f);

      Throwable thrown = catchThrowable(() -> f.call(op, f.base(op)));

      if (listed) {
        assertThat(thrown).isInstanceOf(PendingVerificationException.class);
        assertThat(Snapshot.of(f)).isEqualTo(before);
      } else {
        assertThat(thrown).isNull();
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> the_access_denied_switch_fails_every_operation_and_changes_nothing() {
    return MODEL.operations().stream().map(op -> DynamicTest.dynamicTest(op, () -> {
      Fixture f = new Fixture();
      f.fake.faults().accessDenied(true);
      Snapshot before = Snapshot.of(f);

      assertThat(catchThrowable(() -> f.call(op, f.base(op))))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(Snapshot.of(f)).isEqualTo(before);

      f.fake.faults().accessDenied(false);
      assertThat(catchThrowable(() -> f.call(op, f.base(op)))).isNull();
    }));
  }
}
