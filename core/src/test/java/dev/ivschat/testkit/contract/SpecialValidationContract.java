package dev.ivschat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Quotas;
import dev.ivschat.testkit.ServiceError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules that are not in the model's constraints: the 1 KB attribute maps, reserved tag keys,
 * the 50-tag ceiling after a merge, sensitive values, several bad members at once, code points.
 */
public interface SpecialValidationContract extends Contract {

  /** The two operations that take attributes, each with a valid input around them. */
  private static Map<String, Map<String, Object>> withAttributes(Fixture f,
      Map<String, String> attributes) {
    Map<String, Map<String, Object>> inputs = new LinkedHashMap<>();
    inputs.put("CreateChatToken", Wire.of("roomIdentifier", f.roomArn, "userId", "user-1",
        "attributes", attributes));
    inputs.put("SendEvent", Wire.of("roomIdentifier", f.roomArn, "eventName", "app:hello",
        "attributes", attributes));
    return inputs;
  }

  /** {@code k} plus a value of two-byte characters and one-byte padding, in UTF-8 bytes. */
  private static Map<String, String> attributesOfBytes(int bytes) {
    int twoByteChars = (bytes - 1) / 2 - 1;
    String value = "é".repeat(twoByteChars) + "a".repeat(bytes - 1 - 2 * twoByteChars);
    return Map.of("k", value);
  }

  private static Map<String, Object> fifty() {
    Map<String, Object> tags = new LinkedHashMap<>();
    for (int i = 0; i < 50; i++) {
      tags.put("key" + i, "v");
    }
    return tags;
  }

  @TestFactory
  default Stream<DynamicTest> attributes_of_1024_utf8_bytes_are_accepted_and_of_1025_rejected_though_they_are_far_fewer_characters() {
    return Stream.of("CreateChatToken", "SendEvent").map(operation ->
        DynamicTest.dynamicTest(operation, () -> {
          try (Fixture f = fixture()) {
            Map<String, String> tooBig = attributesOfBytes(1025);
            assertThat(tooBig.get("k").length() + 1).isLessThan(600);
            f.service.ok(operation, withAttributes(f, attributesOfBytes(1024)).get(operation));
            Snapshot before = f.snapshot();

            ServiceError e = f.service.fails(operation, withAttributes(f, tooBig).get(operation),
                ServiceError.VALIDATION);

            assertThat(e.fields()).singleElement().satisfies(field -> {
              assertThat(field.name()).isEqualTo("attributes");
              assertThat(field.message()).contains("1024 bytes").contains("1025");
            });
            assertThat(f.snapshot()).isEqualTo(before);
          }
        }));
  }

  @TestFactory
  default Stream<DynamicTest> attribute_keys_count_toward_the_size_as_well_as_values() {
    return Stream.of("CreateChatToken", "SendEvent").map(operation ->
        DynamicTest.dynamicTest(operation, () -> {
          try (Fixture f = fixture()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("k".repeat(1000), "v".repeat(24));
            attributes.put("x", "");

            assertThat(f.service.invalidFields(operation,
                withAttributes(f, attributes).get(operation))).containsExactly("attributes");
          }
        }));
  }

  @Test
  default void the_attribute_limit_follows_the_configured_quota() {
    Service s = open(c -> c.quotas(Quotas.defaults().withMaxAttributeBytes(4096)));
    String room = s.room();

    s.ok("SendEvent", Wire.of("roomIdentifier", room, "eventName", "big",
        "attributes", attributesOfBytes(4096)));
    assertThat(s.invalidFields("SendEvent", Wire.of("roomIdentifier", room, "eventName", "big",
        "attributes", attributesOfBytes(4097)))).containsExactly("attributes");
  }

  @Test
  default void tag_keys_with_the_reserved_aws_prefix_are_rejected_everywhere_tags_are_written() {
    try (Fixture f = fixture()) {
      for (String key : List.of("aws:cloudformation:stack-name", "AWS:team", "Aws:x")) {
        Map<String, Object> tags = Wire.of(key, "v");
        assertThat(f.service.invalidFields("CreateRoom", Wire.of("tags", tags))).as(key)
            .containsExactly("tags");
        assertThat(f.service.invalidFields("CreateLoggingConfiguration",
            Wire.of("destinationConfiguration", Wire.s3("chat-logs"), "tags", tags))).as(key)
            .containsExactly("tags");
        assertThat(f.service.invalidFields("TagResource",
            Wire.of("resourceArn", f.roomArn, "tags", tags))).as(key).containsExactly("tags");
        assertThat(f.service.invalidFields("UntagResource",
            Wire.of("resourceArn", f.roomArn, "tagKeys", List.of(key)))).as(key)
            .containsExactly("tagKeys");
      }
    }
  }

