package dev.ivschat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.ServiceError;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks every reply passes through find what is wrong with a reply. */
class ReplyCheckTest {
  private static final String RID = "ba01dd75-6e44-22a5-e597-c890fd7a776b";
  private static final String ARN = Fixture.ROOM_ARN_PREFIX + "g1H2I3j4k5L6";

  private static Map<String, Object> room() {
    return Wire.of("arn", ARN, "id", "g1H2I3j4k5L6", "name", "", "createTime", Instant.EPOCH,
        "updateTime", Instant.EPOCH, "maximumMessageRatePerSecond", 10,
        "maximumMessageLength", 500, "tags", Map.of(), "loggingConfigurationIdentifiers",
        List.of());
  }

  @Test
  void a_reply_as_the_model_says_has_no_problems() {
    assertThat(ReplyCheck.problems("GetRoom", Reply.success("GetRoom", room(), RID, 200)))
        .isEmpty();
    assertThat(ReplyCheck.problems("DeleteRoom", Reply.success("DeleteRoom", Map.of(), RID, 204)))
        .isEmpty();
    assertThat(ReplyCheck.problems("GetRoom", Reply.failure("GetRoom",
        ServiceError.notFound("g1H2I3j4k5L6", ServiceError.ROOM), RID,
        "ResourceNotFoundException"))).isEmpty();
  }

  @Test
  void output_members_types_enums_patterns_and_nulls_the_model_does_not_allow_are_problems() {
    Map<String, Object> bad = room();
    bad.put("maximumMessageLength", 500L);
    bad.put("createTime", new Date(0));
    bad.put("id", "not-an-id!");
    bad.put("extra", "x");
    bad.put("messageReviewHandler", Wire.of("fallbackResult", "MAYBE"));
    bad.put("name", null);

    assertThat(ReplyCheck.problems("GetRoom", Reply.success("GetRoom", bad, RID, 200)))
        .anyMatch(p -> p.contains("maximumMessageLength") && p.contains("not an Integer"))
        .anyMatch(p -> p.contains("createTime") && p.contains("not an Instant"))
        .anyMatch(p -> p.contains("output.id") && p.contains("pattern"))
        .anyMatch(p -> p.contains("has extra"))
        .anyMatch(p -> p.contains("MAYBE"))
        .anyMatch(p -> p.contains("output.name is null"))
        .anyMatch(p -> p.contains("output.id has size 10"))
        .hasSize(7);
  }

  @Test
  void a_wrong_success_status_and_a_missing_request_id_are_problems() {
    assertThat(ReplyCheck.problems("DeleteRoom", Reply.success("DeleteRoom", Map.of(), "", 200)))
        .containsExactlyInAnyOrder("no request id", "HTTP 200 where the model says 204");
  }

  @Test
  void an_error_the_operation_does_not_list_or_with_other_status_members_or_class_is_a_problem() {
    ServiceError wrongStatus = new ServiceError(ServiceError.VALIDATION, 422, false, "bad", null,
        List.of(), null, null, null);

    assertThat(ReplyCheck.problems("CreateRoom",
        Reply.failure("CreateRoom", ServiceError.internalServer(), RID, "InternalServerException")))
        .singleElement().asString().contains("not among the errors the model lists");
    assertThat(ReplyCheck.problems("GetRoom",
        Reply.failure("GetRoom", wrongStatus, RID, "AmazonivschatException")))
        .anyMatch(p -> p.contains("status 422"))
        .anyMatch(p -> p.contains("without its required reason"))
        .anyMatch(p -> p.contains("thrown as AmazonivschatException"));
    assertThat(ReplyCheck.problems("GetRoom", Reply.failure("GetRoom",
        new ServiceError("NoSuchThing", 400, false, "?", null, List.of(), null, null, null), RID,
        null))).singleElement().asString().contains("no error shape of the model");
  }

  @Test
  void account_wide_errors_are_allowed_on_every_operation() {
    assertThat(ReplyCheck.problems("TagResource",
        Reply.failure("TagResource", ServiceError.accessDenied(), RID, null))).isEmpty();
    assertThat(ReplyCheck.problems("CreateRoom",
        Reply.failure("CreateRoom", ServiceError.throttling(5), RID, null))).isEmpty();
  }
}
