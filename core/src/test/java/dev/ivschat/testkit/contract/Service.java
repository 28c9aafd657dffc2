package dev.ivschat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.ServiceError;
import java.util.List;
import java.util.Map;

/**
 * A {@link ContractTarget} as the suite's tests use it: every input must reach the engine as the
 * neutral request it stands for (read back from the journal, so a front door that drops or bends a
 * member is caught by any test), every reply is checked against the model ({@link ReplyCheck})
 * and carries the journaled request id, and there are short forms for calls that must succeed or
 * fail.
 */
public final class Service implements AutoCloseable {
  private final ContractTarget target;
  private final Runnable onClose;
  private boolean closed;

  Service(ContractTarget target, Runnable onClose) {
    this.target = target;
    this.onClose = onClose;
  }

  /** The target's name. */
  public String name() {
    return target.name();
  }

  /** The target itself. */
  public ContractTarget target() {
    return target;
  }

  /** The control surface of the fake behind the target. */
  public IvsChatControl control() {
    return target.control();
  }

  /**
   * Calls an operation; the input must reach the service as it is, and the reply is checked
   * against the model.
   *
   * @param operation the operation
   * @param input its input members
   * @return the reply
   */
  public Reply call(String operation, Map<String, Object> input) {
    Attempt attempt = attempt(operation, input);
    assertThat(attempt.unsent()).as("%s through %s with %s", operation, name(), input).isNull();
    return attempt.reply();
  }

  /**
   * A call whose input the target's client may refuse or change on the way.
   *
   * @param reply the checked reply, or null when the client refused to send the input
   * @param unsent why the input did not reach the service as it was, or null when it did
   */
  record Attempt(Reply reply, String unsent) {
  }

  /**
   * Calls an operation and tells whether the input reached the service unchanged: the journal's
   * neutral request must be the one the input stands for. A target's client may refuse an input
   * (its own exception, no call journaled) or change it (an empty query-string list vanishes).
   */
  Attempt attempt(String operation, Map<String, Object> input) {
    IvsChatRequest<?> intended = NeutralRequests.of(operation, input);
    List<Call> before = control().lastCalls(1);
    long last = before.isEmpty() ? -1 : before.get(0).sequence();
    Reply reply;
    try {
      reply = target.call(operation, input);
    } catch (RuntimeException e) {
      if (target.refusedByClient(e) && newCall(last) == null) {
        return new Attempt(null, name() + "'s client refuses to send it: " + e);
      }
      throw e;
    }
    Call call = newCall(last);
    assertThat(call).as("%s through %s reached no service: %s", operation, name(), reply)
        .isNotNull();
    assertThat(ReplyCheck.problems(operation, reply))
        .as("%s through %s: what the model says of the reply %s", operation, name(), reply)
        .isEmpty();
    assertThat(reply.requestId()).as("the request id of %s", reply).isEqualTo(call.requestId());
    if (!call.request().equals(intended)) {
      return new Attempt(reply, name() + "'s client changes the input on the way: the service got "
          + call.request() + ", not " + intended);
    }
    return new Attempt(reply, null);
  }

  private Call newCall(long lastSequence) {
    List<Call> now = control().lastCalls(1);
    return now.isEmpty() || now.get(0).sequence() == lastSequence ? null : now.get(0);
  }

  /** Calls an operation that must succeed. */
  public Reply ok(String operation, Map<String, Object> input) {
    Reply reply = call(operation, input);
    assertThat(reply.failed()).as("%s through %s with %s failed: %s", operation, name(), input,
        reply.error()).isFalse();
    return reply;
  }

  /** Calls an operation that must fail with the given error code; returns the error. */
  public ServiceError fails(String operation, Map<String, Object> input, String code) {
    Reply reply = call(operation, input);
    assertThat(reply.failed()).as("%s through %s with %s succeeded: %s", operation, name(), input,
        reply.output()).isTrue();
    assertThat(reply.error().code()).as("%s through %s: %s", operation, name(), reply.error())
        .isEqualTo(code);
    return reply.error();
  }

  /** Calls an operation that must fail validation; returns the names of the fields it names. */
  public List<String> invalidFields(String operation, Map<String, Object> input) {
    return fails(operation, input, ServiceError.VALIDATION).fields().stream()
        .map(ServiceError.Field::name).toList();
  }

  /** Creates a room; returns the reply. */
  public Reply createRoom(Map<String, Object> input) {
    return ok("CreateRoom", input);
  }

  /** Creates a room with nothing set; returns its ARN. */
  public String room() {
    return createRoom(Wire.of()).string("arn");
  }

  /** Creates a logging configuration to an S3 bucket; returns its ARN. */
  public String loggingConfiguration(String bucketName) {
    return ok("CreateLoggingConfiguration",
        Wire.of("destinationConfiguration", Wire.s3(bucketName))).string("arn");
  }

  /** The tags ListTagsForResource answers for a resource. */
  public Map<String, Object> tagsOf(String arn) {
    return ok("ListTagsForResource", Wire.of("resourceArn", arn)).map("tags");
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        target.close();
      } finally {
        onClose.run();
      }
    }
  }

  @Override
  public String toString() {
    return name();
  }
}
