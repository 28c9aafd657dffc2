package dev.ivschat.testkit.contract;

import java.util.List;
import java.util.function.Function;

/**
 * One boundary case of the validation contract: an operation's valid base input with one member
 * changed, and what the fake must make of it.
 *
 * @param operation the model's operation name
 * @param path the member changed, as a path from the input ({@code [destinationConfiguration,
 *     s3, bucketName]})
 * @param description what the value is, for the display name
 * @param value the wire value, made from the fixture
 * @param expect what must happen
 * @param field the member the fake must name in {@code fieldList} when it rejects the value
 * @param fragment what the field's message must say when it rejects the value
 */
record ValidationCase(String operation, List<String> path, String description,
    Function<Fixture, Object> value, Expect expect, String field, String fragment) {

  /** What the fake must do with a case. */
  enum Expect {
    /** No {@code ValidationException} (a 404 for an ARN of nothing is fine). */
    ACCEPTED,
    /** A {@code ValidationException} naming exactly {@link #field()}. */
    REJECTED,
    /**
     * The value passes the member's length constraint but, being no token the fake issued, fails
     * as an unknown pagination token.
     */
    UNKNOWN_TOKEN
  }

  String displayName() {
    String member = String.join(".", path);
    String outcome = switch (expect) {
      case ACCEPTED -> "accepted";
      case REJECTED -> "rejected on '" + field + "'";
      case UNKNOWN_TOKEN -> "allowed by length, rejected as an unknown token";
    };
    return member + ": " + description + " is " + outcome;
  }
}
