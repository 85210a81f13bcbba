package org.gedkit.ezged.store;

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
import org.gedkit.core.store.Container;
import org.gedkit.core.store.DocumentInfo;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.FileNameSanitizer;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.testkit.MutableClock;
import org.gedkit.testkit.ezged.EzGedEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the EzGED snippet of docs/portable.md against the emulator, and checks the page shows it as run. */
class PortableDocSnippetsTest {

  private EzGedEmulator emulator;
  private final List<String> lines = new ArrayList<>();

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    emulator = new EzGedEmulator(MutableClock.startingNow(), 200).start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void ezgedConnect() {
    String baseUrl = emulator.baseUrl();
    String password = "admin";
    // snippet:ezged-connect
    try (DocumentStore store = Gedkit.connect("ezged+" + baseUrl, // e.g. "https://ged.example.com/ezged"
        Map.of("user", "admin", "password", password))) {        // or GEDKIT_EZGED_USER / _PASSWORD
      for (Container view : store.containers("family:1")) {     // the views of a binder
        lines.add(view.id() + " " + view.name());
      }
      for (DocumentInfo file : store.list("record:courriers:107")) { // a record's files, 100 per request
        Path local = dir.resolve(FileNameSanitizer.sanitize(file.name()));
        DownloadResult r = store.download(file.id(), DownloadTarget.toPath(local), TransferListener.none());
        lines.add(file.name() + ": " + r.bytes() + " bytes, " + r.verification()); // VERIFIED against the SHA-1 ripe
      }
    }
    // end-snippet
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("view:2 Courriers à corriger");
    assertThat(lines.get(2)).startsWith("loremipsum.pdf: ").endsWith(" bytes, VERIFIED");
  }

  @Test
  void thePageShowsTheSnippetsAsTested() throws IOException {
    String root = System.getProperty("gedkit.root");
    assumeThat(root).as("system property gedkit.root (set by surefire)").isNotNull();
    Path page = Paths.get(root, "docs", "portable.md");
    Path self = Paths.get(root, "sdk-ezged", "src", "test", "java", "org", "gedkit", "ezged", "store",
        "PortableDocSnippetsTest.java");
    assumeThat(Files.isRegularFile(self)).as("test sources at " + self).isTrue();
    String md = Files.readString(page, StandardCharsets.UTF_8);
    Map<String, String> snippets = snippets(Files.readString(self, StandardCharsets.UTF_8));
    assertThat(snippets).containsOnlyKeys("ezged-connect");
    for (Map.Entry<String, String> s : snippets.entrySet()) {
      Optional<String> block = block(md, s.getKey());
      assertThat(block).as("docs/portable.md has a block marked <!-- snippet:" + s.getKey() + " -->").isPresent();
      assertThat(block.get()).as("snippet " + s.getKey() + " in the page").isEqualTo(s.getValue());
    }
    assertThat(md).contains("| EzGED | yes (families → views → records) | yes (a record's files) | yes | yes | yes | yes"
        + " (into a record) | – |");
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
