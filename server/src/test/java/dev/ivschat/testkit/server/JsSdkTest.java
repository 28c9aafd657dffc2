package dev.ivschat.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.Call;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.ServiceError;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The AWS SDK for JavaScript v3 ({@code @aws-sdk/client-ivschat}, pinned in
 * {@code src/test/node/package.json}) against the server: runs {@code js-sdk.test.mjs} with
 * Node's test runner and fails with Node's report unless every test in it passed.
 *
 * <p>Before the script runs, the account gets scripted faults for requests with the names the
 * script's "every modeled error" test uses ({@code fault-*}), one per error shape of the service.
 */
class JsSdkTest {

  private static final Pattern PASSED = Pattern.compile("(?m)^\\S*\\s*pass (\\d+)$");
  private static final Pattern FAILED = Pattern.compile("(?m)^\\S*\\s*fail (\\d+)$");

  @Test
  void the_javascript_sdk_v3_runs_all_17_operations_against_the_server() {
    String accessKeyId = "AKIDJSSDKV3";
    try (IvsChatServer server = IvsChatServer.start()) {
      scriptFaults(server.account(accessKeyId));
      Subprocess.Result result = NodeRunner.inTargetNode()
          .withServer(server.endpoint(), accessKeyId)
          .runTests("js-sdk.test.mjs");
      System.out.println(result.stdout());

      assertThat(count(PASSED, result)).as(result.describe()).isGreaterThanOrEqualTo(10);
      assertThat(count(FAILED, result)).as(result.describe()).isZero();
      IvsChat account = server.account(accessKeyId);
      Set<Operation> served = account.calls().stream().filter(call -> !call.failed())
          .map(Call::operation).collect(Collectors.toCollection(() -> EnumSet.noneOf(Operation.class)));
      assertThat(served).as("operations the server answered with success for the JS SDK")
          .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Operation.class));
    }
  }

  /** The faults js-sdk.test.mjs's "every modeled error" test expects, keyed by room name. */
  private static void scriptFaults(IvsChat account) {
    fault(account, "fault-access-denied", ServiceError.accessDenied("scripted: access denied"));
    fault(account, "fault-conflict",
        ServiceError.conflict("AAAAAAAAAAAA", ServiceError.ROOM, "scripted: conflict"));
    fault(account, "fault-internal", ServiceError.internalServer("scripted: internal"));
    fault(account, "fault-pending", ServiceError.pendingVerification());
    fault(account, "fault-quota", ServiceError.quotaExceeded("123456789012", ServiceError.ROOM, 1000,
        "scripted: quota"));
    fault(account, "fault-throttling", ServiceError.throttling("AAAAAAAAAAAA", ServiceError.ROOM, 5));
  }

  private static void fault(IvsChat account, String roomName, ServiceError error) {
    account.faults().on(Operation.CREATE_ROOM)
        .when(IvsChatRequest.CreateRoom.class, request -> roomName.equals(request.name()))
        .fail(error);
  }

  private static int count(Pattern pattern, Subprocess.Result result) {
    Matcher matcher = pattern.matcher(result.stdout());
    if (!matcher.find()) {
      throw new AssertionError("no summary line " + pattern + " in Node's report\n"
          + result.describe());
    }
    return Integer.parseInt(matcher.group(1));
  }
}
