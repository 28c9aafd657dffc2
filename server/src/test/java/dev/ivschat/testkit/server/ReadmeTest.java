package dev.ivschat.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module README's Java examples are copied from tests that run, so they cannot go stale:
 * every {@code java} block appears, line for line (indentation aside), in a test source.
 */
class ReadmeTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void every_java_example_of_the_readme_is_code_a_test_runs() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(readme);
    while (m.find()) {
      blocks.add(normalize(m.group(1)));
    }
    String sources;
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).map(ReadmeTest::read)
          .map(ReadmeTest::normalize).collect(Collectors.joining("\n"));
    }
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(block -> assertThat(sources).as("a test source").contains(block));
  }

  private static String normalize(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
