package dev.ivschat.testkit.contract;

import dev.ivschat.testkit.ServiceError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every reply of every target must satisfy, whatever the test: the output conforms to the
 * operation's output shape (members, types, enums, lengths and patterns), a success has the
 * model's status, and an error is a modelled error shape of the operation with the model's status,
 * fault side and required members, thrown as the SDK class of that shape. {@link Service} applies
 * it to every call, so each test of the suite also audits the replies it sees.
 */
final class ReplyCheck {
  private static final ServiceModel MODEL = ServiceModel.get();

  /**
   * Errors the service's front end answers any action with, whether or not the operation's model
   * lists them: IAM's denial and the API rate quota (the model omits AccessDeniedException on the
   * tag operations and ThrottlingException on most).
   */
  static final Set<String> ANY_OPERATION = Set.of(ServiceError.ACCESS_DENIED,
      ServiceError.THROTTLING);

  /**
   * Errors the fake answers on operations whose model does not list them, on purpose: UpdateRoom
   * refuses to attach a logging configuration that is not ACTIVE with ConflictException, as
   * CreateRoom (which lists it) does.
   */
  static final Map<String, Set<String>> UNLISTED_BY_DESIGN =
      Map.of("UpdateRoom", Set.of(ServiceError.CONFLICT));

  private ReplyCheck() {
  }

  /** The problems of a reply; empty when it is as the model says. */
  static List<String> problems(String operation, Reply reply) {
    List<String> problems = new ArrayList<>();
    if (!operation.equals(reply.operation())) {
      problems.add("the reply is of " + reply.operation());
    }
    if (reply.requestId() == null || reply.requestId().isBlank()) {
      problems.add("no request id");
    }
    if (reply.failed()) {
      error(operation, reply, problems);
    } else {
      if (reply.httpStatus() != null && reply.httpStatus() != MODEL.successStatus(operation)) {
        problems.add("HTTP " + reply.httpStatus() + " where the model says "
            + MODEL.successStatus(operation));
      }
      String shape = MODEL.outputShape(operation);
      if (shape == null) {
        if (!reply.output().isEmpty()) {
          problems.add("output " + reply.output() + " of an operation without output");
        }
      } else {
        conforms(shape, reply.output(), "output", problems);
      }
    }
    return problems;
  }

  private static void error(String operation, Reply reply, List<String> problems) {
    ServiceError e = reply.error();
    String code = e.code();
    if (!MODEL.shapeNames().contains(code) || !MODEL.isError(code)) {
      problems.add("the error code " + code + " is no error shape of the model");
      return;
    }
    boolean listed = MODEL.errors(operation).contains(code) || ANY_OPERATION.contains(code)
        || UNLISTED_BY_DESIGN.getOrDefault(operation, Set.of()).contains(code);
    if (!listed) {
      problems.add(code + " is not among the errors the model lists for " + operation + ": "
          + MODEL.errors(operation));
    }
    if (e.statusCode() != MODEL.errorStatus(code)) {
      problems.add(code + " with status " + e.statusCode() + " where the model says "
          + MODEL.errorStatus(code));
    }
    if (reply.httpStatus() != null && reply.httpStatus() != MODEL.errorStatus(code)) {
      problems.add("HTTP " + reply.httpStatus() + " for " + code);
    }
    if (e.serverFault() != MODEL.serverFault(code)) {
      problems.add(code + (e.serverFault() ? " as a server fault" : " as a client fault"));
    }
    for (String member : MODEL.required(code)) {
      Object value = switch (member) {
        case "message" -> e.message();
        case "reason" -> e.reason();
        case "resourceId" -> e.resourceId();
        case "resourceType" -> e.resourceType();
        case "limit" -> e.limit();
        default -> throw new IllegalStateException("The model's " + code + " requires " + member
            + ", which ServiceError does not carry");
      };
      if (value == null) {
        problems.add(code + " without its required " + member);
      }
    }
    if (e.reason() != null && !MODEL.enumValues("ValidationExceptionReason").contains(e.reason())) {
      problems.add("the reason " + e.reason() + " is not in the model's enum");
    }
    String type = reply.exceptionType();
    if (type != null && !type.equals(code) && !type.equals(code + "Exception")) {
      problems.add(code + " thrown as " + type);
    }
  }

  /** Whether a wire value conforms to a shape of the model. */
  private static void conforms(String shape, Object value, String at, List<String> problems) {
    String type = MODEL.type(shape);
    switch (type) {
      case "structure" -> {
        if (!(value instanceof Map<?, ?> map)) {
          problems.add(at + " is " + describe(value) + ", not a " + shape + " structure");
          return;
        }
        Map<String, String> members = MODEL.members(shape);
        map.forEach((k, v) -> {
          if (!members.containsKey(k)) {
            problems.add(at + " has " + k + ", which " + shape + " has not");
          } else if (v == null) {
            problems.add(at + "." + k + " is null rather than absent");
          } else {
            conforms(members.get(k), v, at + "." + k, problems);
          }
        });
      }
      case "list" -> {
        if (!(value instanceof List<?> list)) {
          problems.add(at + " is " + describe(value) + ", not a list");
          return;
        }
        size(shape, list.size(), at, problems);
        for (int i = 0; i < list.size(); i++) {
          conforms(MODEL.listMember(shape), list.get(i), at + "[" + i + "]", problems);
        }
      }
      case "map" -> {
        if (!(value instanceof Map<?, ?> map)) {
          problems.add(at + " is " + describe(value) + ", not a map");
          return;
        }
        size(shape, map.size(), at, problems);
        map.forEach((k, v) -> {
          conforms(MODEL.mapKey(shape), k, at + " key", problems);
          conforms(MODEL.mapValue(shape), v, at + "[" + k + "]", problems);
        });
      }
      case "string" -> {
        if (!(value instanceof String s)) {
          problems.add(at + " is " + describe(value) + ", not a string");
          return;
        }
        size(shape, s.codePointCount(0, s.length()), at, problems);
        List<String> enumValues = MODEL.enumValues(shape);
        if (!enumValues.isEmpty() && !enumValues.contains(s)) {
          problems.add(at + " is '" + s + "', not one of " + enumValues);
        }
        String pattern = MODEL.pattern(shape);
        if (pattern != null && !Pattern.compile(pattern).matcher(s).matches()) {
          problems.add(at + " is '" + s + "', which breaks " + shape + "'s pattern " + pattern);
        }
      }
      case "integer" -> {
        if (!(value instanceof Integer)) {
          problems.add(at + " is " + describe(value) + ", not an Integer");
        }
      }
      case "boolean" -> {
        if (!(value instanceof Boolean)) {
          problems.add(at + " is " + describe(value) + ", not a Boolean");
        }
      }
      case "timestamp" -> {
        if (!(value instanceof Instant)) {
          problems.add(at + " is " + describe(value) + ", not an Instant");
        }
      }
      default -> problems.add(at + " has the shape " + shape + " of type " + type
          + ", which the check does not know");
    }
  }

  private static void size(String shape, int size, String at, List<String> problems) {
    Integer min = MODEL.min(shape);
    Integer max = MODEL.max(shape);
    if ((min != null && size < min) || (max != null && size > max)) {
      problems.add(at + " has size " + size + ", outside " + shape + "'s " + min + ".." + max);
    }
  }

  private static String describe(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
  }
}
