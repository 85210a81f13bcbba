package org.gedkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Keeps the JShell experience honest: evaluates every snippet of {@code gedkit.jsh}, then the session of
 * {@code docs/jshell.md}, in one JShell, failing on any rejected snippet or exception; and checks the documented
 * one-liner matches the Maven profile and the file it writes.
 */
class JShellScriptTest {

  static final String ONE_LINER = "mvn -B -q -Pjshell -pl examples -am package && "
      + "jshell --class-path \"$(cat examples/target/gedkit-classpath.txt)\" gedkit.jsh";

  @Test
  // bounded: a hang under heavy load (seen once) must fail this test, not stall the whole build
  @org.junit.jupiter.api.Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES,
      threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
  void startupScript_thenDocumentedSession_runWithoutRejectionOrException() throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    List<String> values = new ArrayList<>();
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        JShell js = JShell.builder().executionEngine("local").out(out).err(out).build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        js.addToClasspath(entry);
      }
      int scriptSnippets = evalAll(js, Files.readString(Docs.root().resolve("gedkit.jsh")), values);
      assertThat(scriptSnippets).as("snippets in gedkit.jsh").isGreaterThan(20);
      List<String> session = Docs.fencedBlocks(Docs.read("docs/jshell.md"), "jshell", true);
      assertThat(session).as("runnable jshell blocks of docs/jshell.md").isNotEmpty();
      for (String block : session) {
        evalAll(js, block, values);
      }
    }
    // the session really talked to the emulator
    assertThat(values).contains("\"hello.txt 5\"", "1", "1001");
    assertThat(values.stream().anyMatch(v -> v.contains("smithj"))).as(values.toString()).isTrue();
  }

  @Test
  void oneLiner_isDocumented_andMatchesTheMavenProfile() throws IOException {
    assertThat(Docs.read("docs/jshell.md")).contains(ONE_LINER);
    assertThat(Docs.read("gedkit.jsh")).contains(ONE_LINER);
    String pom = Docs.read("examples/pom.xml");
    assertThat(pom).contains("<id>jshell</id>", "build-classpath", "/gedkit-classpath.txt</outputFile>");
    assertThat(Docs.read("pom.xml")).contains("<id>jshell</id>");
  }

  /** Feeds the source line by line, as the jshell tool does: a snippet is evaluated as soon as it is complete. */
  private static int evalAll(JShell js, String source, List<String> values) {
    SourceCodeAnalysis analysis = js.sourceCodeAnalysis();
    String buffer = "";
    int count = 0;
    for (String line : source.split("\n", -1)) {
      buffer = buffer + line + "\n";
      while (!buffer.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(buffer);
        if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
          buffer = "";
          break;
        }
        if (!info.completeness().isComplete()) {
          break;
        }
        eval(js, info.source(), values);
        count++;
        buffer = info.remaining();
      }
    }
    if (!buffer.isBlank()) {
      fail("incomplete snippet at the end: " + buffer);
    }
    return count;
  }

  private static void eval(JShell js, String snippet, List<String> values) {
    for (SnippetEvent event : js.eval(snippet)) {
      if (event.status() == Snippet.Status.REJECTED) {
        fail("rejected: " + snippet + " -> "
            + js.diagnostics(event.snippet()).map(d -> d.getMessage(null)).collect(Collectors.joining("; ")));
      }
      if (event.exception() != null) {
        fail("threw: " + snippet + " -> " + event.exception());
      }
      if (event.value() != null && event.causeSnippet() == null) {
        values.add(event.value());
      }
    }
  }
}
