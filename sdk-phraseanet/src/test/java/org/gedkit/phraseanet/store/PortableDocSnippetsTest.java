package org.gedkit.phraseanet.store;

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
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.testkit.MutableClock;
import org.gedkit.testkit.phraseanet.PhraseanetEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Phraseanet snippets of docs/portable.md against the emulator, and checks the page shows them as
 * they are here (between the {@code // snippet:name} and {@code // end-snippet} lines). The Parapheur
 * snippet is run by the test of the same name in sdk-parapheur.
 */
class PortableDocSnippetsTest {

  private PhraseanetEmulator emulator;
  private final List<String> lines = new ArrayList<>();

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    emulator = new PhraseanetEmulator(120, "snippet-token", MutableClock.startingNow()).start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void phraseanetConnect() {
    String baseUrl = emulator.baseUrl();
    String accessToken = emulator.accessToken();
    // snippet:phraseanet-connect
    try (DocumentStore store = Gedkit.connect("phraseanet+" + baseUrl, // e.g. "https://phraseanet.example.com"
        Map.of("token", accessToken))) {                                 // or GEDKIT_PHRASEANET_TOKEN
      for (DocumentInfo item : store.list("quarantine")) {               // 100 items per request, lazily
        lines.add(item.id() + " " + item.name() + " sha256=" + item.checksum().map(Checksum::hex).orElse("?"));
      }
      DocumentInfo one = store.metadata("42");                           // GET /api/v1/quarantine/item/42/
      lines.add(one.name() + " forced=" + one.vendorExtras().get("forced") + " checks=" + one.vendorExtras().get("checks"));
    }
    // end-snippet
    assertThat(lines).hasSize(121);
    assertThat(lines.get(0)).startsWith("120 document-120.jpg sha256=").doesNotEndWith("?");
    assertThat(lines.get(120)).startsWith("document-42.pdf forced=true checks=[]");
    assertThat(emulator.listRequests()).isEqualTo(2);
  }

  @Test
  void capabilities() {
    String documentId = "7";
    try (DocumentStore store = Gedkit.connect("phraseanet+" + emulator.baseUrl(),
        Map.of("token", emulator.accessToken()))) {
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
    assertThat(lines).singleElement().asString().startsWith("phraseanet cannot download; it can [");
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void thePageShowsTheSnippetsAsTested() throws IOException {
    String root = System.getProperty("gedkit.root");
    assumeThat(root).as("system property gedkit.root (set by surefire)").isNotNull();
    Path page = Paths.get(root, "docs", "portable.md");
    Path self = Paths.get(root, "sdk-phraseanet", "src", "test", "java", "org", "gedkit", "phraseanet", "store",
        "PortableDocSnippetsTest.java");
    assumeThat(Files.isRegularFile(self)).as("test sources at " + self).isTrue();
    String md = Files.readString(page, StandardCharsets.UTF_8);
    Map<String, String> snippets = snippets(Files.readString(self, StandardCharsets.UTF_8));
    assertThat(snippets).containsOnlyKeys("phraseanet-connect", "capabilities");
    for (Map.Entry<String, String> s : snippets.entrySet()) {
      Optional<String> block = block(md, s.getKey());
      assertThat(block).as("docs/portable.md has a block marked <!-- snippet:" + s.getKey() + " -->").isPresent();
      assertThat(block.get()).as("snippet " + s.getKey() + " in the page").isEqualTo(s.getValue());
    }
    // the capability table states what the store declares
    assertThat(md).contains("| Phraseanet | yes (one root: `quarantine`) | yes | – | yes | – | – | – |");
    try (DocumentStore store = Gedkit.connect("phraseanet+" + emulator.baseUrl(), Map.of("token", "t"))) {
      assertThat(store.capabilities()).containsExactlyInAnyOrder(Capability.BROWSE, Capability.LIST,
          Capability.METADATA);
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
