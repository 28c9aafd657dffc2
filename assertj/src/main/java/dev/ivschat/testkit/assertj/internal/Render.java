package dev.ivschat.testkit.assertj.internal;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.LoggingConfiguration;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import dev.ivschat.testkit.ServiceError;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the fake's state reads in failure messages: one compact line per room, event, call or error,
 * and lists of them indented to sit under an AssertJ message heading.
 */
public final class Render {
  /** The separator between the lines of a rendered list: a line break and the heading indent. */
  static final String NEXT_LINE = System.lineSeparator() + "  ";

  private Render() {
  }

  /**
   * A room: its name and ARN.
   *
   * @param room the room
   * @return e.g. {@code "lobby" (arn:aws:ivschat:us-east-1:123456789012:room/AbCd)}
   */
  public static String room(Room room) {
    return "\"" + room.name() + "\" (" + room.arn() + ")";
  }

  /**
   * Rooms, one a line.
   *
   * @param rooms the rooms
   * @return the lines, or {@code no rooms}
   */
  public static String rooms(List<Room> rooms) {
    return lines(rooms, Render::room, "no rooms");
  }

  /**
   * A logging configuration: its name and ARN.
   *
   * @param configuration the configuration
   * @return the line
   */
  public static String loggingConfiguration(LoggingConfiguration configuration) {
    return "\"" + configuration.name() + "\" (" + configuration.arn() + ")";
  }

  /**
   * Logging configurations, one a line.
   *
   * @param configurations the configurations
   * @return the lines, or {@code no logging configurations}
   */
  public static String loggingConfigurations(List<LoggingConfiguration> configurations) {
    return lines(configurations, Render::loggingConfiguration, "no logging configurations");
  }

  /**
   * An event: its name, attributes, room id and send time.
   *
   * @param event the event
   * @return e.g. {@code app:hi {to="all"} to room AbCd at 2025-01-01T00:00:00Z}
   */
  public static String event(SentEvent event) {
    return event.eventName() + " " + attributes(event.attributes()) + " to room "
        + resourceId(event.roomArn()) + " at " + event.sendTime();
  }

  /**
   * Events, one a line, oldest first.
   *
   * @param events the events
   * @return the lines, or {@code no events}
   */
  public static String events(List<SentEvent> events) {
    return lines(events, Render::event, "no events");
  }

  /**
   * Attributes sorted by key, values quoted.
   *
   * @param attributes the attributes
   * @return e.g. {@code {Reason="spam", UserId="u1"}}
   */
  public static String attributes(Map<String, String> attributes) {
    return new TreeMap<>(attributes).entrySet().stream()
        .map(e -> e.getKey() + "=\"" + e.getValue() + "\"")
        .collect(Collectors.joining(", ", "{", "}"));
  }

  /**
   * A call of the journal: its sequence, operation and outcome.
   *
   * @param call the call
   * @return e.g. {@code #2 SendEvent: failed with ResourceNotFoundException (404)}
   */
  public static String call(Call call) {
    return "#" + call.sequence() + " " + call.operation().wireName() + ": " + outcome(call);
  }

  /**
   * A call with its SDK-neutral request (the record, which is named after the operation), for
   * messages about one call; the same whichever client made the call.
   *
   * @param call the call
   * @return e.g. {@code #1 GetRoom[identifier=AbCd]: succeeded}
   */
  public static String callWithRequest(Call call) {
    return "#" + call.sequence() + " " + call.request() + ": " + outcome(call);
  }

  /**
   * The types a call's request can be read as: the neutral record's, and the front door's request
   * object's when the journal keeps it.
   *
   * @param call the call
   * @return e.g. {@code dev.ivschat.testkit.IvsChatRequest.CreateRoom (SDK request:
   *     com.amazonaws.services.ivschat.model.CreateRoomRequest)}
   */
  public static String requestTypes(Call call) {
    String neutral = type(call.request().getClass());
    return call.sdkRequest()
        .map(sdk -> neutral + " (SDK request: " + type(sdk.getClass()) + ")")
        .orElse(neutral);
  }

  /**
   * Calls, one a line, oldest first.
   *
   * @param calls the calls
   * @return the lines, or {@code no calls}
   */
  public static String calls(List<Call> calls) {
    return lines(calls, Render::call, "no calls");
  }

  /**
   * Calls with their requests, one a line.
   *
   * @param calls the calls
   * @return the lines, or {@code no calls}
   */
  public static String callsWithRequests(List<Call> calls) {
    return lines(calls, Render::callWithRequest, "no calls");
  }

  /**
   * How a call ended.
   *
   * @param call the call
   * @return {@code succeeded} or {@code failed with <code> (<status>)}
   */
  public static String outcome(Call call) {
    ServiceError error = call.error();
    return error == null ? "succeeded"
        : "failed with " + error.code() + " (" + error.statusCode() + ")";
  }

  /**
   * A service error: its code, HTTP status and message (without any SDK's suffix of service,
   * status and request id), the same whichever SDK's exception it was read from.
   *
   * @param error the error
   * @return e.g. {@code ValidationException (400): 1 validation error detected: ...}
   */
  public static String error(ServiceError error) {
    return error.code() + " (" + error.statusCode() + "): " + error.message();
  }

  /**
   * The fields of a validation error, one a line.
   *
   * @param fields the fields
   * @return the lines, e.g. {@code name: "Value ..."}, or {@code no fields}
   */
  public static String fields(List<ServiceError.Field> fields) {
    return lines(fields, f -> f.name() + ": \"" + f.message() + "\"", "no fields");
  }

  /**
   * A type for messages: its canonical name ({@code dev.ivschat.testkit.IvsChatRequest.CreateRoom})
   * where it has one.
   *
   * @param type the type
   * @return the name
   */
  public static String type(Class<?> type) {
    String name = type.getCanonicalName();
    return name == null ? type.getName() : name;
  }

  /**
   * A throwable that is not a service error: its class and message, as
   * {@link Throwable#toString()} reads.
   *
   * @param thrown the throwable
   * @return e.g. {@code java.lang.NullPointerException: request must not be null}
   */
  public static String thrown(Throwable thrown) {
    return thrown.toString();
  }

  /**
   * Renders a list one element a line, indented for an AssertJ message heading.
   *
   * @param items the items
   * @param line how one item reads
   * @param none what an empty list reads as
   * @param <T> the item type
   * @return the text
   */
  public static <T> String lines(List<T> items, Function<? super T, String> line, String none) {
    if (items.isEmpty()) {
      return none;
    }
    return items.stream().map(line).collect(Collectors.joining(NEXT_LINE));
  }

  private static String resourceId(String arn) {
    return arn.substring(arn.lastIndexOf('/') + 1);
  }
}
