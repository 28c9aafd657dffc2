package dev.ivschat.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The command line: options, the one line it prints when ready, and a clean stop on SIGTERM. */
class MainTest {
  private static final Pattern LISTENING =
      Pattern.compile("IVS Chat listening on (http://127\\.0\\.0\\.1:(\\d+))");

  @Test
  @Timeout(60)
  void it_prints_where_it_listens_serves_and_stops_cleanly_on_sigterm() throws Exception {
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "--port", "0")
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      Matcher m = LISTENING.matcher(String.valueOf(line));
      assertThat(m.matches()).as("the first line, %s", line).isTrue();
      int port = Integer.parseInt(m.group(2));

      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(m.group(1) + "/_ivschat/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);

      process.destroy(); // SIGTERM
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isIn(0, 143);
      assertThatThrownBy(() -> new Socket().connect(new InetSocketAddress("127.0.0.1", port), 2000))
          .isInstanceOf(ConnectException.class);
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void options_set_the_port_host_region_and_strict_keys() {
    IvsChatServer.Builder builder = Main.parse(new String[] {"--port=0", "--host", "127.0.0.1",
        "--region", "eu-west-1", "--strict-sigv4", "AKIDCLI:se:cret"}, System.out);
    try (IvsChatServer server = builder.start()) {
      assertThat(server.account("AKIDCLI").config().region()).isEqualTo("eu-west-1");
    }
  }

  @Test
  void a_bad_option_is_refused_with_its_name() {
    for (List<String> args : List.of(List.of("--port", "eighty"), List.of("--bogus"),
        List.of("--strict-sigv4", "nocolon"), List.of("--port"), List.of("--port", "70000"))) {
      assertThatThrownBy(() -> Main.parse(args.toArray(String[]::new), System.out))
          .as("%s", args).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(args.get(0).startsWith("--port") ? "port" : args.get(0));
    }
  }

  @Test
  void help_prints_the_usage_and_starts_nothing() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertThat(Main.parse(new String[] {"--help"}, new PrintStream(bytes, true,
        StandardCharsets.UTF_8))).isNull();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("--port N", "--strict-sigv4");
  }
}
