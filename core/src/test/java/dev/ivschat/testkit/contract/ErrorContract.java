package dev.ivschat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.ServiceError;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The error surface, operation by operation: every error the model lists for an operation, built
 * by the {@link ServiceError} catalogue and scripted as a fault, reaches the caller with the
 * model's code, status, fault side and members and the call's request id; the account switches
 * fail exactly the operations they should; fault scripts count and match calls whichever target
 * made them.
 */
public interface ErrorContract extends Contract {

  /** The catalogue's entry for an error shape of the model. */
  private static ServiceError catalogueEntry(String shape) {
    return switch (shape) {
      case "AccessDeniedException" -> ServiceError.accessDenied();
      case "ConflictException" -> ServiceError.conflict("g1H2I3j4k5L6", ServiceError.ROOM, "busy");
      case "InternalServerException" -> ServiceError.internalServer();
      case "PendingVerification" -> ServiceError.pendingVerification();
      case "ResourceNotFoundException" -> ServiceError.notFound("g1H2I3j4k5L6", ServiceError.ROOM);
      case "ServiceQuotaExceededException" ->
          ServiceError.quotaExceeded("123456789012", ServiceError.ROOM, 3, "too many");
      case "ThrottlingException" -> ServiceError.throttling(100);
      case "ValidationException" -> ServiceError.validation("name", "Member is bad");
      default -> throw new IllegalStateException(
          "The model has an error " + shape + " that the ServiceError catalogue does not build");
    };
  }

  @TestFactory
  default Stream<DynamicContainer> every_error_an_operation_lists_reaches_the_caller_with_the_model_code_status_and_members() {
    ServiceModel model = ServiceModel.get();
    return model.operations().stream().map(operation -> DynamicContainer.dynamicContainer(
        operation, model.errors(operation).stream().map(shape -> DynamicTest.dynamicTest(
            shape + " (HTTP " + model.errorStatus(shape) + ")", () -> {
              try (Fixture f = fixture()) {
                ServiceError scripted = catalogueEntry(shape);
                f.service.control().faults().on(Operation.fromWireName(operation)).times(1)
                    .fail(scripted);
                Snapshot before = f.snapshot();

                Reply reply = f.service.call(operation, f.base(operation));

                assertThat(reply.failed()).as("%s through %s", operation, f.service).isTrue();
                assertThat(reply.error()).as("the error as the caller reads it").isEqualTo(scripted);
                assertThat(reply.error().code()).isEqualTo(shape);
                assertThat(reply.httpStatus()).isEqualTo(model.errorStatus(shape));
                assertThat(reply.exceptionType()).isIn(null, shape, shape + "Exception");
                assertThat(reply.requestId()).isEqualTo(lastCall(f.service).requestId());
                assertThat(f.snapshot()).isEqualTo(before);
                f.service.ok(operation, f.base(operation));
              }
            }))));
  }

  private static Call lastCall(Service s) {
    return s.control().lastCalls(1).get(0);
  }

  @Test
  default void every_error_shape_of_the_model_is_listed_by_some_operation() {
    ServiceModel model = ServiceModel.get();
    Set<String> listed = new HashSet<>();
    model.operations().forEach(op -> listed.addAll(model.errors(op)));

    assertThat(listed).containsExactlyInAnyOrderElementsOf(model.errorShapes());
  }

  @TestFactory
  default Stream<DynamicTest> the_pending_verification_switch_fails_exactly_the_operations_whose_model_lists_it() {
    ServiceModel model = ServiceModel.get();
    return model.operations().stream().map(op -> DynamicTest.dynamicTest(op, () -> {
      boolean listed = model.errors(op).contains(ServiceError.PENDING_VERIFICATION);
      try (Fixture f = fixture()) {
        f.service.control().faults().pendingVerification(true);
        Snapshot before = f.snapshot();

        Reply reply = f.service.call(op, f.base(op));

        if (listed) {
          assertThat(reply.failed()).as(op).isTrue();
          assertThat(reply.error()).isEqualTo(ServiceError.pendingVerification());
          assertThat(reply.httpStatus()).isEqualTo(403);
          assertThat(f.snapshot()).isEqualTo(before);
        } else {
          assertThat(reply.failed()).as("%s, whose model does not list PendingVerification: %s",
              op, reply).isFalse();
        }
      }
    }));
  }

