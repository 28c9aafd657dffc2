package com.example.livechat;

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

/** The README's walkthrough shows this module's code as it is, so the docs cannot go stale. */
class ReadmeWalkthroughTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCES = Path.of("src");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  void every_java_snippet_of_the_walkthrough_is_code_of_the_examples_module() throws IOException {
    String readme = Files.readString(README);
    String walkthrough = readme.substring(readme.indexOf("## Adopting it: a walkthrough"),
        readme.indexOf("## Benchmarks"));
    List<String> snippets = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(walkthrough);
    while (m.find()) {
      snippets.add(m.group(1));
    }
    String sources;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).map(ReadmeWalkthroughTest::read)
          .map(ReadmeWalkthroughTest::unindented).collect(Collectors.joining("\n"));
    }

    assertThat(snippets).hasSizeGreaterThanOrEqualTo(8)
        .allSatisfy(snippet -> assertThat(sources).contains(unindented(snippet)));
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Each line without its leading spaces, so a snippet matches wherever it is nested. */
  private static String unindented(String text) {
    return text.lines().map(String::strip).collect(Collectors.joining("\n"));
  }
}
