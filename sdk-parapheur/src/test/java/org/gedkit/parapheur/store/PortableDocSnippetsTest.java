package org.gedkit.parapheur.store;

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
import org.gedkit.core.Gedkit;
import org.gedkit.core.store.Capability;
import org.gedkit.core.store.DocumentInfo;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.FileNameSanitizer;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.testkit.parapheur.ParapheurEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Parapheur snippet of docs/portable.md against the emulator (and the generic capabilities snippet
 * on a store that can download), and checks the page shows it as it is here. The Phraseanet snippets are
 * run by the test of the same name in sdk-phraseanet.
 */
class PortableDocSnippetsTest {

  private ParapheurEmulator emulator;
  private final List<String> lines = new ArrayList<>();

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    emulator = ParapheurEmulator.withSampleData().start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void parapheurConnect() throws IOException {
    String baseUrl = emulator.baseUrl();
    String password = ParapheurEmulator.SAMPLE_REST_PASSWORD;
    // snippet:parapheur-connect
    try (DocumentStore store = Gedkit.connect("parapheur+" + baseUrl, // e.g. "https://parapheur.example.org"
        Map.of("user", "rest-api", "password", password))) {            // HTTP Basic; add "auth", "token" for web users
      DocumentInfo doc = store.metadata("250");                         // from the history (the server adds a VIEW entry)
      Path file = dir.resolve(FileNameSanitizer.sanitize(doc.name()));  // the name comes from the server: sanitise it
      DownloadResult r = store.download("250", DownloadTarget.toPath(file), TransferListener.none());
      lines.add(doc.name() + ": " + r.bytes() + " bytes, " + r.verification()); // VERIFIED against the SHA-512 fingerprint
    }
    // end-snippet
    assertThat(lines).singleElement().asString().endsWith(" bytes, VERIFIED");
    try (var files = Files.list(dir)) {
      Path written = files.findFirst().orElseThrow();
      assertThat(Files.readAllBytes(written)).isEqualTo(emulator.mainDocument(250));
      assertThat(Checksum.compute(ChecksumAlgorithm.SHA512, written).hex()).isEqualTo(emulator.fingerprint(250));
    }
  }

  @Test
  void capabilitiesOnAStoreThatDownloads() {
    String documentId = "251";
    try (DocumentStore store = Gedkit.connect("parapheur+" + emulator.baseUrl(),
        Map.of("user", "rest-api", "password", ParapheurEmulator.SAMPLE_REST_PASSWORD))) {
      // snippet:capabilities
      if (store.supports(Capability.DOWNLOAD)) {
        DownloadResult r = store.download(documentId, DownloadTarget.toPath(dir.resolve("copy.bin")), TransferListener.none());
        lines.add(store.backend() + ": " + r.bytes() + " bytes, " + r.verification());
      } else {
        // store.download(...) would throw UnsupportedCapabilityException, before sending anything
        lines.add(store.backend() + " cannot download; it can " + store.capabilities());
      }
      // end-snippet
    }
    assertThat(lines).containsExactly("parapheur: " + emulator.mainDocument(251).length + " bytes, VERIFIED");
  }

  @Test
  void thePageShowsTheSnippetsAsTested() throws IOException {
    String root = System.getProperty("gedkit.root");
    assumeThat(root).as("system property gedkit.root (set by surefire)").isNotNull();
    Path page = Paths.get(root, "docs", "portable.md");
    Path self = Paths.get(root, "sdk-parapheur", "src", "test", "java", "org", "gedkit", "parapheur", "store",
        "PortableDocSnippetsTest.java");
    assumeThat(Files.isRegularFile(self)).as("test sources at " + self).isTrue();
    String md = Files.readString(page, StandardCharsets.UTF_8);
    Map<String, String> snippets = snippets(Files.readString(self, StandardCharsets.UTF_8));
    assertThat(snippets).containsOnlyKeys("parapheur-connect", "capabilities");
    for (Map.Entry<String, String> s : snippets.entrySet()) {
      Optional<String> block = block(md, s.getKey());
      assertThat(block).as("docs/portable.md has a block marked <!-- snippet:" + s.getKey() + " -->").isPresent();
      assertThat(block.get()).as("snippet " + s.getKey() + " in the page").isEqualTo(s.getValue());
    }
    assertThat(md).contains("| Maarch Parapheur | – | – | – | yes | yes | – | – |");
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
    List<String> all = text.lines().toList();
    int indent = all.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    StringBuilder sb = new StringBuilder();
    for (String l : all) {
      sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return sb.toString().stripTrailing();
  }
}
