package dev.ivschat.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The helper the real-client scenarios run Node.js with. */
class NodeRunnerTest {

  @Test
  void await_stdout_line_follows_the_output_in_order_and_wait_for_reports_success() {
    String script = "console.log('READY'); console.log('x');"
        + " setTimeout(() => { console.log('READY'); console.log('DONE'); }, 10);";
    try (Subprocess node = NodeRunner.inTargetNode().start("-e", script)) {
      assertThat(node.awaitStdoutLine("READY"::equals, "READY")).isEqualTo("READY");
      assertThat(node.awaitStdoutLine(line -> line.startsWith("READY"), "a second READY"))
          .isEqualTo("READY");
      assertThat(node.awaitStdoutLine("DONE"::equals, "DONE")).isEqualTo("DONE");

      Subprocess.Result result = node.waitFor().assertSuccess();
      assertThat(result.stdout()).isEqualTo("READY\nx\nREADY\nDONE\n");
    }
  }

  @Test
  void await_stdout_line_fails_with_the_transcript_when_the_script_ends_without_the_line() {
    try (Subprocess node = NodeRunner.inTargetNode()
        .start("-e", "console.log('hello'); console.error('oops'); process.exit(3)")) {
      assertThatThrownBy(() -> node.awaitStdoutLine("READY"::equals, "READY"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("to print READY, but it closed its output")
          .hasMessageContaining("hello");
      Subprocess.Result result = node.waitFor();
      assertThat(result.exitCode()).isEqualTo(3);
      assertThat(result.stderr()).contains("oops");
      assertThatThrownBy(result::assertSuccess).hasMessageContaining("exited 3");
    }
  }

  @Test
  void the_script_sees_the_server_variables_and_no_aws_variable_of_the_parent() {
    Subprocess.Result result = NodeRunner.inTargetNode()
        .withServer(URI.create("http://127.0.0.1:1"), "AKIDNODERUNNER")
        .withEnv("EXTRA", "1")
        .run("-e", "const e = process.env; console.log([e.IVSCHAT_ENDPOINT, e.IVSCHAT_ACCESS_KEY_ID,"
            + " e.IVSCHAT_REGION, e.EXTRA, Object.keys(e).filter(k => k.startsWith('AWS_')).length]"
            + ".join(' '))")
        .assertSuccess();

    assertThat(result.stdout()).isEqualTo("http://127.0.0.1:1 AKIDNODERUNNER us-east-1 1 0\n");
  }

  @Test
  void a_script_that_outlives_its_timeout_is_killed_and_reported_as_timed_out() {
    Subprocess.Result result = NodeRunner.inTargetNode().withTimeout(Duration.ofMillis(500))
        .run("-e", "console.log('started'); setInterval(() => {}, 1000)");

    assertThat(result.timedOut()).isTrue();
    assertThat(result.stdout()).isEqualTo("started\n");
    assertThatThrownBy(result::assertSuccess).hasMessageContaining("(timeout)");
  }

  @Test
  void the_pinned_packages_are_installed_where_scripts_run() {
    Subprocess.Result result = NodeRunner.inTargetNode().run("-e",
        "const fs = require('node:fs');"
            + " console.log(['@aws-sdk/client-ivschat', 'amazon-ivs-chat-messaging', 'ws'].map(p =>"
            + " p + '@' + JSON.parse(fs.readFileSync('node_modules/' + p + '/package.json')).version)"
            + ".join(' '))")
        .assertSuccess();

    assertThat(result.stdout())
        .isEqualTo("@aws-sdk/client-ivschat@3.952.0 amazon-ivs-chat-messaging@1.1.1 ws@8.23.0\n");
  }
}
