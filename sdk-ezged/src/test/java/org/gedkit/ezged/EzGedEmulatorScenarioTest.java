package org.gedkit.ezged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.core.paging.Page;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.core.transfer.ChecksumVerification;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.ezged.model.ActivityLog;
import org.gedkit.ezged.model.FileRevision;
import org.gedkit.ezged.model.GlobalSearchResult;
import org.gedkit.ezged.model.InsertedRecord;
import org.gedkit.ezged.model.Job;
import org.gedkit.ezged.model.JobStatus;
import org.gedkit.ezged.model.Row;
import org.gedkit.ezged.model.UploadResult;
import org.gedkit.testkit.Fault;
import org.gedkit.testkit.ezged.EzGedEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Realistic sequences against the stateful EzGED emulator. */
class EzGedEmulatorScenarioTest {

  @TempDir
  Path tmp;

  EzGedEmulator emulator;
  EzGedClient client;

  @BeforeEach
  void start() {
    emulator = new EzGedEmulator().start();
    client = client().build();
  }

  EzGedClient.Builder client() {
    return EzGedClient.builder().baseUrl(emulator.baseUrl()).credentials("admin", "admin").clock(emulator.clock())
        .sleeper(d -> emulator.clock().advance(d))
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build());
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  long execCalls() {
    return emulator.count(c -> "query/getexec".equals(c.query().get("service")));
  }

  @Test
  void pagesThrough10000RowsLazilyWithOneRequestPerPage() {
    long seen = 0;
    long lastId = 0;
    Iterator<Row> it = client.queries().exec(EzGedEmulator.COURRIERS_QUERY_ID,
        ExecOptions.builder().pageSize(500).build()).iterator();
    assertThat(execCalls()).as("nothing fetched before iteration").isZero();
    while (it.hasNext()) {
      Row row = it.next();
      if (seen == 0 || seen == 500) {
        assertThat(execCalls()).as("one page in memory at a time").isEqualTo(seen / 500 + 1);
      }
      long id = row.longValue("COURRIERS_ID").orElseThrow();
      assertThat(id).isEqualTo(lastId + 1);
      lastId = id;
      seen++;
    }
    assertThat(seen).isEqualTo(10_000);
    assertThat(execCalls()).isEqualTo(20);
  }

  @Test
  void a503OnAPageIsRetriedAndAnHtmlErrorPageIsAProtocolError() {
    emulator.faults().next(1, "GET", ".*/service\\.php", Fault.status(503));
    ExecOptions opts = ExecOptions.builder().pageSize(5000).build();
    assertThat(client.queries().exec(EzGedEmulator.COURRIERS_QUERY_ID, opts).stream().count()).isEqualTo(10_000);
    emulator.faults().next(1, "GET", ".*/service\\.php", Fault.htmlErrorPage(502));
    emulator.faults().next(1, "GET", ".*/service\\.php", Fault.htmlErrorPage(200));
    assertThatThrownBy(() -> client.queries().tree()).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("text/html");
  }

  @Test
  void sessionExpiresMidPagingAndIsRenewedExactlyOnce() {
    long seen = 0;
    int pages = 0;
    for (Page<Row> page : client.queries().exec(EzGedEmulator.COURRIERS_QUERY_ID,
        ExecOptions.builder().pageSize(1000).build()).pages()) {
      seen += page.items().size();
      if (++pages == 5) {
        emulator.clock().advance(Duration.ofSeconds(61));
      }
    }
    assertThat(seen).isEqualTo(10_000);
    assertThat(emulator.expiredReplies()).isEqualTo(1);
    assertThat(emulator.logins()).isEqualTo(2);
    assertThat(client.session().loginCount()).isEqualTo(2);
  }

  @Test
  void manyThreadsOnAnExpiredSessionLogInOnlyOnce() throws Exception {
    client.session().login();
    emulator.clock().advance(Duration.ofSeconds(61));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Long>> counts = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        counts.add(pool.submit(() -> client.queries().exec(EzGedEmulator.COURRIERS_QUERY_ID,
            ExecOptions.builder().pageSize(2500).build()).stream().count()));
      }
      for (Future<Long> f : counts) {
        assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(10_000);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(emulator.logins()).isEqualTo(2);
    assertThat(client.session().loginCount()).isEqualTo(2);
  }

  @Test
  void filtersTheViewInBothForms() {
    ExecOptions user = ExecOptions.builder().pageSize(1000)
        .filter(QueryFilter.user().field("courriers.COURRIERS_OBJET").like("Facture%").build()).build();
    assertThat(client.queries().exec(EzGedEmulator.COURRIERS_QUERY_ID, user).stream().count()).isEqualTo(2000);
    ExecOptions search = ExecOptions.builder()
        .filter(QueryFilter.search().field("courriers.COURRIERS_ID").ge(9990).field("courriers.COURRIERS_ID")
            .notEqual(9995).build())
        .orderBy("courriers.COURRIERS_ID", SortDirection.DESC).build();
    List<Long> ids = client.queries().exec(EzGedEmulator.COURRIERS_QUERY_ID, search).stream()
        .map(r -> r.longValue("COURRIERS_ID").orElseThrow()).toList();
    assertThat(ids).containsExactly(10_000L, 9999L, 9998L, 9997L, 9996L, 9994L, 9993L, 9992L, 9991L, 9990L);
    ExecOptions in = ExecOptions.builder()
        .filter(QueryFilter.user().field("courriers.COURRIERS_ID").in(3, 5, 8).build()).build();
    assertThat(client.queries().exec(EzGedEmulator.COURRIERS_QUERY_ID, in).toList()).hasSize(3);
  }

