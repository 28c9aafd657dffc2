package dev.ivschat.testkit.sdk1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.AmazonServiceException.ErrorType;
import com.amazonaws.AmazonServiceException;
import com.amazonaws.services.ivschat.model.AccessDeniedException;
import com.amazonaws.services.ivschat.model.ConflictException;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.DestinationConfiguration;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.InternalServerException;
import com.amazonaws.services.ivschat.model.ListTagsForResourceRequest;
import com.amazonaws.services.ivschat.model.PendingVerificationException;
import com.amazonaws.services.ivschat.model.ResourceNotFoundException;
import com.amazonaws.services.ivschat.model.S3DestinationConfiguration;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.ServiceQuotaExceededException;
import com.amazonaws.services.ivschat.model.ThrottlingException;
import com.amazonaws.services.ivschat.model.ValidationException;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.ServiceError;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every error kind carries every field the real v1 client sets when it reads the service's error
 * response; real triggers where the service has one, fault scripts for the rest.
 */
class ErrorFieldsTest {
  private final FakeAmazonivschat fake = new FakeAmazonivschat();

  private static void assertCommonFields(AmazonServiceException e, String code, int status,
      ErrorType type) {
    assertThat(e.getErrorCode()).isEqualTo(code);
    assertThat(e.getStatusCode()).isEqualTo(status);
    assertThat(e.getErrorType()).isEqualTo(type);
    assertThat(e.getServiceName()).isEqualTo("Amazonivschat");
    assertThat(e.getRequestId()).isNotBlank();
    assertThat(e.getErrorMessage()).isNotBlank();
    assertThat(e.getMessage()).contains("Service: Amazonivschat")
        .contains("Status Code: " + status).contains("Error Code: " + code)
        .contains("Request ID: " + e.getRequestId());
    assertThat(e.getHttpHeaders()).containsEntry("x-amzn-ErrorType", code)
        .containsEntry("x-amzn-RequestId", e.getRequestId());
  }

  private static DestinationConfiguration s3(String bucket) {
    return new DestinationConfiguration()
        .withS3(new S3DestinationConfiguration().withBucketName(bucket));
  }

