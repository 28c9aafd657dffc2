package dev.ivschat.testkit.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * The README's Java snippets are regions of test sources, marked {@code // README: name} and
 * {@code // README: end}, so they compile and pass: this module's, and for server mode the server
 * module's.
 */
class ReadmeTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)\n```", Pattern.DOTALL);
  private static final Pattern REGION = Pattern.compile(
      "^[ \t]*// README: (?!end)[^\n]+\n(.*?)^[ \t]*// README: end\n",
      Pattern.DOTALL | Pattern.MULTILINE);

  /**
   * This module's tests, and the server module's: the server-mode example needs the server on the
   * class path, so it is a test there.
   */
  private static final List<Path> SOURCES = List.of(Path.of("src/test/java"),
      Path.of("../server/src/test/java"));

  @Test
  void every_java_snippet_of_the_readme_is_a_region_of_a_test() throws IOException {
    List<String> regions = new ArrayList<>();
    for (Path root : SOURCES) {
      try (Stream<Path> sources = Files.walk(root)) {
        for (Path source : sources.filter(p -> p.toString().endsWith(".java"))
            .collect(Collectors.toList())) {
          Matcher m = REGION.matcher(Files.readString(source));
          while (m.find()) {
            regions.add(m.group(1).stripTrailing().stripIndent());
          }
        }
      }
    }
    List<String> snippets = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(Files.readString(Path.of("README.md")));
    while (m.find()) {
      snippets.add(m.group(1));
    }

    assertThat(snippets).hasSize(11);
    assertThat(regions).containsAll(snippets);
  }
}
