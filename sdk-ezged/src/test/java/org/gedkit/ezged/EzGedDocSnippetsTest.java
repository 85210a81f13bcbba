package org.gedkit.ezged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.FileNameSanitizer;
import org.gedkit.ezged.model.ActivityLog;
import org.gedkit.ezged.model.FileRevision;
import org.gedkit.ezged.model.Job;
import org.gedkit.ezged.model.Row;
import org.gedkit.ezged.model.SessionInfo;
import org.gedkit.ezged.model.UploadResult;
import org.gedkit.ezged.model.ViewNode;
import org.gedkit.ezged.model.ViewTree;
import org.gedkit.testkit.ezged.EzGedEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every snippet of docs/ezged.md against the emulator; the text between {@code // snippet:name} and
 * {@code // end:name} must appear verbatim (indentation aside) in the guide.
 */
class EzGedDocSnippetsTest {

  @TempDir
  Path out;

  EzGedEmulator emulator;
  EzGedClient ezged;

  @BeforeEach
  void start() {
    emulator = new EzGedEmulator().start();
    ezged = EzGedClient.builder().baseUrl(emulator.baseUrl()).credentials("admin", "admin").clock(emulator.clock())
        .sleeper(d -> emulator.clock().advance(d)).build();
  }

  @AfterEach
  void stop() {
    ezged.close();
    emulator.close();
  }

  @Test
  void connect() {
    String url = emulator.baseUrl();
    // snippet:connect
    try (EzGedClient ezged = EzGedClient.builder()
        .baseUrl(url)                      // the EzGED root, e.g. https://ged.example.com/ezged
        .credentials("admin", "admin")     // clear password: the SDK sends its MD5
        .build()) {
      SessionInfo me = ezged.session().login();
      System.out.println("language: " + me.language().orElse("?"));
    }
    // end:connect
    assertThat(emulator.logins()).isEqualTo(1);
    assertThat(emulator.openSessions()).isZero();
  }

  @Test
  void pageThroughAView() {
    // snippet:paging
    ViewTree tree = ezged.queries().tree();
    ViewNode view = tree.findQuery("Courriers à corriger").orElseThrow();
    long count = 0;
    for (Row row : ezged.queries().exec(view.id().getAsLong(), ExecOptions.builder().pageSize(500).build())) {
      String subject = row.string("COURRIERS_OBJET").orElse("");
      long id = row.longValue("COURRIERS_ID").orElseThrow();
      count++;
    }
    // end:paging
    assertThat(count).isEqualTo(10_000);
  }

  @Test
  void filter() {
    // snippet:filter
    QueryFilter invoices = QueryFilter.user()
        .field("courriers.COURRIERS_OBJET").like("Facture%")
        .field("courriers.COURRIERS_ID").ge(5000)
        .build();
    List<Row> latest = ezged.queries()
        .exec(2, ExecOptions.builder().filter(invoices).orderBy("courriers.COURRIERS_ID", SortDirection.DESC).build())
        .stream().limit(50).toList();
    // end:filter
    assertThat(latest).hasSize(50);
    assertThat(latest.get(0).longValue("COURRIERS_ID")).hasValue(10_000);
  }

  @Test
  void uploadAttachDownload() throws IOException {
    Path scan = Files.writeString(out.resolve("scan.pdf"), "%PDF-1.4 scanned");
    Path downloads = out.resolve("downloads");
    // snippet:files
    UploadResult uploaded = ezged.uploads().upload(scan);
    long jobId = ezged.jobs().addPages("courriers", 108, uploaded.filePath());
    Job job = ezged.jobs().waitFor(jobId, Duration.ofMinutes(2));
    FileRevision file = ezged.files().lastRevisions("courriers", 108).stream().findFirst().orElseThrow();
    DownloadResult result = ezged.files().download(file, downloads.resolve(FileNameSanitizer.sanitize(file.name())));
    System.out.println(result.verification()); // VERIFIED: the bytes match the SHA-1 ripe
    // end:files
    assertThat(job.failed()).isFalse();
    assertThat(downloads.resolve("scan.pdf")).hasContent("%PDF-1.4 scanned");
  }

  @Test
  void records() {
    // snippet:records
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("COURRIERS_OBJET", "Contrat signé");
    values.put("COURRIERS_DATE", LocalDateTime.of(2024, 3, 1, 9, 30));
    long id = ezged.records().insert("courriers", values).id();
    ezged.records().update("courriers", "COURRIERS_ID", id, Map.of("COURRIERS_OBJET", "Contrat signé (v2)"));
    ActivityLog history = ezged.activity().forRecord("courriers", id);
    ezged.records().deleteWithFiles("courriers", "COURRIERS_ID", id, 2);
    // end:records
    assertThat(history.entries()).hasSize(2);
    assertThat(emulator.record("courriers", id)).isEmpty();
  }

  @Test
  void errors() {
    emulator.maxSessions(0);
    String handled = null;
    // snippet:errors
    try {
      ezged.queries().tree();
    } catch (EzGedSessionLimitException e) {
      // errorcode -18: too many sessions; log out elsewhere or wait for idle ones to expire (60 s)
      handled = "limit";
    } catch (GedkitException e) {
      System.err.println(e.vendorCode().orElse("-") + " " + e.getMessage());
    }
    // end:errors
    assertThat(handled).isEqualTo("limit");
  }

  @Test
  void keepAlive() {
    String url = emulator.baseUrl();
    // snippet:keepalive
    try (EzGedClient ezged = EzGedClient.builder().baseUrl(url).credentials("admin", "admin")
        .keepAlive(true)                   // ping secses/keepalive after 30 s idle
        .build()) {
      ezged.session().login();
    }
    // end:keepalive
    assertThat(emulator.openSessions()).isZero();
  }

  @Test
  void emulator() {
    // snippet:emulator
    try (EzGedEmulator emulator = new EzGedEmulator().start();
        EzGedClient ezged = EzGedClient.builder().baseUrl(emulator.baseUrl()).credentials("admin", "admin").build()) {
      emulator.clock().advance(Duration.ofSeconds(61)); // sessions expire after 60 s idle on this clock
      System.out.println(ezged.queries().tree().queries()); // view 2 "Courriers à corriger", 10 000 rows
    }
    // end:emulator
  }

  @Test
  void everySnippetIsInTheGuide() throws IOException {
    String root = System.getProperty("gedkit.root");
    assumeTrue(root != null, "gedkit.root is not set");
    Path guide = Path.of(root, "docs", "ezged.md");
    Path self = Path.of(root, "sdk-ezged", "src", "test", "java", "org", "gedkit", "ezged",
        "EzGedDocSnippetsTest.java");
    assumeTrue(Files.isRegularFile(self), "test sources not found under " + root);
    assertThat(guide).exists();
    String md = normalise(Files.readString(guide));
    Matcher m = Pattern.compile("// snippet:(\\w+)\\n(.*?)\\n\\s*// end:\\1", Pattern.DOTALL)
        .matcher(Files.readString(self));
    int n = 0;
    while (m.find()) {
      n++;
      assertThat(md).as("snippet %s in docs/ezged.md", m.group(1)).contains(normalise(m.group(2)));
      assertThat(md).contains("<!-- snippet:" + m.group(1) + " -->");
    }
    assertThat(n).isEqualTo(8);
  }

  private static String normalise(String s) {
    return s.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
  }
}
