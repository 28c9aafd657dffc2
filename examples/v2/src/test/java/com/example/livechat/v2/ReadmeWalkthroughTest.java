package com.example.livechat.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's walkthrough shows the example modules' code as it is, so the docs cannot go stale:
 * its Java snippets are copied from the sources of {@code examples/v1}, {@code examples/v2} or
 * {@code examples/migration}, the dependencies it lists are the ones the examples declare, the
 * demo output it quotes is what the v2 demo prints, and its demo commands name modules that have
 * a demo. The same holds for the Java snippets of the section "Testing what viewers see".
 */
class ReadmeWalkthroughTest {
  /** The {@code examples} folder; tests run in {@code examples/v2}. */
  private static final Path EXAMPLES = Path.of("..");
  private static final Path README = EXAMPLES.resolve(Path.of("..", "README.md"));
  private static final List<String> MODULES = List.of("v1", "v2", "migration");
  private static final String WALKTHROUGH = "## Adopting it: a walkthrough";
  /** The live-chat section, a {@code ##} or {@code ###} heading. */
  private static final String VIEWERS = "# Testing what viewers see";
  private static final Pattern BLOCK = Pattern.compile("```(\\w*)\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");
  private static final Pattern DEMO_COMMAND = Pattern.compile("-Pdemo -pl (\\S+)");

  private static String readme;
  private static String walkthrough;

  @BeforeAll
  static void readReadme() {
    readme = read(README);
    int start = readme.indexOf(WALKTHROUGH);
    assertThat(start).as("the README has a section \"%s\"", WALKTHROUGH).isNotNegative();
    int end = readme.indexOf("\n## ", start + WALKTHROUGH.length());
    walkthrough = readme.substring(start, end < 0 ? readme.length() : end);
  }

  @Test
  void every_java_snippet_of_the_walkthrough_is_code_of_an_example_module() {
    String sources = exampleSources();

    assertThat(blocks(walkthrough, "java")).hasSizeGreaterThanOrEqualTo(9)
        .allSatisfy(snippet -> assertThat(sources).contains(unindented(snippet)));
  }

  @Test
  void every_java_snippet_of_the_viewers_section_is_code_of_an_example_module() {
    int start = readme.indexOf(VIEWERS);
    assumeTrue(start >= 0, "the README has no section \"" + VIEWERS + "\" yet");
    int end = readme.indexOf("\n## ", start + VIEWERS.length());
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    String sources = exampleSources();

    assertThat(blocks(section, "java")).isNotEmpty()
        .allSatisfy(snippet -> assertThat(sources).contains(unindented(snippet)));
  }

  /** Every Java source of the example modules, unindented, one after the other. */
  private static String exampleSources() {
    try (Stream<Path> files = MODULES.stream().map(m -> EXAMPLES.resolve(m).resolve("src"))
        .flatMap(ReadmeWalkthroughTest::walk)) {
      return files.filter(p -> p.toString().endsWith(".java")).map(ReadmeWalkthroughTest::read)
          .map(ReadmeWalkthroughTest::unindented).collect(Collectors.joining("\n"));
    }
  }

  @Test
  void every_dependency_the_walkthrough_adds_is_one_an_example_module_declares() {
    String poms = MODULES.stream().map(m -> read(EXAMPLES.resolve(m).resolve("pom.xml")))
        .collect(Collectors.joining("\n"));
    List<String> artifacts = new ArrayList<>();
    for (String xml : blocks(walkthrough, "xml")) {
      Matcher m = ARTIFACT.matcher(xml);
      while (m.find()) {
        artifacts.add(m.group(1));
      }
    }

    assertThat(artifacts).isNotEmpty()
        .allSatisfy(a -> assertThat(poms).contains("<artifactId>" + a + "</artifactId>"));
  }

  @Test
  void the_demo_output_the_walkthrough_quotes_is_what_the_demo_prints() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ChatDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(blocks(walkthrough, "").stream().filter(b -> b.startsWith("== ")))
        .isNotEmpty()
        .allSatisfy(quoted -> assertThat(out.lines().toList())
            .containsSubsequence(quoted.lines().toList()));
  }

  @Test
  void every_demo_command_of_the_readme_names_a_module_with_a_demo_profile() {
    List<String> modules = new ArrayList<>();
    Matcher m = DEMO_COMMAND.matcher(readme);
    while (m.find()) {
      modules.add(m.group(1));
    }

    assertThat(modules).contains("examples/v2")
        .allSatisfy(module -> assertThat(read(EXAMPLES.resolve(Path.of("..", module, "pom.xml"))))
            .as("the pom of %s", module).contains("<id>demo</id>"));
  }

  /** The contents of the fenced blocks of one language ("" for blocks without one). */
  private static List<String> blocks(String markdown, String language) {
    List<String> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(markdown);
    while (m.find()) {
      if (m.group(1).equals(language)) {
        blocks.add(m.group(2));
      }
    }
    return blocks;
  }

  private static Stream<Path> walk(Path dir) {
    try {
      return Files.walk(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each line without its leading spaces, so a snippet matches wherever it is nested. */
  private static String unindented(String text) {
    return text.lines().map(String::strip).collect(Collectors.joining("\n"));
  }
}
