package dev.ivschat.testkit.jqwik;

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
import net.jqwik.api.Example;

/**
 * Every Java snippet of the module's README is code of a {@code Readme*ExamplesProperties} class
 * (compared line by line, ignoring indentation), so the README shows only code that compiles and
 * passes.
 */
class ReadmeSnippetsTest {
  private static final Pattern SNIPPET = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Path TESTS = Path.of("src/test/java/dev/ivschat/testkit/jqwik");

  @Example
  void every_java_snippet_of_the_readme_is_in_an_examples_class() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String examples;
    try (Stream<Path> files = Files.list(TESTS)) {
      examples = files.filter(f -> f.getFileName().toString().matches("Readme.*Examples.*\\.java"))
          .map(ReadmeSnippetsTest::read).map(ReadmeSnippetsTest::unindented)
          .collect(Collectors.joining("\n"));
    }
    List<String> snippets = new ArrayList<>();
    Matcher m = SNIPPET.matcher(readme);
    while (m.find()) {
      snippets.add(unindented(m.group(1)).strip());
    }
    assertThat(snippets).hasSizeGreaterThan(10)
        .allSatisfy(snippet -> assertThat(examples).contains(snippet));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String unindented(String text) {
    return text.lines().map(String::strip).collect(Collectors.joining("\n"));
  }
}
