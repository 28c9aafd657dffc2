package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.ServiceConstraints.Constraint;
import dev.ivschat.testkit.jqwik.Invalid;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Identifiers that are not a valid ARN of the expected resource type. */
public final class InvalidArns {
  private InvalidArns() {
  }

  /**
   * Room identifiers that break the {@code RoomIdentifier} shape.
   *
   * @param field the member name
   * @return the invalid identifiers
   */
  public static Arbitrary<Invalid<String>> rooms(String field) {
    return of(field, "room/", "logging-configuration/", Model.ROOM_IDENTIFIER, true);
  }

  /**
   * Logging-configuration identifiers that break the {@code LoggingConfigurationIdentifier} shape.
   *
   * @param field the member name
   * @param missing whether null is one of them (not for the elements of a list)
   * @return the invalid identifiers
   */
  public static Arbitrary<Invalid<String>> loggingConfigurations(String field, boolean missing) {
    return of(field, "logging-configuration/", "room/", Model.LOGGING_CONFIGURATION_IDENTIFIER,
        missing);
  }

  private static Arbitrary<Invalid<String>> of(String field, String type, String otherType,
      Constraint c, boolean missing) {
    Arbitrary<String> regions = Arbitraries.of(DefaultArnArbitrary.REGIONS);
    Arbitrary<String> ids = DefaultArnArbitrary.ids();
    String account = IvsChatConfig.DEFAULT_ACCOUNT_ID;
    String base = "arn:aws:ivschat:" + IvsChatConfig.DEFAULT_REGION + ":" + account + ":" + type;
    int max = c.max();
    List<Arbitrary<Invalid<String>>> ways = new ArrayList<>();
    if (missing) {
      ways.add(Arbitraries.just(new Invalid<>(null, field, "is missing but required")));
    }
    ways.addAll(List.of(
        Arbitraries.just(new Invalid<>("", field, "is empty; the minimum length is 1")),
        Gen.withBoundaries(Gen.strings(Alphabets.ALNUM, max + 1 - base.length(),
            max + 32 - base.length()).map(id -> base + id),
            List.of(base + "a".repeat(max + 1 - base.length())))
            .map(arn -> new Invalid<>(arn, field, "has " + arn.length()
                + " characters, more than the maximum of " + max)),
        ids.map(id -> new Invalid<>(id, field, "is a bare id, not an ARN")),
        Combinators.combine(regions, ids).as((r, id) -> new Invalid<>(
            "arn:aws:ivschat:" + r + ":" + account + ":" + otherType + id, field,
            "is the ARN of a " + otherType.substring(0, otherType.length() - 1))),
        ids.map(id -> new Invalid<>("arn:aws-cn:ivschat:cn-north-1:" + account + ":" + type + id,
            field, "is in the aws-cn partition, which the model's pattern does not allow")),
        ids.map(id -> new Invalid<>(base + id.substring(0, 6) + "_" + id.substring(6), field,
            "has '_' in its id, which [a-zA-Z0-9-] does not allow")),
        ids.map(id -> new Invalid<>("arn:aws:ivschat:US-EAST-1:" + account + ":" + type + id,
            field, "has an upper-case region, which [a-z0-9-] does not allow"))));
    return Gen.oneOf(ways);
  }
}