  @Test
  default void reserved_tag_keys_are_accepted_when_the_fake_is_configured_not_to_reject_them() {
    Service s = open(c -> c.rejectReservedTagKeys(false));

    String arn = s.createRoom(Wire.of("tags", Wire.of("aws:owner", "x"))).string("arn");

    assertThat(s.tagsOf(arn)).containsEntry("aws:owner", "x");
  }

  @Test
  default void a_tag_resource_call_that_would_make_a_51st_tag_is_rejected_and_changes_nothing() {
    try (Fixture f = fixture()) {
      f.service.ok("TagResource", Wire.of("resourceArn", f.roomArn, "tags", fifty()));

      ServiceError e = f.service.fails("TagResource", Wire.of("resourceArn", f.roomArn,
          "tags", Wire.of("key0", "changed", "key50", "v")), ServiceError.VALIDATION);

      assertThat(e.fields()).singleElement().satisfies(field -> {
        assertThat(field.name()).isEqualTo("tags");
        assertThat(field.message()).contains("50").contains("51");
      });
      assertThat(f.service.tagsOf(f.roomArn)).isEqualTo(fifty());
    }
  }

  @Test
  default void a_tag_resource_call_that_only_overwrites_keys_of_a_full_resource_is_accepted() {
    try (Fixture f = fixture()) {
      f.service.ok("TagResource", Wire.of("resourceArn", f.roomArn, "tags", fifty()));

      f.service.ok("TagResource",
          Wire.of("resourceArn", f.roomArn, "tags", Wire.of("key0", "changed")));

      assertThat(f.service.tagsOf(f.roomArn)).hasSize(50).containsEntry("key0", "changed");
    }
  }

  @Test
  default void every_bad_member_gets_its_own_field_entry_and_the_message_counts_them() {
    Service s = open();

    ServiceError e = s.fails("CreateRoom", Wire.of("name", "my room!",
        "maximumMessageLength", 501, "messageReviewHandler", Wire.of("fallbackResult", "MAYBE")),
        ServiceError.VALIDATION);

    assertThat(e.fields()).extracting(ServiceError.Field::name)
        .containsExactly("name", "maximumMessageLength", "messageReviewHandler.fallbackResult");
    assertThat(e.message()).startsWith("3 validation errors detected: ")
        .contains("Value 'my room!' at 'name' failed to satisfy constraint")
        .contains("Value '501' at 'maximumMessageLength' failed to satisfy constraint: "
            + "Member must be less than or equal to 500")
        .contains("Member must satisfy enum value set: [ALLOW, DENY]");
    assertThat(s.control().rooms()).isEmpty();
    assertThat(s.control().calls(Operation.CREATE_ROOM)).singleElement()
        .satisfies(call -> assertThat(call.failed()).isTrue());
  }

  @Test
  default void lengths_are_counted_in_code_points_not_utf16_units() {
    try (Fixture f = fixture()) {
      String emoji = "\uD83D\uDE00";

      f.service.ok("SendEvent",
          Wire.of("roomIdentifier", f.roomArn, "eventName", emoji.repeat(100)));

      assertThat(f.service.invalidFields("SendEvent",
          Wire.of("roomIdentifier", f.roomArn, "eventName", emoji.repeat(101))))
          .containsExactly("eventName");
      assertThat(f.service.control().sentEvents()).singleElement()
          .satisfies(e -> assertThat(e.eventName()).hasSize(200));
    }
  }

  @Test
  default void sensitive_values_are_not_echoed_in_validation_messages() {
    try (Fixture f = fixture()) {
      String secretUser = "s".repeat(121) + "-secret-";
      String secretAttribute = "password-" + "p".repeat(1100);

      ServiceError e = f.service.fails("CreateChatToken", Wire.of("roomIdentifier", f.roomArn,
          "userId", secretUser, "attributes", Wire.of("pw", secretAttribute)),
          ServiceError.VALIDATION);

      assertThat(e.fields()).extracting(ServiceError.Field::name)
          .containsExactly("userId", "attributes");
      assertThat(e.message()).doesNotContain("secret").doesNotContain("password");
      assertThat(e.fields()).allSatisfy(field ->
          assertThat(field.message()).doesNotContain("secret").doesNotContain("password"));
    }
  }

  @Test
  default void naming_one_logging_configuration_twice_is_rejected_on_the_list() {
    try (Fixture f = fixture()) {
      String lc = f.loggingConfigurationArns.get(0);

      assertThat(f.service.invalidFields("CreateRoom",
          Wire.of("loggingConfigurationIdentifiers", new ArrayList<>(List.of(lc, lc)))))
          .containsExactly("loggingConfigurationIdentifiers");
      assertThat(f.service.control().rooms()).hasSize(1);
    }
  }
}
