package dev.ivschat.testkit.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The extension names no SDK and no server: its main sources refer to no AWS SDK package, no
 * front-door module and not the server module (server mode finds it through
 * {@code RemoteFrontDoor.installed()}), so a v1 user's test classpath needs nothing of v2 and the
 * other way round (the pom declares sdk1 in test scope only).
 */
class LayeringTest {
  private static final Pattern SDK_REFERENCE = Pattern.compile(
      "\\b(com\\.amazonaws|software\\.amazon|dev\\.ivschat\\.testkit\\.(sdk[12]|server))\\.");

  @Test
  void the_main_sources_refer_to_no_sdk_no_front_door_module_and_not_the_server()
      throws IOException {
    List<String> offenders;
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      offenders = sources.filter(p -> p.toString().endsWith(".java"))
          .filter(LayeringTest::refersToAnSdk).map(Path::toString).collect(Collectors.toList());
    }
    assertThat(offenders).isEmpty();
  }

  private static boolean refersToAnSdk(Path source) {
    try {
      return SDK_REFERENCE.matcher(Files.readString(source)).find();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
