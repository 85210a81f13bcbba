package org.gedkit.netexplorer.store;

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
import org.gedkit.core.store.DocumentInfo;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.testkit.netexplorer.NetExplorerEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the NetExplorer snippet of docs/portable.md against the emulator, and checks the page shows it as run. */
class PortableDocSnippetsTest {

  private NetExplorerEmulator emulator;
  private final List<String> lines = new ArrayList<>();

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    emulator = new NetExplorerEmulator().start();
    emulator.addFile(1, "report-2023.pdf", "%PDF old report".getBytes(StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void netexplorerConnect() throws IOException {
    String baseUrl = emulator.baseUrl();
    String password = "secret";
    Path report = Files.writeString(dir.resolve("report-2024.pdf"), "%PDF new report");
    // snippet:netexplorer-connect
    try (DocumentStore store = Gedkit.connect("netexplorer+" + baseUrl, // e.g. "https://acme.netexplorer.pro"
        Map.of("user", "smithj", "password", password))) {            // or "token"; or GEDKIT_NETEXPLORER_*
      DocumentInfo up = store.upload("1", UploadSource.ofPath(report), TransferListener.none()); // chunked above 16 MiB
      for (DocumentInfo hit : store.search("report")) {                 // names, below every root folder
        lines.add(hit.name() + " md5=" + hit.checksum().map(Checksum::hex).orElse("?"));
      }
      store.delete(up.id());                                            // to the trash
    }
    // end-snippet
    assertThat(lines).containsExactly("report-2023.pdf md5=" + Checksum.compute(ChecksumAlgorithm.MD5,
        "%PDF old report".getBytes(StandardCharsets.UTF_8)).hex(), "report-2024.pdf md5=" + Checksum.compute(
        ChecksumAlgorithm.MD5, "%PDF new report".getBytes(StandardCharsets.UTF_8)).hex());
    assertThat(emulator.fileId(1, "report-2024.pdf")).isEmpty();
  }

  @Test
  void thePageShowsTheSnippetsAsTested() throws IOException {
    String root = System.getProperty("gedkit.root");
    assumeThat(root).as("system property gedkit.root (set by surefire)").isNotNull();
    Path page = Paths.get(root, "docs", "portable.md");
    Path self = Paths.get(root, "sdk-netexplorer", "src", "test", "java", "org", "gedkit", "netexplorer", "store",
        "PortableDocSnippetsTest.java");
    assumeThat(Files.isRegularFile(self)).as("test sources at " + self).isTrue();
    String md = Files.readString(page, StandardCharsets.UTF_8);
    Map<String, String> snippets = snippets(Files.readString(self, StandardCharsets.UTF_8));
    assertThat(snippets).containsOnlyKeys("netexplorer-connect");
    for (Map.Entry<String, String> s : snippets.entrySet()) {
      Optional<String> block = block(md, s.getKey());
      assertThat(block).as("docs/portable.md has a block marked <!-- snippet:" + s.getKey() + " -->").isPresent();
      assertThat(block.get()).as("snippet " + s.getKey() + " in the page").isEqualTo(s.getValue());
    }
    assertThat(md).contains("| NetExplorer | yes (folders) | yes (a folder's files) | yes | yes | yes | yes | yes (to the"
        + " trash) |");
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
