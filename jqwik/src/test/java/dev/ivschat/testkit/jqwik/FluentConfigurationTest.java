package dev.ivschat.testkit.jqwik;

import static dev.ivschat.testkit.jqwik.EdgeCasesTest.edges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ivschat.testkit.IvsChatConfig;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fluent configuration returns new arbitraries, checks its arguments, and is respected. */
class FluentConfigurationTest {
  private static final IvsChatConfig FAKE_CONFIG =
      IvsChatConfig.builder().region("ap-south-1").accountId("000011112222").build();

  @Property(tries = 100)
  void narrowed_lengths_are_respected(@ForAll("shortNames") String name) {
    assertThat(name).hasSizeBetween(1, 20);
  }

  @Property(tries = 100)
  void arns_in_a_fixed_region_and_account(@ForAll("euRooms") String room,
      @ForAll("fakeRooms") String ofTheFake) {
    assertThat(room).startsWith("arn:aws:ivschat:eu-west-1:");
    assertThat(ofTheFake).startsWith("arn:aws:ivschat:ap-south-1:000011112222:room/");
  }

  @Property(tries = 100)
  void tag_map_sizes_and_attribute_limits(@ForAll("fewTags") Map<String, String> tags,
      @ForAll("smallAttributes") Map<String, String> attributes) {
    assertThat(tags).hasSizeBetween(1, 5);
    assertThat(attributes.entrySet().stream().mapToInt(e -> e.getKey().getBytes().length
        + e.getValue().getBytes().length).sum()).isLessThanOrEqualTo(64);
  }

  @Property(tries = 20)
  void a_fixed_length(@ForAll("twelve") String userId) {
    assertThat(userId.codePointCount(0, userId.length())).isEqualTo(12);
  }

  @Provide
  Arbitrary<String> shortNames() {
    return IvsChatArbitraries.roomNames().ofMinLength(1).ofMaxLength(20);
  }

  @Provide
  Arbitrary<String> euRooms() {
    return IvsChatArbitraries.roomArns().inRegion("eu-west-1");
  }

  @Provide
  Arbitrary<String> fakeRooms() {
    return IvsChatArbitraries.roomArns().matching(FAKE_CONFIG);
  }

  @Provide
  Arbitrary<Map<String, String>> fewTags() {
    return IvsChatArbitraries.tagMaps().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<Map<String, String>> smallAttributes() {
    return IvsChatArbitraries.attributeMaps().ofMaxBytes(64);
  }

  @Provide
  Arbitrary<String> twelve() {
    return IvsChatArbitraries.userIds().ofLength(12);
  }

  @Property(tries = 1)
  void configuring_leaves_the_original_unchanged() {
    ConstrainedStringArbitrary names = IvsChatArbitraries.roomNames();
    ConstrainedStringArbitrary shorter = names.ofMaxLength(10);
    assertThat(shorter).isNotSameAs(names);
    assertThat(names.maxLength()).isEqualTo(128);
    assertThat(shorter.maxLength()).isEqualTo(10);
    assertThat(edges(names)).extracting(String::length).contains(128);
    assertThat(edges(shorter)).extracting(String::length).contains(10).doesNotContain(128);

    ArnArbitrary arns = IvsChatArbitraries.roomArns();
    assertThat(arns.inRegion("eu-west-1")).isNotSameAs(arns);
    TagMapArbitrary tags = IvsChatArbitraries.tagMaps();
    assertThat(tags.ofMaxSize(3)).isNotSameAs(tags);
  }

  @Property(tries = 1)
  void arguments_outside_the_service_bounds_are_refused() {
    assertThatThrownBy(() -> IvsChatArbitraries.roomNames().ofMaxLength(129))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxLength of RoomName must be between 0 and 128, but was 129");
    assertThatThrownBy(() -> IvsChatArbitraries.userIds().ofMinLength(0))
        .hasMessage("minLength of UserID must be between 1 and 128, but was 0");
    assertThatThrownBy(() -> IvsChatArbitraries.eventNames().ofMaxLength(10).ofMinLength(11))
        .hasMessage("minLength of EventName must be between 1 and 10, but was 11");
    assertThatThrownBy(() -> IvsChatArbitraries.tagMaps().ofMaxSize(51))
        .hasMessage("maxSize of a tag map must be between 0 and 50, but was 51");
    assertThatThrownBy(() -> IvsChatArbitraries.attributeMaps().ofMaxBytes(0))
        .hasMessage("maxBytes must be between 1 and 2147483647, but was 0");
    assertThatThrownBy(() -> IvsChatArbitraries.roomArns().inRegion("EU-WEST-1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EU-WEST-1");
    assertThatThrownBy(() -> IvsChatArbitraries.roomArns().inAccount("12345"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12345");
    assertThatThrownBy(() -> IvsChatArbitraries.sendEventRequests("not-an-arn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("roomArn must be a room ARN of at most 128 characters");
  }
}
