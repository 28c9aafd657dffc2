package dev.ivschat.testkit.sdk1.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DestinationConfiguration;
import com.amazonaws.services.ivschat.model.ListTagsForResourceRequest;
import com.amazonaws.services.ivschat.model.MessageReviewHandler;
import com.amazonaws.services.ivschat.model.S3DestinationConfiguration;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.TagResourceRequest;
import com.amazonaws.services.ivschat.model.UntagResourceRequest;
import com.amazonaws.services.ivschat.model.ValidationException;
import com.amazonaws.services.ivschat.model.ValidationExceptionField;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Quotas;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules that are not in the model's constraints: the 1 KB attribute maps, reserved tag keys,
 * the 50-tag ceiling after a merge, sensitive values, several bad members at once.
 */
class SpecialValidationRulesTest {

  static Stream<Arguments> attributeOperations() {
    BiFunction<Fixture, Map<String, String>, AmazonWebServiceRequest> token = (f, attributes) ->
        new CreateChatTokenRequest().withRoomIdentifier(f.roomArn).withUserId("user-1")
            .withAttributes(attributes);
    BiFunction<Fixture, Map<String, String>, AmazonWebServiceRequest> event = (f, attributes) ->
        new SendEventRequest().withRoomIdentifier(f.roomArn).withEventName("app:hello")
            .withAttributes(attributes);
    return Stream.of(Arguments.of("CreateChatToken", token), Arguments.of("SendEvent", event));
  }

