package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.internal.ShouldHaveCallOutcome.shouldHaveFailed;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveCallOutcome.shouldHaveFailedWith;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveCallOutcome.shouldHaveSucceeded;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveProperty.shouldHaveProperty;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveProperty.unquoted;
import static org.assertj.core.error.ShouldNotBeNull.shouldNotBeNull;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.assertj.internal.Render;
import java.time.Instant;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.ObjectAssert;

/**
 * Assertions on one {@link Call} of the journal: its operation, request and outcome.
 *
 * <p>The request is the SDK-neutral record ({@link IvsChatRequest}), the same whichever client made
 * the call, and failure messages show it; {@link #request(Class)} also takes the front door's own
 * request class, for a copy of the request object as the caller passed it.
 *
 * <pre>{@code
 * assertThat(fake).calls().call(Operation.CREATE_ROOM, 1)
 *     .succeeded()
 *     .request(IvsChatRequest.CreateRoom.class)
 *     .extracting(IvsChatRequest.CreateRoom::name).isEqualTo("lobby");
 * }</pre>
 */
public class CallAssert extends AbstractAssert<CallAssert, Call> {
  private Navigation navigation = Navigation.HARD;

  /**
   * An assert on a call.
   *
   * @param actual the call
   */
  public CallAssert(Call actual) {
    super(actual, CallAssert.class);
  }

  /**
   * Verifies that the actual value is not null.
   *
   * @return this assertion object
   * @throws AssertionError if it is null
   */
  @Override
  public CallAssert isNotNull() {
    if (actual == null) {
      throwAssertionError(shouldNotBeNull());
    }
    return myself;
  }

  CallAssert navigation(Navigation navigation) {
    this.navigation = navigation;
    return this;
  }

  /**
   * Verifies the call's operation.
   *
   * @param expected the expected operation
   * @return this assertion object
   * @throws AssertionError if it was a call of another operation
   */
  public CallAssert hasOperation(Operation expected) {
    isNotNull();
    if (actual.operation() != expected) {
      throwAssertionError(shouldHaveProperty(Render.callWithRequest(actual), "operation",
          unquoted(expected.wireName()), unquoted(actual.operation().wireName())));
    }
    return myself;
  }

  /**
   * Verifies when the call was made, on the fake's clock.
   *
   * @param expected the expected instant
   * @return this assertion object
   * @throws AssertionError if it was made at another time
   */
  public CallAssert wasMadeAt(Instant expected) {
    isNotNull();
    if (!actual.time().equals(expected)) {
      throwAssertionError(shouldHaveProperty(Render.callWithRequest(actual), "time", expected,
          actual.time()));
    }
    return myself;
  }

  /**
   * Verifies that the call succeeded.
   *
   * @return this assertion object
   * @throws AssertionError if it failed; the message shows the error
   */
  public CallAssert succeeded() {
    isNotNull();
    if (actual.failed()) {
      throwAssertionError(shouldHaveSucceeded(actual));
    }
    return myself;
  }

  /**
   * Verifies that the call failed.
   *
   * @return this assertion object
   * @throws AssertionError if it succeeded
   */
  public CallAssert failed() {
    isNotNull();
    if (!actual.failed()) {
      throwAssertionError(shouldHaveFailed(actual));
    }
    return myself;
  }

  /**
   * Verifies that the call failed with this error code.
   *
   * @param errorCode the wire code, e.g. {@code "ValidationException"} (see the constants of
   *     {@link dev.ivschat.testkit.ServiceError})
   * @return this assertion object
   * @throws AssertionError if it succeeded or failed with another code
   */
  public CallAssert failedWith(String errorCode) {
    isNotNull();
    if (!actual.failed() || !actual.error().code().equals(errorCode)) {
      throwAssertionError(shouldHaveFailedWith(actual, errorCode));
    }
    return myself;
  }

  /**
   * Navigates to the SDK-neutral request the call was made with, e.g. an
   * {@link IvsChatRequest.CreateRoom}.
   *
   * @return an assert on the request record
   */
  public ObjectAssert<IvsChatRequest<?>> request() {
    if (actual == null) {
      navigation.fail(assertionError(shouldNotBeNull()));
    }
    return navigation.object(actual == null ? null : actual.request(), this);
  }

  /**
   * Verifies the request's type and navigates to it, typed: the neutral record for an
   * {@link IvsChatRequest} type, or a copy of the front door's request object for an SDK request
   * class (as {@link Call#request(Class)} reads it).
   *
   * @param requestType e.g. {@code IvsChatRequest.CreateRoom.class}, or an SDK request class such
   *     as the v1 {@code CreateRoomRequest.class}
   * @param <R> the request type
   * @return an assert on the request
   * @throws AssertionError if the request is of neither type (in soft mode the error is collected
   *     and the returned assert is on null)
   */
  public <R> ObjectAssert<R> request(Class<R> requestType) {
    R request = null;
    if (actual == null) {
      navigation.fail(assertionError(shouldNotBeNull()));
    } else if (!actual.hasRequestOfType(requestType)) {
      navigation.fail(assertionError(shouldHaveProperty(Render.callWithRequest(actual),
          "a request of type", unquoted(Render.type(requestType)),
          unquoted(Render.requestTypes(actual)))));
    } else {
      request = actual.request(requestType);
    }
    return navigation.object(request, this);
  }

  /**
   * Navigates to the call's SDK-neutral result ({@link dev.ivschat.testkit.Room},
   * {@link dev.ivschat.testkit.SentEvent}, ..., or null for operations that return nothing or a
   * call that failed).
   *
   * @return an assert on the result
   */
  public ObjectAssert<Object> result() {
    if (actual == null) {
      navigation.fail(assertionError(shouldNotBeNull()));
    }
    return navigation.object(actual == null ? null : actual.result(), this);
  }
}
