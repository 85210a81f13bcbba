package org.gedkit.ezged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.ServerException;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.ezged.model.FileRevision;
import org.gedkit.testkit.Fault;
import org.gedkit.testkit.ezged.EzGedEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regressions found by the cross-adapter fault matrix and bad-input suite (integration-tests, docs/reliability.md). */
class EzGedReliabilityTest {

  @TempDir
  Path tmp;

  EzGedEmulator emulator;
  EzGedClient client;

  @BeforeEach
  void start() {
    emulator = new EzGedEmulator(org.gedkit.testkit.MutableClock.startingNow(), 200).start();
    client = EzGedClient.builder().baseUrl(emulator.baseUrl()).credentials("admin", "admin")
        .sleeper(d -> { }).retryPolicy(RetryPolicy.defaults()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  private static <T extends Throwable> T thrown(Class<T> type, Runnable call) {
    Throwable t = catchThrowable(call::run);
    assertThat(t).isInstanceOf(type);
    return type.cast(t);
  }

  @Test
  void anUploadReplyOfTheWrongShapeIsAProtocolErrorNotARefusal() {
    client.session().login();
    emulator.faults().next(1, "POST", "/data/pupload\\.php", Fault.wrongShape("[1,2,3]"));
    ProtocolException e = thrown(ProtocolException.class,
        () -> client.uploads().upload(UploadSource.ofBytes(new byte[] {1, 2}, "a.pdf"), UploadOptions.defaults()));
    assertThat(e).isNotInstanceOf(ServerException.class);
    assertThat(e.getMessage()).contains("success");
    assertThat(e.backend()).isEqualTo("ezged");
    // a real refusal is still a ServerException
    emulator.uploadToken("another");
    thrown(ServerException.class,
        () -> client.uploads().upload(UploadSource.ofBytes(new byte[] {1, 2}, "a.pdf"), UploadOptions.defaults()));
  }

  @Test
  void anUploadFileNameHoldingAPathIsRefusedBeforeSending() {
    for (String name : new String[] {"../a.pdf", "a/b.pdf", "a\\b.pdf", "..", "a\nb.pdf"}) {
      InvalidArgumentException e = thrown(InvalidArgumentException.class, () -> client.uploads()
          .upload(UploadSource.ofBytes(new byte[] {1}, name), UploadOptions.defaults()));
      assertThat(e.getMessage()).contains("fileName");
    }
    InvalidArgumentException missing = thrown(InvalidArgumentException.class,
        () -> client.uploads().upload(tmp.resolve("missing.pdf")));
    assertThat(missing.getMessage()).contains("file");
    assertThat(missing.backend()).isEqualTo("ezged");
    assertThat(emulator.requests()).as("nothing sent, not even a login").isEmpty();
  }

  @Test
  void uploadOptionsAreChecked() {
    assertThat(thrown(InvalidArgumentException.class, () -> new UploadOptions("hot", null, TransferListener.none()))
        .getMessage()).contains("mode");
    for (String dir : new String[] {"..", ".", "a/b", "a\\b", " "}) {
      assertThat(thrown(InvalidArgumentException.class, () -> UploadOptions.defaults().toWaitDir(dir)).getMessage())
          .contains("waitDir");
    }
    assertThat(thrown(InvalidArgumentException.class, () -> UploadOptions.defaults().toWaitDir(null)).getMessage())
        .contains("waitDir");
    assertThat(thrown(InvalidArgumentException.class, () -> UploadOptions.defaults().withListener(null)).getMessage())
        .contains("listener");
    assertThat(UploadOptions.defaults().toWaitDir("scans").modeValue()).contains(UploadOptions.MODE_COLD);
  }

  @Test
  void builderAndOptionArgumentsAreInvalidArgumentsNamingThem() {
    Map<String, Runnable> calls = new LinkedHashMap<>();
    calls.put("credentials", () -> EzGedClient.builder().credentials((org.gedkit.core.auth.Credentials) null));
    calls.put("login", () -> EzGedClient.builder().credentials(" ", "pw"));
    calls.put("password", () -> EzGedClient.builder().credentials("a", null));
    calls.put("md5Hex", () -> EzGedClient.builder().hashedCredentials("a", "xyz"));
    calls.put("clock", () -> EzGedClient.builder().clock(null));
    calls.put("sleeper", () -> EzGedClient.builder().sleeper(null));
    calls.put("retryPolicy", () -> EzGedClient.builder().retryPolicy(null));
    calls.put("okHttpClient", () -> EzGedClient.builder().okHttpClient(null));
    calls.put("connectTimeout", () -> EzGedClient.builder().connectTimeout(Duration.ZERO));
    calls.put("readTimeout", () -> EzGedClient.builder().readTimeout(Duration.ofSeconds(-1)));
    calls.put("direction", () -> ExecOptions.builder().orderBy("c.F", null));
    calls.put("operator", () -> new QueryFilter.Condition("c.F", null, "x"));
    calls.put("filter field", () -> new QueryFilter.Condition(null, FilterOperator.EQ, "x"));
    calls.put("values", () -> QueryFilter.search().field("c.F").in());
    calls.put("start", () -> new AddPagesOptions(-2, false));
    calls.forEach((argument, call) -> {
      InvalidArgumentException e = thrown(InvalidArgumentException.class, call);
      assertThat(e.getMessage()).as(argument).contains(argument);
      assertThat(e.backend()).as(argument).isEqualTo("ezged");
    });
  }

  @Test
  void aLoginThatTimesOutIsSentAgain() {
    try (EzGedClient slow = EzGedClient.builder().baseUrl(emulator.baseUrl()).credentials("admin", "admin")
        .sleeper(d -> { }).readTimeout(Duration.ofMillis(200)).build()) {
      emulator.faults().next(1, "POST", "/data/service\\.php\\?service=sec/authenticate",
          Fault.delay(Duration.ofSeconds(1)));
      assertThat(slow.session().login().language()).contains("fr_FR");
      assertThat(emulator.count(c -> "sec/authenticate".equals(c.query().get("service")))).isEqualTo(2);
    }
  }

  @Test
  void anInsertWhoseConnectionIsResetIsNotSentAgain() {
    client.session().login(); // the connection is pooled: OkHttp would silently replay on a fresh one
    emulator.faults().next(1, "POST", "/data/service\\.php\\?service=doctbl/insertrow", Fault.resetBeforeReply());
    TransportException e = thrown(TransportException.class,
        () -> client.records().insert("notes", Map.of("TEXT", "once")));
    assertThat(e.isRetryable()).as("the outcome is unknown: not advised").isFalse();
    assertThat(emulator.count(c -> c.method().equals("POST") && "doctbl/insertrow".equals(c.query().get("service"))))
        .as("sent once").isEqualTo(1);
    assertThat(emulator.record("notes", 1)).isEmpty();
  }

  @Test
  void aDownloadCutMidBodyResumesWithRangeAndIsVerified() {
    FileRevision file = client.files().lastRevisions("courriers", EzGedEmulator.RECORD_WITH_FILE).iterator().next();
    emulator.faults().next(1, "GET", "/data/showdocs\\.php", Fault.resetMidBody());
    Path target = tmp.resolve("doc.pdf");
    DownloadResult r = client.files().download(file, target);
    assertThat(r.bytes()).isEqualTo(file.size());
    assertThat(r.verification()).isEqualTo(org.gedkit.core.transfer.ChecksumVerification.VERIFIED);
    var showdocs = emulator.requests().stream().filter(c -> c.path().endsWith("/showdocs.php")).toList();
    assertThat(showdocs).hasSize(2);
    String range = showdocs.get(1).headers().get("Range");
    if (range != null) { // some bytes arrived before the cut: only the rest was asked for
      assertThat(range).matches("bytes=[1-9]\\d*-");
    }
  }

  @Test
  void aTruncatedOrHtmlShowdocsReplyFailsItsRipeAndLeavesNothing() throws Exception {
    FileRevision file = client.files().lastRevisions("courriers", EzGedEmulator.RECORD_WITH_FILE).iterator().next();
    for (Fault f : new Fault[] {Fault.truncatedBody(), Fault.htmlErrorPage(200), Fault.wrongShape("[1,2,3]")}) {
      emulator.faults().next(1, "GET", "/data/showdocs\\.php", f);
      Path target = tmp.resolve("doc.pdf");
      GedkitException e = thrown(org.gedkit.core.error.ChecksumMismatchException.class,
          () -> client.files().download(file, target));
      assertThat(e.backend()).isEqualTo("ezged");
      assertThat(target).doesNotExist();
      try (var left = Files.list(tmp)) {
        assertThat(left).isEmpty();
      }
    }
  }
}
