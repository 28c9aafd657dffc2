package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.internal.ShouldHaveCall.shouldHaveCall;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveCallCount.shouldHaveCallCount;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveCallCount.shouldHaveCalled;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveCallCount.shouldNotHaveCalled;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveCalledOnlyWith.shouldHaveCalledAtAll;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveCalledOnlyWith.shouldHaveCalledOnlyWith;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveFailedCalls.shouldHaveFailedCalls;
import static dev.ivschat.testkit.assertj.internal.ShouldHaveFailedCalls.shouldHaveNoFailedCalls;
import static org.assertj.core.error.ShouldNotBeNull.shouldNotBeNull;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractListAssert;

/**
 * Assertions on the fake's call journal, oldest call first: a list assert (all of AssertJ's list
 * assertions apply) with checks by operation, by request and by outcome, and navigation to one call.
 *
 * <pre>{@code
 * assertThat(fake).calls()
 *     .hasCallCount(Operation.SEND_EVENT, 2)
 *     .hasNotCalled(Operation.DELETE_ROOM)
 *     .hasCalledOnlyWith(IvsChatRequest.CreateRoom.class, r -> r.maximumMessageLength() == 200)
 *     .hasNoFailedCalls();
 * }</pre>
 */
public class CallsAssert extends AbstractListAssert<CallsAssert, List<Call>, Call, CallAssert> {
  private Navigation navigation = Navigation.HARD;

  /**
   * An assert on calls.
   *
   * @param actual the calls, oldest first
   */
  public CallsAssert(List<Call> actual) {
    super(actual, CallsAssert.class);
  }

  /**
   * Verifies that the actual value is not null.
   *
   * @return this assertion object
   * @throws AssertionError if it is null
   */
  @Override
  public CallsAssert isNotNull() {
    if (actual == null) {
      throwAssertionError(shouldNotBeNull());
    }
    return myself;
  }

  CallsAssert navigation(Navigation navigation) {
    this.navigation = navigation;
    return this;
  }

  /**
   * Verifies that the operation was called exactly this many times.
   *
   * @param operation the operation
   * @param times the expected number of calls
   * @return this assertion object
   * @throws AssertionError if it was called another number of times; the message lists the calls
   */
  public CallsAssert hasCallCount(Operation operation, int times) {
    isNotNull();
    int count = count(operation);
    if (count != times) {
      throwAssertionError(shouldHaveCallCount(actual, operation, times, count));
    }
    return myself;
  }

  /**
   * Verifies that the operation was called at least once.
   *
   * @param operation the operation
   * @return this assertion object
   * @throws AssertionError if it was never called; the message lists the calls
   */
  public CallsAssert hasCalled(Operation operation) {
    isNotNull();
    if (count(operation) == 0) {
      throwAssertionError(shouldHaveCalled(actual, operation));
    }
    return myself;
  }

  /**
   * Verifies that the operation was never called.
   *
   * @param operation the operation
   * @return this assertion object
   * @throws AssertionError if it was; the message lists the calls
   */
  public CallsAssert hasNotCalled(Operation operation) {
    isNotNull();
    int count = count(operation);
    if (count != 0) {
      throwAssertionError(shouldNotHaveCalled(actual, operation, count));
    }
    return myself;
  }

  /**
   * Verifies that there was at least one call with a request of this type and that every such
   * request matches the predicate.
   *
   * @param requestType a neutral request record type, e.g.
   *     {@code IvsChatRequest.CreateRoom.class}, or an SDK request class such as the v1
   *     {@code CreateRoomRequest.class} (the predicate then tests a copy of the request object as
   *     the caller passed it)
   * @param predicate what every such request must satisfy
   * @param <R> the request type
   * @return this assertion object
   * @throws AssertionError if there was no such call, or one whose request does not match; the
   *     message lists the offending calls with their requests
   */
  public <R> CallsAssert hasCalledOnlyWith(Class<R> requestType, Predicate<? super R> predicate) {
    isNotNull();
    List<Call> ofType = actual.stream().filter(c -> c.hasRequestOfType(requestType)).toList();
    if (ofType.isEmpty()) {
      throwAssertionError(shouldHaveCalledAtAll(actual, requestType));
    }
    List<Call> mismatches =
        ofType.stream().filter(c -> !predicate.test(c.request(requestType))).toList();
    if (!mismatches.isEmpty()) {
      throwAssertionError(shouldHaveCalledOnlyWith(actual, requestType, mismatches));
    }
    return myself;
  }

