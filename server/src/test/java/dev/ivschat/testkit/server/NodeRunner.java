package dev.ivschat.testkit.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs Node.js scripts from {@code server/target/node}, where the build copies
 * {@code src/test/node} and installs the pinned npm packages ({@code npm ci}, profile
 * {@code node-clients} in the server's pom): {@code @aws-sdk/client-ivschat},
 * {@code amazon-ivs-chat-messaging} and {@code ws}.
 *
 * <p>Immutable: each {@code with...} returns a new runner. The child gets the parent's environment
 * without any {@code AWS_*} variable (so a developer's AWS settings cannot leak in), plus what was
 * added with {@link #withEnv} or {@link #withServer}.
 *
 * <pre>{@code
 * NodeRunner.inTargetNode().withServer(server.endpoint(), key).runTests("js-sdk.test.mjs");
 *
 * try (Subprocess chat = NodeRunner.inTargetNode().withServer(endpoint, key)
 *     .withEnv("IVSCHAT_TOKEN", token).start("chat-viewer.mjs")) {
 *   chat.awaitStdoutLine(line -> line.equals("CONNECTED"), "CONNECTED");
 *   ... act on the server ...
 *   chat.waitFor().assertSuccess();
 * }
 * }</pre>
 */
final class NodeRunner {

  /** Environment variable with the server's endpoint, e.g. {@code http://127.0.0.1:4510}. */
  static final String ENDPOINT_VARIABLE = "IVSCHAT_ENDPOINT";
  /** Environment variable with the access key id the script signs with (selects the account). */
  static final String ACCESS_KEY_VARIABLE = "IVSCHAT_ACCESS_KEY_ID";
  /** Environment variable with the region the script uses. */
  static final String REGION_VARIABLE = "IVSCHAT_REGION";
  /** How long a script may run unless {@link #withTimeout} says otherwise. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

  private final Path directory;
  private final Map<String, String> environment;
  private final Duration timeout;

  private NodeRunner(Path directory, Map<String, String> environment, Duration timeout) {
    this.directory = directory;
    this.environment = Map.copyOf(environment);
    this.timeout = timeout;
  }

  /**
   * A runner for the build's {@code target/node} folder.
   *
   * @throws AssertionError if the npm packages are not installed there
   */
  static NodeRunner inTargetNode() {
    Path directory = targetDirectory().resolve("node");
    if (!Files.isDirectory(directory.resolve("node_modules/@aws-sdk/client-ivschat"))) {
      throw new AssertionError("The Node.js clients are not installed in " + directory
          + ". The build installs them (npm ci) in process-test-resources; run"
          + " `mvn -pl server process-test-resources` (needs Node.js 20+ and npm) and run the"
          + " tests again.");
    }
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.keySet().removeIf(name -> name.startsWith("AWS_"));
    environment.put("NO_COLOR", "1");
    environment.put("NODE_NO_WARNINGS", "1");
    return new NodeRunner(directory, environment, DEFAULT_TIMEOUT);
  }

  private static Path targetDirectory() {
    try {
      // target/test-classes
      URI location = NodeRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI();
      return Path.of(location).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The folder scripts run in (and resolve their packages from). */
  Path directory() {
    return directory;
  }

  /** This runner with one more environment variable for the script. */
  NodeRunner withEnv(String name, String value) {
    Map<String, String> next = new HashMap<>(environment);
    next.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new NodeRunner(directory, next, timeout);
  }

  /**
   * This runner pointed at a server: sets {@value #ENDPOINT_VARIABLE},
   * {@value #ACCESS_KEY_VARIABLE} and {@value #REGION_VARIABLE} ({@code us-east-1}).
   */
  NodeRunner withServer(URI endpoint, String accessKeyId) {
    return withEnv(ENDPOINT_VARIABLE, endpoint.toString())
        .withEnv(ACCESS_KEY_VARIABLE, accessKeyId)
        .withEnv(REGION_VARIABLE, "us-east-1");
  }

  /** This runner with a different deadline, after which the script is killed. */
  NodeRunner withTimeout(Duration newTimeout) {
    if (newTimeout.isNegative() || newTimeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + newTimeout);
    }
    return new NodeRunner(directory, environment, newTimeout);
  }

  /**
   * Starts {@code node <arguments>} and returns at once, for scenarios that interact with a
   * running script (await its output lines, act, then {@link Subprocess#waitFor()}).
   */
  Subprocess start(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add("node");
    command.addAll(List.of(arguments));
    return Subprocess.start(command, directory, environment, timeout);
  }

  /** Runs {@code node <arguments>} to the end (or the deadline). */
  Subprocess.Result run(String... arguments) {
    try (Subprocess process = start(arguments)) {
      return process.waitFor();
    }
  }

  /**
   * Runs a {@code node:test} file with the spec reporter and fails with Node's whole output unless
   * every test in it passed.
   *
   * @return the result, whose standard output is the report
   */
  Subprocess.Result runTests(String testFile) {
    Subprocess.Result result = run("--test", "--test-reporter=spec", testFile);
    if (result.timedOut() || result.exitCode() != 0) {
      throw new AssertionError("node:test " + testFile + " failed\n" + result.describe());
    }
    return result;
  }
}
