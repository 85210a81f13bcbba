package org.gedkit.phraseanet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.PermissionDeniedException;
import org.gedkit.core.transfer.FileNameSanitizer;
import org.gedkit.phraseanet.model.QuarantineItem;
import org.gedkit.testkit.Fault;
import org.gedkit.testkit.phraseanet.PhraseanetEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every snippet of docs/phraseanet.md against the emulator, and checks the guide shows them as they
 * are here (between the {@code // snippet:name} and {@code // end-snippet} lines).
 */
class PhraseanetDocSnippetsTest {

  @Test
  void quickStart_listsTheWholeQuarantine() {
    try (PhraseanetEmulator emulator = new PhraseanetEmulator().start()) {
      String baseUrl = emulator.baseUrl();
      String accessToken = emulator.accessToken();
      List<String> lines = new ArrayList<>();
      // snippet:quick-start
      try (PhraseanetClient client = PhraseanetClient.builder()
          .baseUrl(baseUrl)            // e.g. "https://phraseanet.example.com"
          .accessToken(accessToken)    // sent as the oauth_token query parameter, never logged
          .build()) {
        QuarantineListOptions options = QuarantineListOptions.builder().perPage(100).build();
        for (QuarantineItem item : client.quarantine().list(options)) {   // pages are fetched lazily
          lines.add(item.id() + " " + item.originalName() + " " + item.checks());
        }
      }
      // end-snippet
      assertThat(lines).hasSize(1000);
      assertThat(emulator.listRequests()).isEqualTo(11);
    }
  }

  @Test
  void oneItem_andItsLocalCopy(@TempDir Path downloads) throws IOException {
    try (PhraseanetEmulator emulator = new PhraseanetEmulator().start();
        PhraseanetClient client = PhraseanetClient.builder().baseUrl(emulator.baseUrl())
            .accessToken(emulator.accessToken()).build()) {
      Files.write(downloads.resolve("document-42.pdf"), emulator.documentBytes(42));
      boolean resubmit;
      // snippet:check-local-file
      QuarantineItem item = client.quarantine().get(42);
      Path localCopy = downloads.resolve(FileNameSanitizer.sanitize(item.originalName()));
      // streams the file through SHA-256 and compares with item.sha256()
      resubmit = Files.exists(localCopy) && QuarantineApi.matchesLocalFile(item, localCopy);
      // end-snippet
      assertThat(resubmit).isTrue();
    }
  }

  @Test
  void errors_areTyped(@TempDir Path unused) {
    try (PhraseanetEmulator emulator = new PhraseanetEmulator().start();
        PhraseanetClient client = PhraseanetClient.builder().baseUrl(emulator.baseUrl())
            .accessToken(emulator.accessToken()).build()) {
      emulator.denyItem(7);
      List<String> seen = new ArrayList<>();
      for (long id : new long[] {7, 5000}) {
        // snippet:errors
        try {
          client.quarantine().get(id);
        } catch (NotFoundException e) {
          seen.add("gone: " + e.vendorMessage().orElse(""));
        } catch (PermissionDeniedException e) {          // Phraseanet says "401 You are not authorized"
          seen.add("not allowed: " + e.vendorCode().orElse("") + " / " + e.status().getAsInt());
        } catch (GedkitException e) {
          seen.add("failed: " + e.getMessage());           // token redacted as oauth_token=***
        }
        // end-snippet
      }
      assertThat(seen).containsExactly("not allowed: Unauthorized / 401",
          "gone: Requested resource is not found: Lazaret file 5000 not found");
    }
  }

  @Test
  void emulatorInTests() {
    // snippet:emulator
    try (PhraseanetEmulator emulator = new PhraseanetEmulator().start();   // 1 000 quarantine items
        PhraseanetClient client = PhraseanetClient.builder()
            .baseUrl(emulator.baseUrl()).accessToken(emulator.accessToken())
            .sleeper(wait -> { })   // tests: retry without really waiting
            .build()) {
      emulator.nextMetaErrors(1, 503, true);   // maintenance, reported only in meta, HTTP 200
      emulator.faults().next(1, "GET", "/api/v1/quarantine/list/", Fault.status(503, "1"));
      long count = client.quarantine().list(new QuarantineListOptions(0, 1000)).stream().count();   // retried
      assertThat(count).isEqualTo(1000);
    }
    // end-snippet
  }

  @Test
  void theGuideShowsEverySnippetAsTested() throws IOException {
    String root = System.getProperty("gedkit.root");
    assumeThat(root).as("system property gedkit.root (set by surefire)").isNotNull();
    Path guide = Paths.get(root, "docs", "phraseanet.md");
    Path self = Paths.get(root, "sdk-phraseanet", "src", "test", "java", "org", "gedkit", "phraseanet",
        "PhraseanetDocSnippetsTest.java");
    assumeThat(Files.isRegularFile(self)).as("test sources at " + self).isTrue();
    String md = Files.readString(guide, StandardCharsets.UTF_8);
    Map<String, String> snippets = snippets(Files.readString(self, StandardCharsets.UTF_8));
    assertThat(snippets).containsOnlyKeys("quick-start", "check-local-file", "errors", "emulator");
    for (Map.Entry<String, String> s : snippets.entrySet()) {
      Optional<String> block = block(md, s.getKey());
      assertThat(block).as("docs/phraseanet.md has a block marked <!-- snippet:" + s.getKey() + " -->").isPresent();
      assertThat(block.get()).as("snippet " + s.getKey() + " in the guide").isEqualTo(s.getValue());
    }
  }

  static Map<String, String> snippets(String source) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(?s)\\n([ ]*)// snippet:([a-z-]+)\\n(.*?)\\n[ ]*// end-snippet").matcher(source);
    while (m.find()) {
      out.put(m.group(2), dedent(m.group(3)));
    }
    return out;
  }

  static Optional<String> block(String md, String name) {
    Matcher m = Pattern.compile("(?s)<!-- snippet:" + Pattern.quote(name) + " -->\\s*```java\\n(.*?)\\n```").matcher(md);
    return m.find() ? Optional.of(dedent(m.group(1))) : Optional.empty();
  }

  static String dedent(String text) {
    List<String> lines = text.lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return sb.toString().stripTrailing();
  }
}
