package org.gedkit.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the repository's docs from the tests. */
final class Docs {

  private static final String NOT_RUN = "<!-- not run by the tests";

  private Docs() {}

  /** The repository root: the first parent of the working directory holding gedkit.jsh. */
  static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("gedkit.jsh"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("gedkit.jsh not found above " + Path.of("").toAbsolutePath());
    }
    return p;
  }

  static String read(String relative) throws IOException {
    return Files.readString(root().resolve(relative), StandardCharsets.UTF_8);
  }

  /**
   * The fenced blocks of a language.
   *
   * @param skipNotRun leave out blocks right after a {@code <!-- not run by the tests ... -->} line
   */
  static List<String> fencedBlocks(String markdown, String language, boolean skipNotRun) {
    List<String> blocks = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().equals("```" + language)) {
        boolean notRun = i > 0 && lines[i - 1].strip().startsWith(NOT_RUN);
        StringBuilder sb = new StringBuilder();
        int j = i + 1;
        while (j < lines.length && !lines[j].strip().equals("```")) {
          sb.append(lines[j]).append('\n');
          j++;
        }
        if (!(skipNotRun && notRun)) {
          blocks.add(sb.toString());
        }
        i = j;
      }
    }
    return blocks;
  }
}