  /**
   * Verifies that no call failed.
   *
   * @return this assertion object
   * @throws AssertionError if some did; the message lists them
   */
  public CallsAssert hasNoFailedCalls() {
    isNotNull();
    List<Call> failed = failed();
    if (!failed.isEmpty()) {
      throwAssertionError(shouldHaveNoFailedCalls(actual, failed));
    }
    return myself;
  }

  /**
   * Verifies that the calls that failed were of exactly these operations, in this order.
   *
   * @param operations the operations of the failed calls, oldest first
   * @return this assertion object
   * @throws AssertionError if other calls failed; the message lists them
   */
  public CallsAssert hasFailedCalls(Operation... operations) {
    isNotNull();
    List<Call> failed = failed();
    if (!failed.stream().map(Call::operation).toList().equals(List.of(operations))) {
      throwAssertionError(shouldHaveFailedCalls(actual, List.of(operations), failed));
    }
    return myself;
  }

  /**
   * Navigates to the n-th call of this list (in the whole journal, the call with that sequence
   * number).
   *
   * @param n the position, from 1
   * @return an assert on the call
   * @throws AssertionError if there are fewer calls (in soft mode the error is collected and the
   *     returned assert is on null)
   */
  public CallAssert call(int n) {
    Call call = null;
    if (actual == null) {
      navigation.fail(assertionError(shouldNotBeNull()));
    } else if (n < 1 || n > actual.size()) {
      navigation.fail(assertionError(shouldHaveCall(actual, n)));
    } else {
      call = actual.get(n - 1);
    }
    return openCall(call);
  }

  /**
   * Navigates to the n-th call of an operation.
   *
   * @param operation the operation
   * @param n the position among that operation's calls, from 1
   * @return an assert on the call
   * @throws AssertionError if there are fewer calls of it (in soft mode the error is collected and
   *     the returned assert is on null)
   */
  public CallAssert call(Operation operation, int n) {
    Call call = null;
    if (actual == null) {
      navigation.fail(assertionError(shouldNotBeNull()));
    } else {
      List<Call> ofOperation = actual.stream().filter(c -> c.operation() == operation).toList();
      if (n < 1 || n > ofOperation.size()) {
        navigation.fail(assertionError(shouldHaveCall(actual, operation, n, ofOperation.size())));
      } else {
        call = ofOperation.get(n - 1);
      }
    }
    return openCall(call);
  }

  /**
   * The description of an element navigated to with {@code first()}, {@code element(i)}, ...: the
   * same in soft mode as in hard mode.
   *
   * @param propertyName what was navigated to
   * @return the description
   */
  @Override
  protected String navigationDescription(String propertyName) {
    String text = descriptionText();
    return (text == null || text.isEmpty() ? "Calls" : text) + " " + propertyName;
  }

  @Override
  protected CallAssert toAssert(Call value, String description) {
    return openCall(value).as(description);
  }

  @Override
  protected CallsAssert newAbstractIterableAssert(Iterable<? extends Call> iterable) {
    List<Call> calls = new ArrayList<>();
    iterable.forEach(calls::add);
    return new CallsAssert(calls).navigation(navigation);
  }

  private int count(Operation operation) {
    return (int) actual.stream().filter(c -> c.operation() == operation).count();
  }

  private List<Call> failed() {
    return actual.stream().filter(Call::failed).toList();
  }

  private CallAssert openCall(Call call) {
    return navigation.open(CallAssert.class, Call.class, call, () -> new CallAssert(call), this)
        .navigation(navigation);
  }
}
