package org.gedkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the snippets of docs/index.md, testing.md, jshell.md, errors.md, paging.md, sessions.md and transfers.md honest: every {@code ```java} block must
 * appear, line for line (indentation aside), in a test source of this module, which runs it. The {@code ```jshell}
 * blocks are evaluated by {@link JShellScriptTest}.
 */
class DocSnippetsTest {

  @ParameterizedTest
  @ValueSource(strings = {"docs/index.md", "docs/testing.md", "docs/jshell.md", "docs/errors.md", "docs/paging.md",
      "docs/sessions.md", "docs/transfers.md"})
  void everyJavaSnippet_isInATestThatRunsIt(String page) throws IOException {
    List<List<String>> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Docs.root().resolve("examples/src/test/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        sources.add(normalise(Files.readString(f)));
      }
    }
    String markdown = Docs.read(page);
    List<String> blocks = Docs.fencedBlocks(markdown, "java", false);
    if (!page.endsWith("jshell.md")) {
      assertThat(blocks).as("java snippets of " + page).isNotEmpty();
    }
    for (String block : blocks) {
      List<String> lines = normalise(block);
      assertThat(sources.stream().anyMatch(s -> containsRun(s, lines)))
          .as("this snippet of %s is in no test source of examples/:%n%s", page, block).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"docs/index.md", "docs/testing.md", "docs/jshell.md"})
  void linksBetweenThePages_pointToExistingFiles(String page) throws IOException {
    var m = java.util.regex.Pattern.compile("\\]\\(([a-z0-9-]+\\.md)(#[^)]*)?\\)").matcher(Docs.read(page));
    int links = 0;
    while (m.find()) {
      links++;
      assertThat(Docs.root().resolve("docs").resolve(m.group(1))).as("link in " + page).exists();
    }
    assertThat(links).isPositive();
  }

  static List<String> normalise(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  static boolean containsRun(List<String> haystack, List<String> needle) {
    if (needle.isEmpty()) {
      return true;
    }
    for (int i = 0; i + needle.size() <= haystack.size(); i++) {
      if (haystack.subList(i, i + needle.size()).equals(needle)) {
        return true;
      }
    }
    return false;
  }
}