  /** {@code key} plus a value of two-byte characters and one-byte padding, in UTF-8 bytes. */
  private static Map<String, String> attributesOfBytes(int bytes) {
    int twoByteChars = (bytes - 1) / 2 - 1;
    String value = "é".repeat(twoByteChars) + "a".repeat(bytes - 1 - 2 * twoByteChars);
    return Map.of("k", value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attributeOperations")
  void attributes_of_1024_utf8_bytes_are_accepted(String operation,
      BiFunction<Fixture, Map<String, String>, AmazonWebServiceRequest> request) {
    Fixture f = new Fixture();

    assertThatCode(() -> f.call(operation, request.apply(f, attributesOfBytes(1024))))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attributeOperations")
  void attributes_of_1025_utf8_bytes_are_rejected_on_attributes_though_they_are_far_fewer_characters(
      String operation, BiFunction<Fixture, Map<String, String>, AmazonWebServiceRequest> request) {
    Fixture f = new Fixture();
    Map<String, String> attributes = attributesOfBytes(1025);
    assertThat(attributes.get("k").length() + 1).isLessThan(600);
    Snapshot before = Snapshot.of(f);

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> f.call(operation, request.apply(f, attributes)));

    assertThat(e.getFieldList()).singleElement().satisfies(field -> {
      assertThat(field.getName()).isEqualTo("attributes");
      assertThat(field.getMessage()).contains("1024 bytes").contains("1025");
    });
    assertThat(Snapshot.of(f)).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attributeOperations")
  void attribute_keys_count_toward_the_size_as_well_as_values(String operation,
      BiFunction<Fixture, Map<String, String>, AmazonWebServiceRequest> request) {
    Fixture f = new Fixture();
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("k".repeat(1000), "v".repeat(24));
    attributes.put("x", "");

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> f.call(operation, request.apply(f, attributes)));

    assertThat(e.getFieldList()).extracting(ValidationExceptionField::getName)
        .containsExactly("attributes");
  }

  @Test
  void the_attribute_limit_follows_the_configured_quota() {
    FakeAmazonivschat fake = FakeAmazonivschat.builder()
        .quotas(Quotas.defaults().withMaxAttributeBytes(4096)).build();
    String room = fake.createRoom(new CreateRoomRequest()).getArn();

    assertThatCode(() -> fake.sendEvent(new SendEventRequest().withRoomIdentifier(room)
        .withEventName("big").withAttributes(attributesOfBytes(4096))))
        .doesNotThrowAnyException();
    assertThat(catchThrowableOfType(ValidationException.class, () -> fake.sendEvent(
        new SendEventRequest().withRoomIdentifier(room).withEventName("big")
            .withAttributes(attributesOfBytes(4097)))).getFieldList())
        .extracting(ValidationExceptionField::getName).containsExactly("attributes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"aws:cloudformation:stack-name", "AWS:team", "Aws:x"})
  void tag_keys_with_the_reserved_aws_prefix_are_rejected_everywhere_tags_are_written(String key) {
    Fixture f = new Fixture();
    Amazonivschat ivschat = f.fake;
    Map<String, String> tags = Map.of(key, "v");

    assertThat(fieldsOf(() -> ivschat.createRoom(new CreateRoomRequest().withTags(tags))))
        .containsExactly("tags");
    assertThat(fieldsOf(() -> ivschat.createLoggingConfiguration(
        new CreateLoggingConfigurationRequest().withDestinationConfiguration(s3()).withTags(tags))))
        .containsExactly("tags");
    assertThat(fieldsOf(() -> ivschat.tagResource(
        new TagResourceRequest().withResourceArn(f.roomArn).withTags(tags))))
        .containsExactly("tags");
    assertThat(fieldsOf(() -> ivschat.untagResource(
        new UntagResourceRequest().withResourceArn(f.roomArn).withTagKeys(key))))
        .containsExactly("tagKeys");
  }

  @Test
  void reserved_tag_keys_are_accepted_when_the_fake_is_configured_not_to_reject_them() {
    FakeAmazonivschat fake = FakeAmazonivschat.builder().rejectReservedTagKeys(false).build();

    String arn = fake.createRoom(new CreateRoomRequest().withTags(Map.of("aws:owner", "x")))
        .getArn();

    assertThat(fake.listTagsForResource(new ListTagsForResourceRequest().withResourceArn(arn))
        .getTags()).containsEntry("aws:owner", "x");
  }

  @Test
  void a_tag_resource_call_that_would_make_a_51st_tag_is_rejected_and_changes_nothing() {
    Fixture f = new Fixture();
    Map<String, String> fifty = new LinkedHashMap<>();
    for (int i = 0; i < 50; i++) {
      fifty.put("key" + i, "v");
    }
    f.fake.tagResource(new TagResourceRequest().withResourceArn(f.roomArn).withTags(fifty));

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> f.fake.tagResource(new TagResourceRequest().withResourceArn(f.roomArn)
            .withTags(Map.of("key0", "changed", "key50", "v"))));

    assertThat(e.getFieldList()).singleElement().satisfies(field -> {
      assertThat(field.getName()).isEqualTo("tags");
      assertThat(field.getMessage()).contains("50").contains("51");
    });
    assertThat(f.fake.room(f.roomArn).orElseThrow().tags()).isEqualTo(fifty);
  }

  @Test
  void a_tag_resource_call_that_only_overwrites_keys_of_a_full_resource_is_accepted() {
    Fixture f = new Fixture();
    Map<String, String> fifty = new LinkedHashMap<>();
    for (int i = 0; i < 50; i++) {
      fifty.put("key" + i, "v");
    }
    f.fake.tagResource(new TagResourceRequest().withResourceArn(f.roomArn).withTags(fifty));

    f.fake.tagResource(new TagResourceRequest().withResourceArn(f.roomArn)
        .withTags(Map.of("key0", "changed")));

    assertThat(f.fake.room(f.roomArn).orElseThrow().tags()).hasSize(50)
        .containsEntry("key0", "changed");
  }

  @Test
  void every_bad_member_gets_its_own_field_entry_and_the_message_counts_them() {
    FakeAmazonivschat fake = new FakeAmazonivschat();

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> fake.createRoom(new CreateRoomRequest().withName("my room!")
            .withMaximumMessageLength(501)
            .withMessageReviewHandler(new MessageReviewHandler().withFallbackResult("MAYBE"))));

    assertThat(e.getFieldList()).extracting(ValidationExceptionField::getName)
        .containsExactly("name", "maximumMessageLength", "messageReviewHandler.fallbackResult");
    assertThat(e.getErrorMessage()).startsWith("3 validation errors detected: ")
        .contains("Value 'my room!' at 'name' failed to satisfy constraint")
        .contains("Value '501' at 'maximumMessageLength' failed to satisfy constraint: "
            + "Member must be less than or equal to 500")
        .contains("Member must satisfy enum value set: [ALLOW, DENY]");
    assertThat(fake.rooms()).isEmpty();
    assertThat(fake.calls(Operation.CREATE_ROOM)).singleElement()
        .satisfies(call -> assertThat(call.failed()).isTrue());
  }

  @Test
  void lengths_are_counted_in_code_points_not_utf16_units() {
    Fixture f = new Fixture();
    String emoji = "\uD83D\uDE00";
    SendEventRequest hundred = new SendEventRequest().withRoomIdentifier(f.roomArn)
        .withEventName(emoji.repeat(100));
    SendEventRequest hundredAndOne = new SendEventRequest().withRoomIdentifier(f.roomArn)
        .withEventName(emoji.repeat(101));

    assertThatCode(() -> f.fake.sendEvent(hundred)).doesNotThrowAnyException();
    assertThat(fieldsOf(() -> f.fake.sendEvent(hundredAndOne))).containsExactly("eventName");
    assertThat(f.fake.sentEvents()).singleElement()
        .satisfies(e -> assertThat(e.eventName()).hasSize(200));
  }

  @Test
  void sensitive_values_are_not_echoed_in_validation_messages() {
    Fixture f = new Fixture();
    String secretUser = "s".repeat(121) + "-secret-";
    String secretAttribute = "password-" + "p".repeat(1100);

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> f.fake.createChatToken(new CreateChatTokenRequest().withRoomIdentifier(f.roomArn)
            .withUserId(secretUser).withAttributes(Map.of("pw", secretAttribute))));

    assertThat(e.getFieldList()).extracting(ValidationExceptionField::getName)
        .containsExactly("userId", "attributes");
    assertThat(e.getErrorMessage()).doesNotContain("secret").doesNotContain("password");
  }

  @Test
  void naming_one_logging_configuration_twice_is_rejected_on_the_list() {
    Fixture f = new Fixture();
    String lc = f.loggingConfigurationArns.get(0);

    assertThat(fieldsOf(() -> f.fake.createRoom(
        new CreateRoomRequest().withLoggingConfigurationIdentifiers(lc, lc))))
        .containsExactly("loggingConfigurationIdentifiers");
    assertThat(f.fake.rooms()).hasSize(1);
  }

  private static DestinationConfiguration s3() {
    return new DestinationConfiguration()
        .withS3(new S3DestinationConfiguration().withBucketName("chat-logs"));
  }

  private static List<String> fieldsOf(Runnable call) {
    return catchThrowableOfType(ValidationException.class, call::run).getFieldList().stream()
        .map(ValidationExceptionField::getName).toList();
  }
}
