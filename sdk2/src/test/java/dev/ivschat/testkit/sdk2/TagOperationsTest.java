package dev.ivschat.testkit.sdk2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivschat.model.ValidationException;

/** TagResource, UntagResource and ListTagsForResource through {@link IvschatClient}. */
class TagOperationsTest {
  private final FakeIvschatClient fake = new FakeIvschatClient();
  private final IvschatClient client = fake;
  private final String room = client.createRoom(r -> r.tags(Map.of("team", "a"))).arn();

  @Test
  void tags_are_merged_listed_and_removed() {
    client.tagResource(r -> r.resourceArn(room).tags(Map.of("team", "b", "env", "test")));
    assertThat(client.listTagsForResource(r -> r.resourceArn(room)).tags())
        .containsOnly(Map.entry("team", "b"), Map.entry("env", "test"));

    client.untagResource(r -> r.resourceArn(room).tagKeys("team"));
    assertThat(client.listTagsForResource(r -> r.resourceArn(room)).tags())
        .containsOnly(Map.entry("env", "test"));
    assertThat(client.getRoom(r -> r.identifier(room)).tags())
        .containsOnly(Map.entry("env", "test"));
  }

  @Test
  void a_logging_configuration_can_be_tagged() {
    String arn = client.createLoggingConfiguration(r -> r.destinationConfiguration(
        d -> d.s3(s -> s.bucketName("chat-logs")))).arn();

    client.tagResource(r -> r.resourceArn(arn).tags(Map.of("k", "v")));

    assertThat(client.listTagsForResource(r -> r.resourceArn(arn)).tags())
        .containsExactly(Map.entry("k", "v"));
  }

  @Test
  void tagging_a_missing_resource_throws_resource_not_found() {
    String missing = room.substring(0, room.lastIndexOf('/') + 1) + "g1H2I3j4k5L6";

    ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
        () -> client.tagResource(r -> r.resourceArn(missing).tags(Map.of("k", "v"))));

    assertThat(e.resourceId()).isEqualTo("g1H2I3j4k5L6");
  }

  @Test
  void a_reserved_tag_key_is_rejected() {
    catchThrowableOfType(ValidationException.class,
        () -> client.tagResource(r -> r.resourceArn(room).tags(Map.of("aws:owner", "me"))));

    assertThat(fake.room(room).orElseThrow().tags()).containsOnly(Map.entry("team", "a"));
  }
}
