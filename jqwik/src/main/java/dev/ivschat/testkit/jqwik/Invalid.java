package dev.ivschat.testkit.jqwik;

import java.util.Objects;
import java.util.function.Function;

/**
 * A just-invalid value: wrong in exactly one request member, with the name the fake reports for
 * that member in a {@code ValidationException}'s field list (and in core's
 * {@code ServiceError.fields()}).
 *
 * <pre>{@code
 * @Property(tries = 200)
 * void a_bad_token_request_is_rejected_on_its_field(
 *     @ForAll("badTokens") Invalid<IvsChatRequest.CreateChatToken> bad) {
 *   Outcome<ChatToken> outcome = newIvsChatWithRoom().call(bad.value());
 *   assertThat(outcome.error().code()).isEqualTo(ServiceError.VALIDATION);
 *   assertThat(outcome.error().fields()).extracting(ServiceError.Field::name)
 *       .containsExactly(bad.field());
 * }
 *
 * @Provide
 * Arbitrary<Invalid<IvsChatRequest.CreateChatToken>> badTokens() {
 *   return IvsChatArbitraries.invalid().createChatTokenRequests(ROOM);
 * }
 * }</pre>
 *
 * <p>The SDK flavours are the same values translated:
 * {@code IvsChatV1Arbitraries.invalid().createChatTokenRequests(ROOM)} gives
 * {@code Invalid<CreateChatTokenRequest>} of SDK v1, wrong in the same field.
 *
 * @param value the value; null where the violation is a missing required member
 * @param field the member that is wrong, as the fake names it in the field list: a dotted path
 *     for nested members ({@code messageReviewHandler.uri},
 *     {@code destinationConfiguration.s3.bucketName}), the member itself for maps and lists
 *     ({@code tags}, {@code attributes}, {@code capabilities})
 * @param violation what is wrong with it, in words, e.g. {@code has 129 characters, more than the
 *     maximum of 128}
 * @param <T> the type of the value
 */
public record Invalid<T>(T value, String field, String violation) {

  /**
   * Checks the components.
   *
   * @param value the value
   * @param field the member name
   * @param violation the violation
   */
  public Invalid {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(violation, "violation");
  }

  /**
   * The same violation, reported on another member: for a value used in a member other than the
   * one it was made for (a room ARN as UpdateRoom's {@code identifier} rather than
   * {@code roomIdentifier}).
   *
   * @param otherField the member name
   * @return a copy with that field
   */
  public Invalid<T> withField(String otherField) {
    return new Invalid<>(value, otherField, violation);
  }

  /**
   * The same violation carried into a larger value, such as a request of the code under test
   * that wraps this member.
   *
   * @param wrap builds the larger value from this one
   * @param <U> its type
   * @return the larger value, wrong in the same field
   */
  public <U> Invalid<U> map(Function<? super T, ? extends U> wrap) {
    return new Invalid<>(wrap.apply(value), field, violation);
  }
}
