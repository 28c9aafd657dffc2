package dev.ivschat.testkit.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real AWS CLI ({@code aws} on PATH, v1 or v2) pointed at a server, isolated from the user's
 * AWS configuration: empty config and credentials files, no {@code AWS_*} variable from the parent,
 * one attempt per call, no pager.
 */
final class AwsCli {

  /** How long one {@code aws} command may run. */
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static final Pattern VERSION = Pattern.compile("aws-cli/(\\d+)\\.(\\d+)\\.(\\d+)");

  private final URI endpoint;
  private final Map<String, String> environment;
  private final Path directory;

  private AwsCli(URI endpoint, Map<String, String> environment, Path directory) {
    this.endpoint = endpoint;
    this.environment = Map.copyOf(environment);
    this.directory = directory;
  }

  /**
   * An AWS CLI that signs with {@code accessKeyId} (any secret) in us-east-1 and sends to
   * {@code endpoint}; {@code scratch} receives the empty config files.
   */
  static AwsCli against(URI endpoint, String accessKeyId, Path scratch) {
    Path config = scratch.resolve("aws-config");
    Path credentials = scratch.resolve("aws-credentials");
    try {
      Files.writeString(config, "");
      Files.writeString(credentials, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.keySet().removeIf(name -> name.startsWith("AWS_"));
    environment.put("AWS_ACCESS_KEY_ID", accessKeyId);
    environment.put("AWS_SECRET_ACCESS_KEY", "x");
    environment.put("AWS_DEFAULT_REGION", "us-east-1");
    // read by AWS CLI v1 (botocore >= 1.31) and v2 >= 2.13; --endpoint-url below covers older v2
    environment.put("AWS_ENDPOINT_URL", endpoint.toString());
    environment.put("AWS_PAGER", "");
    environment.put("AWS_CONFIG_FILE", config.toString());
    environment.put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
    environment.put("AWS_MAX_ATTEMPTS", "1");
    environment.put("AWS_EC2_METADATA_DISABLED", "true");
    environment.put("AWS_CLI_AUTO_PROMPT", "off");
    // the CLI is Python: print UTF-8 whatever the locale, as the test reads it
    environment.put("PYTHONUTF8", "1");
    environment.put("PYTHONIOENCODING", "utf-8");
    return new AwsCli(endpoint, environment, scratch);
  }

  /**
   * The version of the {@code aws} on PATH, e.g. {@code aws-cli/2.9.19}.
   *
   * @throws AssertionError if there is none, saying how to install it
   */
  String version() {
    Subprocess.Result result;
    try (Subprocess process = Subprocess.start(List.of("aws", "--version"), directory, environment,
        TIMEOUT)) {
      result = process.waitFor();
    } catch (AssertionError e) {
      throw new AssertionError("The AWS CLI (`aws`) is needed by the server's tests and is not on"
          + " PATH=" + environment.get("PATH") + ". Install it (Debian/Ubuntu: `apt-get install"
          + " awscli`; .ci/run does this on CI) and run the tests again. " + e.getMessage(), e);
    }
    result.assertSuccess();
    // v1 prints its version on stderr, v2 on stdout
    Matcher version = VERSION.matcher(result.stdout() + result.stderr());
    if (!version.find()) {
      throw new AssertionError("cannot read the AWS CLI's version from:\n" + result.describe());
    }
    return version.group();
  }

  /** The major version of {@link #version()}. */
  static int majorVersion(String version) {
    Matcher matcher = VERSION.matcher(version);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not an AWS CLI version: " + version);
    }
    return Integer.parseInt(matcher.group(1));
  }

  /** Runs {@code aws ivschat <arguments> --endpoint-url <endpoint> --output json}. */
  Subprocess.Result ivschat(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add("aws");
    command.add("ivschat");
    command.addAll(List.of(arguments));
    command.add("--endpoint-url");
    command.add(endpoint.toString());
    command.add("--output");
    command.add("json");
    try (Subprocess process = Subprocess.start(command, directory, environment, TIMEOUT)) {
      return process.waitFor();
    }
  }
}
