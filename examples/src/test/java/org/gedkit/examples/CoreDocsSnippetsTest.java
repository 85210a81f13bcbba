package org.gedkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import okhttp3.MediaType;
import org.gedkit.core.auth.IssuedSession;
import org.gedkit.core.auth.SessionAuthorizer;
import org.gedkit.core.auth.SessionManager;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.HttpTransport;
import org.gedkit.core.paging.Page;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.core.transfer.ChecksumVerification;
import org.gedkit.core.transfer.DownloadOptions;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.Downloads;
import org.gedkit.core.transfer.ProgressTracker;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.ezged.ExecOptions;
import org.gedkit.ezged.EzGedClient;
import org.gedkit.ezged.model.Row;
import org.gedkit.testkit.EmulatorRequest;
import org.gedkit.testkit.EmulatorServer;
import org.gedkit.testkit.Fault;
import org.gedkit.testkit.MutableClock;
import org.gedkit.testkit.ezged.EzGedEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the snippets of docs/errors.md, docs/paging.md, docs/sessions.md and docs/transfers.md
 * ({@link DocSnippetsTest} checks the pages show exactly this code).
 */
class CoreDocsSnippetsTest {

  @TempDir
  Path dir;

  /** A tiny server: {@code /api/items?offset&limit} pages 1 234 items; {@code /files/report.pdf} serves bytes. */
  static final class ItemsServer extends EmulatorServer {
    static final byte[] FILE = "%PDF-1.4 gedkit".repeat(1000).getBytes(StandardCharsets.UTF_8);

    ItemsServer() {
      super(MutableClock.startingNow());
    }

    @Override
    protected MockResponse handle(EmulatorRequest r) {
      if (r.path().equals("/api/items")) {
        int offset = Integer.parseInt(r.query("offset").orElse("0"));
        int limit = Integer.parseInt(r.query("limit").orElse("10"));
        List<Map<String, Object>> items = IntStream.range(offset, Math.min(1234, offset + limit))
            .mapToObj(i -> Map.<String, Object>of("id", i)).toList();
        return json(200, Map.of("items", items, "total", 1234));
      }
      return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/pdf")
          .body(new okio.Buffer().write(FILE)).build();
    }
  }

  /** One listed item. */
  record Item(long id) {}

  /** The listing reply. */
  record ItemsReply(List<Item> items, long total) {}

  @Test
  void errors_snippet() throws Exception {
    try (EzGedEmulator emulator = new EzGedEmulator(MutableClock.startingNow(), 200).start();
        EzGedClient ezged = EzGedClient.builder().baseUrl(emulator.baseUrl()).credentials("admin", "admin").build()) {
      long fileId = emulator.fileIds("courriers", 107).get(0);
      String ripe = emulator.ripe(fileId).orElseThrow();
      emulator.faults().next(1, "GET", ".*showdocs.*", Fault.status(404));
      GedkitException last = null;
      // snippet:errors
      try {
        ezged.files().download(fileId, ripe, DownloadTarget.toPath(dir.resolve("a.pdf")), TransferListener.none());
      } catch (GedkitException e) {
        e.backend();        // "ezged"
        e.operation();      // the operation, e.g. "files.download"
        e.httpMethod();     // Optional[GET]
        e.redactedUrl();    // Optional[http://127.0.0.1:port/data/showdocs.php?fsfileid=…&sessionid=***]
        e.status();         // OptionalInt[404]
        e.vendorCode();     // the vendor's own code, e.g. "DUPLICATE-ORDER-KEY" on Qorus
        e.vendorMessage();  // the vendor's own message
        e.isRetryable();    // whether trying again may help
        e.reason();         // the message without the context
        last = e;
      }
      // end
      assertThat(last).isInstanceOf(NotFoundException.class);
      assertThat(last.backend()).isEqualTo("ezged");
      assertThat(last.status()).hasValue(404);
      assertThat(last.redactedUrl().orElseThrow()).contains("showdocs.php").doesNotContain(ripe + "x");
      assertThat(dir.resolve("a.pdf")).doesNotExist();
    }
  }