  @Test
  void treeAndGlobalSearch() {
    assertThat(client.queries().tree().findQuery("Courriers à corriger").orElseThrow().id())
        .hasValue(EzGedEmulator.COURRIERS_QUERY_ID);
    GlobalSearchResult res = client.queries().globalSearch(List.of("Relance"), new GlobalSearchOptions(10, false));
    assertThat(res.families()).hasSize(1);
    assertThat(res.families().get(0).count()).isEqualTo(2000);
    assertThat(res.hits()).hasSize(9);
  }

  @Test
  void uploadAddPagesWaitForTheJobAndDownloadWithSha1Check() throws Exception {
    byte[] content = new byte[300_000];
    new Random(7).nextBytes(content);
    Path src = tmp.resolve("scan.pdf");
    Files.write(src, content);
    UploadResult up = client.uploads().upload(src);
    assertThat(up.filePath()).endsWith("\\enqueued\\scan.pdf");

    long job = client.jobs().addPages("courriers", 108, up.filePath());
    Job done = client.jobs().waitFor(job, Duration.ofMinutes(1));
    assertThat(done.status()).isEqualTo(JobStatus.PURGEABLE);

    FileRevision file = client.files().lastRevisions("courriers", 108).stream().findFirst().orElseThrow();
    assertThat(file.ripe()).isEqualTo(Checksum.compute(ChecksumAlgorithm.SHA1, content).hex());
    Path target = tmp.resolve("down/scan.pdf");
    DownloadResult res = client.files().download(file, target);
    assertThat(res.verification()).isEqualTo(ChecksumVerification.VERIFIED);
    assertThat(Files.readAllBytes(target)).isEqualTo(content);
    assertThat(emulator.writes()).isEqualTo(2);
  }

  @Test
  void droppedConnectionDuringDownloadResumesWithRange() throws Exception {
    FileRevision file = client.files().lastRevisions("courriers", EzGedEmulator.RECORD_WITH_FILE).toList().get(0);
    emulator.faults().next(1, "GET", ".*/showdocs\\.php", Fault.resetMidBody());
    Path target = tmp.resolve("lorem.pdf");
    DownloadResult res = client.files().download(file, target);
    assertThat(res.resumes()).isEqualTo(1);
    assertThat(res.verification()).isEqualTo(ChecksumVerification.VERIFIED);
    assertThat(Checksum.compute(ChecksumAlgorithm.SHA1, target).hex()).isEqualTo(file.ripe());
    assertThat(emulator.requests().stream().filter(c -> c.path().endsWith("showdocs.php"))
        .map(c -> c.headers().get("Range")).toList()).hasSize(2).first().isNull();
    try (var files = Files.list(tmp)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void connectionThatKeepsDroppingFailsClearlyAndLeavesNothing() throws Exception {
    FileRevision file = client.files().lastRevisions("courriers", EzGedEmulator.RECORD_WITH_FILE).toList().get(0);
    emulator.faults().next(20, "GET", ".*/showdocs\\.php", Fault.resetMidBody());
    Path target = tmp.resolve("lorem.pdf");
    assertThatThrownBy(() -> client.files().download(file, target)).isInstanceOf(TransportException.class)
        .hasMessageContaining("cut");
    try (var files = Files.list(tmp)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void insertUpdateActivityAndDelete() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("COURRIERS_OBJET", "Nouveau courrier");
    values.put("COURRIERS_FROM", "me@example.com");
    InsertedRecord rec = client.records().insert("courriers", values);
    assertThat(rec.id()).isEqualTo(10_001);
    client.records().update("courriers", "COURRIERS_ID", rec.id(), Map.of("COURRIERS_OBJET", "Renommé"));
    assertThat(emulator.record("courriers", rec.id()).orElseThrow()).containsEntry("COURRIERS_OBJET", "Renommé");
    ActivityLog log = client.activity().forRecord("courriers", rec.id());
    assertThat(log.entries()).extracting(e -> e.action()).containsExactly("M", "C");
    assertThat(log.totalCount()).hasValue(2);
    client.records().deleteWithFiles("courriers", "COURRIERS_ID", rec.id(), EzGedEmulator.COURRIERS_QUERY_ID);
    assertThat(emulator.record("courriers", rec.id())).isEmpty();
    assertThat(emulator.writes()).isEqualTo(3);
  }

  @Test
  void tooManySessionsIsTyped() {
    emulator.maxSessions(1);
    client.session().login();
    try (EzGedClient other = client().build()) {
      assertThatThrownBy(() -> other.queries().tree()).isInstanceOf(EzGedSessionLimitException.class);
    }
    client.close();
    assertThat(emulator.openSessions()).isZero();
  }

  @Test
  void wrongPasswordIsRefused() {
    try (EzGedClient bad = EzGedClient.builder().baseUrl(emulator.baseUrl()).credentials("admin", "nope").build()) {
      assertThatThrownBy(bad.session()::login)
          .isInstanceOf(org.gedkit.core.error.AuthenticationException.class);
    }
    assertThat(emulator.logins()).isZero();
  }
}
