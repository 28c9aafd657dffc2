package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.ServiceConstraints.Constraint;
import dev.ivschat.testkit.jqwik.Invalid;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** The scalar members, valid and invalid, each named as the fake reports it. */
public final class Values {
  private Values() {
  }

  /**
   * Room names.
   *
   * @return the names
   */
  public static DefaultConstrainedStringArbitrary roomNames() {
    return new DefaultConstrainedStringArbitrary(Model.ROOM_NAME, Alphabets.NAME, s -> true);
  }

  /**
   * Logging-configuration names.
   *
   * @return the names
   */
  public static DefaultConstrainedStringArbitrary loggingConfigurationNames() {
    return new DefaultConstrainedStringArbitrary(Model.LOGGING_CONFIGURATION_NAME, Alphabets.NAME,
        s -> true);
  }

  /**
   * Free text of a shape's lengths.
   *
   * @param c the shape
   * @return the strings
   */
  public static DefaultConstrainedStringArbitrary text(Constraint c) {
    return new DefaultConstrainedStringArbitrary(c, Alphabets.TEXT, s -> true);
  }

  /**
   * Message ids.
   *
   * @return the ids
   */
  public static DefaultConstrainedStringArbitrary messageIds() {
    return new DefaultConstrainedStringArbitrary(Model.MESSAGE_ID, Alphabets.ALNUM, s -> true);
  }

  /**
   * Integers of a range, with both ends (and a default, if given) as edge cases.
   *
   * @param c an integer shape
   * @param defaultValue the service's default, or null
   * @return the integers
   */
  public static Arbitrary<Integer> integers(Constraint c, Integer defaultValue) {
    List<Integer> ends = defaultValue == null ? List.of(c.min(), c.max())
        : List.of(c.min(), c.max(), defaultValue);
    return Gen.withBoundaries(Arbitraries.integers().between(c.min(), c.max()), ends);
  }

  /**
   * Invalid room names.
   *
   * @return reported on {@code name}
   */
  public static Arbitrary<Invalid<String>> invalidRoomNames() {
    return Violating.strings("name", Model.ROOM_NAME, Alphabets.NAME, false);
  }

  /**
   * Invalid logging-configuration names.
   *
   * @return reported on {@code name}
   */
  public static Arbitrary<Invalid<String>> invalidLoggingConfigurationNames() {
    return Violating.strings("name", Model.LOGGING_CONFIGURATION_NAME, Alphabets.NAME, false);
  }

  /**
   * Invalid free text.
   *
   * @param field the member
   * @param c its shape
   * @param required whether null is one of the invalid values
   * @return the invalid strings
   */
  public static Arbitrary<Invalid<String>> invalidText(String field, Constraint c,
      boolean required) {
    return Violating.strings(field, c, Alphabets.TEXT, required);
  }

  /**
   * Invalid message ids.
   *
   * @return reported on {@code id}
   */
  public static Arbitrary<Invalid<String>> invalidMessageIds() {
    return Violating.strings("id", Model.MESSAGE_ID, Alphabets.ALNUM, true);
  }
}