  @Test
  void paging_snippets() {
    try (EzGedEmulator emulator = new EzGedEmulator(MutableClock.startingNow(), 1200).start();
        EzGedClient ezged = EzGedClient.builder().baseUrl(emulator.baseUrl()).credentials("admin", "admin").build()) {
      long count = 0;
      long pages = 0;
      // snippet:paging-use
      PagedIterable<Row> rows = ezged.queries().exec(2, ExecOptions.builder().pageSize(500).build()); // nothing sent yet
      for (Row row : rows) {                                  // pages fetched as you go, one page in memory
        count++;
      }
      List<Row> firstTen = rows.stream().limit(10).toList(); // a lazy stream
      OptionalLong total = rows.totalCount();                // when the server says it
      for (Page<Row> page : rows.pages()) {                  // page by page
        pages++;
      }
      PagedIterable<Row> fromRow500 = rows.skipTo(500);      // offset listings: start further, server-side
      // end
      assertThat(count).isEqualTo(1200);
      assertThat(firstTen).hasSize(10);
      assertThat(pages).isEqualTo(3);
      assertThat(fromRow500.stream().count()).isEqualTo(700);
      assertThat(total).isNotNull();
    }
    try (ItemsServer server = new ItemsServer().start()) {
      HttpTransport transport = HttpTransport.builder("items").baseUrl(server.baseUrl()).build();
      PagedIterable<Item> items = list(transport, 100);
      assertThat(items.totalCount()).hasValue(1234);
      assertThat(items.stream().count()).isEqualTo(1234);
    }
  }

  // snippet:paging-adapter
  PagedIterable<Item> list(HttpTransport transport, int pageSize) {
    return PagedIterable.offsetBased(pageSize, req -> transport.execute(
        ApiRequest.get("items.list").path("api/items").query("offset", req.offset()).query("limit", req.limit()).build(),
        r -> {
          ItemsReply reply = r.json(ItemsReply.class);
          return Page.of(reply.items(), reply.total());
        }));
  }
  // end

  private final List<String> loggedOut = new ArrayList<>();

  String login() {
    return "session-1";
  }

  void logout(String session) {
    loggedOut.add(session);
  }

  @Test
  void sessions_snippet() {
    Clock clock = MutableClock.startingNow();
    String url = "https://ged.example.com/ezged";
    // snippet:sessions
    SessionManager<String> sessions = SessionManager.builder("ezged",
            () -> IssuedSession.of(login()))                       // or IssuedSession.expiringAt(token, instant)
        .logout(session -> logout(session))                        // called once by close()
        .clock(clock)                                              // tests inject a MutableClock
        .renewBefore(Duration.ofSeconds(30))                       // for sessions with a known expiry
        .build();
    HttpTransport transport = HttpTransport.builder("ezged").baseUrl(url)
        .authorizer(new SessionAuthorizer<>(sessions, (s, target) -> target.formField("sessionid", s)))
        .build();
    // end
    assertThat(transport.baseUrl().toString()).startsWith(url);
    assertThat(sessions.current()).isEqualTo("session-1");
    sessions.close();
    sessions.close();
    assertThat(loggedOut).containsExactly("session-1");
  }

  @Test
  void transfers_snippets() throws Exception {
    Path file = Files.write(dir.resolve("report.pdf"), ItemsServer.FILE);
    byte[] bytes = ItemsServer.FILE;
    InputStream in = new ByteArrayInputStream(bytes);
    long length = bytes.length;
    UploadSource source = UploadSource.ofPath(file);
    long offset = 100;
    MediaType mediaType = MediaType.get("application/pdf");
    ProgressTracker tracker = new ProgressTracker(TransferListener.none(), "report.pdf", length, Clock.systemUTC());
    // snippet:upload-sources
    UploadSource.ofPath(file);                              // replayable: retries and resumes are safe
    UploadSource.ofBytes(bytes, "report.pdf");              // replayable
    UploadSource.ofStream(in, length, "report.pdf");        // read once, in order; never retried
    source.slice(offset, length - offset);                  // a part, for chunked uploads
    source.toRequestBody(mediaType, tracker);               // an OkHttp body counting progress
    // end
    assertThat(source.slice(offset, length - offset).length()).isEqualTo(length - offset);

    try (ItemsServer server = new ItemsServer().start()) {
      HttpTransport transport = HttpTransport.builder("files").baseUrl(server.baseUrl()).build();
      ApiRequest request = ApiRequest.get("files.download").path("files/report.pdf").build();
      String hexFromServer = Checksum.compute(ChecksumAlgorithm.SHA1, bytes).hex();
      TransferListener listener = TransferListener.none();
      String name = "copy.pdf";
      // snippet:download
      DownloadResult r = Downloads.download(transport, request, DownloadTarget.toPath(dir.resolve(name)),
          DownloadOptions.builder()
              .expectedChecksum(Checksum.of(ChecksumAlgorithm.SHA1, hexFromServer))  // or computeChecksum(alg)
              .listener(listener)
              .maxResumes(5)
              .build());
      r.verification();   // VERIFIED, NOT_VERIFIABLE (computed, nothing to compare with) or NOT_REQUESTED
      r.checksum(); r.bytes(); r.resumes(); r.path();
      // end
      assertThat(r.verification()).isEqualTo(ChecksumVerification.VERIFIED);
      assertThat(Files.readAllBytes(dir.resolve(name))).isEqualTo(bytes);
    }
  }
}
