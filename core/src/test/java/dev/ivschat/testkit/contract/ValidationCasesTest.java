package dev.ivschat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cases the model yields, before any target runs them. */
class ValidationCasesTest {
  private static final ServiceModel MODEL = ServiceModel.get();

  @Test
  void every_operation_of_the_model_yields_boundary_cases() {
    for (String operation : MODEL.operations()) {
      assertThat(ValidationCases.of(MODEL, operation)).as(operation).isNotEmpty();
    }
  }

  @Test
  void the_cases_cover_the_nested_members_and_the_union() {
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

  @Test
  void the_json_reader_reads_what_the_model_needs() {
    assertThat(Json.parse(" {\"a\": [1, -2.5e1, \"x\\\"\\u00e9\", true, false, null], \"b\": {}} "))
        .isEqualTo(Map.of("a", Arrays.asList(1L, -25.0, "x\"é", true, false,
            null), "b", Map.of()));
  }
}