  @TestFactory
  default Stream<DynamicTest> the_access_denied_switch_fails_every_operation_and_changes_nothing() {
    return ServiceModel.get().operations().stream().map(op -> DynamicTest.dynamicTest(op, () -> {
      try (Fixture f = fixture()) {
        f.service.control().faults().accessDenied(true);
        Snapshot before = f.snapshot();

        ServiceError e = f.service.fails(op, f.base(op), ServiceError.ACCESS_DENIED);

        assertThat(e).isEqualTo(ServiceError.accessDenied());
        assertThat(f.snapshot()).isEqualTo(before);
        f.service.control().faults().accessDenied(false);
        f.service.ok(op, f.base(op));
      }
    }));
  }

  @Test
  default void a_fault_scripted_for_two_calls_fails_two_calls_and_then_lets_them_succeed() {
    Service s = open();
    String room = s.room();
    Map<String, Object> tag = Wire.of("resourceArn", room, "tags", Wire.of("team", "chat"));
    s.control().faults().on(Operation.TAG_RESOURCE).times(2).fail(ServiceError.internalServer());

    ServiceError first = s.fails("TagResource", tag, ServiceError.INTERNAL_SERVER);
    s.fails("TagResource", tag, ServiceError.INTERNAL_SERVER);
    assertThat(s.tagsOf(room)).isEmpty();
    s.ok("TagResource", tag);

    assertThat(first.serverFault()).isTrue();
    assertThat(first.statusCode()).isEqualTo(500);
    assertThat(s.tagsOf(room)).containsEntry("team", "chat");
  }

  @Test
  default void a_fault_matched_on_the_neutral_request_fails_only_the_matching_calls() {
    Service s = open();
    String room = s.room();
    s.control().faults().on(Operation.CREATE_CHAT_TOKEN)
        .when(IvsChatRequest.CreateChatToken.class, r -> "mallory".equals(r.userId()))
        .fail(ServiceError.accessDenied("No tokens for mallory"));

    ServiceError denied = s.fails("CreateChatToken",
        Wire.of("roomIdentifier", room, "userId", "mallory"), ServiceError.ACCESS_DENIED);
    s.ok("CreateChatToken", Wire.of("roomIdentifier", room, "userId", "ana"));

    assertThat(denied.message()).isEqualTo("No tokens for mallory");
    assertThat(s.control().chatTokens()).extracting(ChatToken::userId).containsExactly("ana");
  }

  @Test
  default void with_rate_quotas_enforced_the_call_over_the_quota_within_a_second_is_throttled() {
    Service s = open(c -> c.clockStart(START).enforceRateQuotas(true));
    for (int i = 0; i < 5; i++) {
      s.room();
    }

    ServiceError e = s.fails("CreateRoom", Wire.of(), ServiceError.THROTTLING);
    s.control().clock().advance(Duration.ofSeconds(1));
    s.room();

    assertThat(e.statusCode()).isEqualTo(429);
    assertThat(e.limit()).isEqualTo(5);
    assertThat(s.control().rooms()).hasSize(6);
  }

  @Test
  default void every_call_gets_its_own_request_id_and_the_journal_records_the_same_one() {
    Service s = open();
    String room = s.room();
    List<Reply> replies = List.of(
        s.ok("GetRoom", Wire.of("identifier", room)),
        s.call("GetRoom", Wire.of("identifier", Fixture.ROOM_ARN_PREFIX + "g1H2I3j4k5L6")),
        s.call("CreateRoom", Wire.of("name", "bad name!")));

    assertThat(replies).extracting(Reply::requestId).doesNotHaveDuplicates()
        .containsExactlyElementsOf(s.control().lastCalls(3).stream().map(Call::requestId)
            .toList());
    assertThat(s.control().lastCalls(3)).extracting(Call::failed)
        .containsExactly(false, true, true);
  }
}
