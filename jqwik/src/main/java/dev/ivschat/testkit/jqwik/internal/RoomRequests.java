package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatRequest.CreateRoom;
import dev.ivschat.testkit.IvsChatRequest.UpdateRoom;
import dev.ivschat.testkit.jqwik.Invalid;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** CreateRoom and UpdateRoom requests. */
public final class RoomRequests {
  private static final String LOGGING = "loggingConfigurationIdentifiers";
  private static final double ABSENT = 0.3;

  private RoomRequests() {
  }

  /**
   * Valid CreateRoom requests; every member may be absent. They attach no logging configuration,
   * as one that does not exist fails with {@code ResourceNotFoundException}.
   *
   * @return the requests
   */
  public static Arbitrary<CreateRoom> create() {
    return Combinators.combine(Values.roomNames().injectNull(ABSENT), rates().injectNull(ABSENT),
        lengths().injectNull(ABSENT), Handlers.valid().injectNull(0.5),
        new DefaultTagMapArbitrary().injectNull(ABSENT))
        .as((name, rate, length, handler, tags) ->
            new CreateRoom(name, rate, length, handler, tags, null));
  }

  /**
   * CreateRoom requests wrong in one member.
   *
   * @return the requests
   */
  public static Arbitrary<Invalid<CreateRoom>> invalidCreate() {
    return OneWrong.of(create())
        .member(Values.invalidRoomNames(), (r, v) -> new CreateRoom(v,
            r.maximumMessageRatePerSecond(), r.maximumMessageLength(), r.messageReviewHandler(),
            r.tags(), r.loggingConfigurationIdentifiers()))
        .member(invalidRates(), (r, v) -> new CreateRoom(r.name(), v, r.maximumMessageLength(),
            r.messageReviewHandler(), r.tags(), r.loggingConfigurationIdentifiers()))
        .member(invalidLengths(), (r, v) -> new CreateRoom(r.name(),
            r.maximumMessageRatePerSecond(), v, r.messageReviewHandler(), r.tags(),
            r.loggingConfigurationIdentifiers()))
        .member(Handlers.invalid(), (r, v) -> new CreateRoom(r.name(),
            r.maximumMessageRatePerSecond(), r.maximumMessageLength(), v, r.tags(),
            r.loggingConfigurationIdentifiers()))
        .member(InvalidMaps.tags(), (r, v) -> new CreateRoom(r.name(),
            r.maximumMessageRatePerSecond(), r.maximumMessageLength(), r.messageReviewHandler(), v,
            r.loggingConfigurationIdentifiers()))
        .member(invalidLoggingConfigurations(), (r, v) -> new CreateRoom(r.name(),
            r.maximumMessageRatePerSecond(), r.maximumMessageLength(), r.messageReviewHandler(),
            r.tags(), v))
        .build();
  }

  /**
   * Valid UpdateRoom requests of a room; every optional member may be absent.
   *
   * @param roomArn the room
   * @return the requests
   */
  public static Arbitrary<UpdateRoom> update(String roomArn) {
    Arguments.roomArn(roomArn);
    return Combinators.combine(Values.roomNames().injectNull(ABSENT), rates().injectNull(ABSENT),
        lengths().injectNull(ABSENT), Handlers.valid().injectNull(0.5))
        .as((name, rate, length, handler) ->
            new UpdateRoom(roomArn, name, rate, length, handler, null));
  }

  /**
   * UpdateRoom requests wrong in one member.
   *
   * @param roomArn the room
   * @return the requests
   */
  public static Arbitrary<Invalid<UpdateRoom>> invalidUpdate(String roomArn) {
    return OneWrong.of(update(roomArn))
        .member(InvalidArns.rooms("identifier"), (r, v) -> new UpdateRoom(v, r.name(),
            r.maximumMessageRatePerSecond(), r.maximumMessageLength(), r.messageReviewHandler(),
            r.loggingConfigurationIdentifiers()))
        .member(Values.invalidRoomNames(), (r, v) -> new UpdateRoom(r.identifier(), v,
            r.maximumMessageRatePerSecond(), r.maximumMessageLength(), r.messageReviewHandler(),
            r.loggingConfigurationIdentifiers()))
        .member(invalidRates(), (r, v) -> new UpdateRoom(r.identifier(), r.name(), v,
            r.maximumMessageLength(), r.messageReviewHandler(),
            r.loggingConfigurationIdentifiers()))
        .member(invalidLengths(), (r, v) -> new UpdateRoom(r.identifier(), r.name(),
            r.maximumMessageRatePerSecond(), v, r.messageReviewHandler(),
            r.loggingConfigurationIdentifiers()))
        .member(Handlers.invalid(), (r, v) -> new UpdateRoom(r.identifier(), r.name(),
            r.maximumMessageRatePerSecond(), r.maximumMessageLength(), v,
            r.loggingConfigurationIdentifiers()))
        .member(invalidLoggingConfigurations(), (r, v) -> new UpdateRoom(r.identifier(), r.name(),
            r.maximumMessageRatePerSecond(), r.maximumMessageLength(), r.messageReviewHandler(),
            v))
        .build();
  }

  /**
   * Message rates.
   *
   * @return 1 to 100, with the default 10 as an edge case
   */
  public static Arbitrary<Integer> rates() {
    return Values.integers(Model.MAX_MESSAGE_RATE, 10);
  }

  /**
   * Message lengths.
   *
   * @return 1 to 500
   */
  public static Arbitrary<Integer> lengths() {
    return Values.integers(Model.MAX_MESSAGE_LENGTH, null);
  }

  /**
   * Invalid message rates.
   *
   * @return reported on {@code maximumMessageRatePerSecond}
   */
  public static Arbitrary<Invalid<Integer>> invalidRates() {
    return Violating.integers("maximumMessageRatePerSecond", Model.MAX_MESSAGE_RATE);
  }

  /**
   * Invalid message lengths.
   *
   * @return reported on {@code maximumMessageLength}
   */
  public static Arbitrary<Invalid<Integer>> invalidLengths() {
    return Violating.integers("maximumMessageLength", Model.MAX_MESSAGE_LENGTH);
  }

  /** Too many logging configurations, or one identifier that is not a logging-configuration ARN. */
  private static Arbitrary<Invalid<List<String>>> invalidLoggingConfigurations() {
    int max = Model.LOGGING_CONFIGURATION_IDENTIFIERS.max();
    Arbitrary<String> arns = DefaultArnArbitrary.loggingConfigurations();
    Arbitrary<Invalid<List<String>>> tooMany = Gen.withBoundaries(
        arns.list().uniqueElements().ofMinSize(max + 1).ofMaxSize(max + 3),
        List.of(IntStream.rangeClosed(0, max).mapToObj(i -> "arn:aws:ivschat:"
            + IvsChatConfig.DEFAULT_REGION + ":" + IvsChatConfig.DEFAULT_ACCOUNT_ID
            + ":logging-configuration/logging00000" + i).toList()))
        .map(l -> new Invalid<>(l, LOGGING, "has " + l.size()
            + " logging configurations, more than the maximum of " + max));
    Arbitrary<Invalid<List<String>>> badOne = InvalidArns.loggingConfigurations(LOGGING, false)
        .map(bad -> new Invalid<>(List.of(bad.value()), LOGGING,
            "has an element that " + bad.violation()));
    return Gen.oneOf(List.of(tooMany, badOne));
  }
}