  @Test
  void an_invalid_member_is_a_400_validation_exception_with_reason_and_field_list() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> fake.createRoom(new CreateRoomRequest().withMaximumMessageRatePerSecond(0)));

    assertCommonFields(e, "ValidationException", 400, ErrorType.Client);
    assertThat(e.getReason()).isEqualTo("FIELD_VALIDATION_FAILED");
    assertThat(e.getFieldList()).singleElement().satisfies(f -> {
      assertThat(f.getName()).isEqualTo("maximumMessageRatePerSecond");
      assertThat(f.getMessage()).isEqualTo("Value '0' at 'maximumMessageRatePerSecond' failed to "
          + "satisfy constraint: Member must be greater than or equal to 1");
    });
  }

  @Test
  void getting_a_room_that_does_not_exist_is_a_404_with_the_bare_id_and_type_room() {
    ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
        () -> fake.getRoom(new GetRoomRequest()
            .withIdentifier("arn:aws:ivschat:us-east-1:123456789012:room/g1H2I3j4k5L6")));

    assertCommonFields(e, "ResourceNotFoundException", 404, ErrorType.Client);
    assertThat(e.getResourceId()).isEqualTo("g1H2I3j4k5L6");
    assertThat(e.getResourceType()).isEqualTo("ROOM");
    assertThat(e.getErrorMessage()).contains("g1H2I3j4k5L6");
  }

  @Test
  void deleting_a_logging_configuration_a_room_uses_is_a_409_naming_the_configuration() {
    String lc = fake.createLoggingConfiguration(new CreateLoggingConfigurationRequest()
        .withDestinationConfiguration(s3("chat-logs"))).getId();
    String arn = fake.loggingConfigurations().get(0).arn();
    fake.createRoom(new CreateRoomRequest().withLoggingConfigurationIdentifiers(arn));

    ConflictException e = catchThrowableOfType(ConflictException.class,
        () -> fake.deleteLoggingConfiguration(
            new DeleteLoggingConfigurationRequest().withIdentifier(arn)));

    assertCommonFields(e, "ConflictException", 409, ErrorType.Client);
    assertThat(e.getResourceId()).isEqualTo(lc);
    assertThat(e.getResourceType()).isEqualTo("LOGGING_CONFIGURATION");
  }

  @Test
  void an_eleventh_logging_configuration_is_a_402_with_the_limit_10() {
    for (int i = 0; i < 10; i++) {
      fake.createLoggingConfiguration(new CreateLoggingConfigurationRequest()
          .withDestinationConfiguration(s3("chat-logs-" + i)));
    }

    ServiceQuotaExceededException e = catchThrowableOfType(ServiceQuotaExceededException.class,
        () -> fake.createLoggingConfiguration(new CreateLoggingConfigurationRequest()
            .withDestinationConfiguration(s3("one-too-many"))));

    assertCommonFields(e, "ServiceQuotaExceededException", 402, ErrorType.Client);
    assertThat(e.getLimit()).isEqualTo(10);
    assertThat(e.getResourceId()).isEqualTo("123456789012");
    assertThat(e.getResourceType()).isEqualTo("LOGGING_CONFIGURATION");
    assertThat(fake.loggingConfigurations()).hasSize(10);
  }

  @Test
  void a_sixth_create_room_within_one_second_under_rate_quotas_is_a_429_with_the_limit_5() {
    FakeAmazonivschat limited = FakeAmazonivschat.builder().enforceRateQuotas(true).build();
    for (int i = 0; i < 5; i++) {
      limited.createRoom(new CreateRoomRequest());
    }

    ThrottlingException e = catchThrowableOfType(ThrottlingException.class,
        () -> limited.createRoom(new CreateRoomRequest()));

    assertCommonFields(e, "ThrottlingException", 429, ErrorType.Client);
    assertThat(e.getLimit()).isEqualTo(5);
    assertThat(e.getResourceId()).isNotBlank();
    assertThat(e.getResourceType()).isEqualTo("ROOM");
  }

  @Test
  void a_denied_caller_gets_a_403_access_denied_exception() {
    fake.faults().accessDenied(true);

    AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
        () -> fake.createRoom(new CreateRoomRequest()));

    assertCommonFields(e, "AccessDeniedException", 403, ErrorType.Client);
  }

  @Test
  void an_account_pending_verification_gets_a_403_whose_wire_code_has_no_exception_suffix() {
    fake.faults().pendingVerification(true);

    PendingVerificationException e = catchThrowableOfType(PendingVerificationException.class,
        () -> fake.createRoom(new CreateRoomRequest()));

    assertCommonFields(e, "PendingVerification", 403, ErrorType.Client);
  }

  @Test
  void an_internal_server_error_is_a_500_of_error_type_service() {
    String room = fake.createRoom(new CreateRoomRequest()).getArn();
    fake.faults().on(Operation.LIST_TAGS_FOR_RESOURCE).fail(ServiceError.internalServer());

    InternalServerException e = catchThrowableOfType(InternalServerException.class,
        () -> fake.listTagsForResource(new ListTagsForResourceRequest().withResourceArn(room)));

    assertCommonFields(e, "InternalServerException", 500, ErrorType.Service);
  }

  @Test
  void the_request_id_of_an_error_is_the_one_in_the_journal_and_in_the_cached_metadata() {
    SendEventRequest request = new SendEventRequest()
        .withRoomIdentifier("arn:aws:ivschat:us-east-1:123456789012:room/g1H2I3j4k5L6")
        .withEventName("x");

    ResourceNotFoundException e =
        catchThrowableOfType(ResourceNotFoundException.class, () -> fake.sendEvent(request));

    assertThat(fake.calls()).last().satisfies(call -> {
      assertThat(call.requestId()).isEqualTo(e.getRequestId());
      assertThat(call.error().code()).isEqualTo("ResourceNotFoundException");
    });
    assertThat(fake.getCachedResponseMetadata(request).getRequestId()).isEqualTo(e.getRequestId());
  }

  @Test
  void each_call_gets_its_own_request_id() {
    ResourceNotFoundException first = catchThrowableOfType(ResourceNotFoundException.class,
        () -> fake.getRoom(new GetRoomRequest()
            .withIdentifier("arn:aws:ivschat:us-east-1:123456789012:room/aaaaaaaaaaaa")));
    ResourceNotFoundException second = catchThrowableOfType(ResourceNotFoundException.class,
        () -> fake.getRoom(new GetRoomRequest()
            .withIdentifier("arn:aws:ivschat:us-east-1:123456789012:room/aaaaaaaaaaaa")));

    assertThat(first.getRequestId()).isNotEqualTo(second.getRequestId())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  }

  @Test
  void a_long_map_key_is_cut_in_the_message_as_long_values_are() {
    String room = fake.createRoom(new CreateRoomRequest()).getArn();
    String key = "k".repeat(100_000);
    Map<String, String> attributes = new HashMap<>();
    attributes.put(key, null);

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> fake.sendEvent(new SendEventRequest().withRoomIdentifier(room).withEventName("e")
            .withAttributes(attributes)));

    assertThat(e.getFieldList()).singleElement()
        .satisfies(f -> assertThat(f.getName()).isEqualTo("attributes"));
    assertThat(e.getErrorMessage()).hasSizeLessThan(1_000)
        .contains("(100000 characters)").doesNotContain(key);
  }
}
