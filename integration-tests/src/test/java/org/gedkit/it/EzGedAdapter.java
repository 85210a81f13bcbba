package org.gedkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gedkit.core.error.ChecksumMismatchException;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.ezged.AddPagesOptions;
import org.gedkit.ezged.EzGedClient;
import org.gedkit.ezged.ExecOptions;
import org.gedkit.ezged.FilterOperator;
import org.gedkit.ezged.GlobalSearchOptions;
import org.gedkit.ezged.QueryFilter;
import org.gedkit.ezged.SortDirection;
import org.gedkit.ezged.UploadOptions;
import org.gedkit.ezged.model.InsertedRecord;
import org.gedkit.ezged.model.Row;
import org.gedkit.ezged.model.UploadResult;
import org.gedkit.testkit.EmulatorServer;
import org.gedkit.testkit.MutableClock;
import org.gedkit.testkit.ezged.EzGedEmulator;

/**
 * EzGED: {@code service.php} web services with a session id ({@code sessionid}, query or form) from
 * {@code sec/authenticate}, expiring; a record's activity (read), a view paged with {@code limitstart} (list), a
 * file from {@code showdocs.php} verified against its SHA-1 ripe (download), a record created with
 * {@code doctbl/insertrow} (write, a plain POST) and a file sent to {@code pupload.php} (upload, one multipart POST).
 * Every service shares the path {@code /data/service.php}: the faults target one service through the query.
 */
final class EzGedAdapter extends AdapterUnderTest {

  static final String LOGIN = "it-archivist";
  static final String PASSWORD = "ezg-it-pw-6a2d9f13";
  static final String PASSWORD_MD5 = md5(PASSWORD);
  static final String UPLOAD_TOKEN = "ezg-it-upl-4e7b1c985d";
  /** Rows of the view: 5 pages of {@link #PAGE}, the last one short. */
  static final int ROWS = 110;
  static final int PAGE = 25;
  static final String TABLE = "courriers";
  /** The table the write creates records in (not the listed one, so listings keep their count). */
  static final String NOTES = "itnotes";
  static final byte[] FILE = ("%PDF-1.4\n% Gedkit integration-test file\n" + "archive line\n".repeat(16_000))
      .getBytes(StandardCharsets.ISO_8859_1);

  /** The file added to every fresh emulator (the ids are the same on every emulator: same seed). */
  private volatile long fileId;

  @Override
  String name() {
    return "ezged";
  }

  @Override
  EmulatorServer newEmulator() {
    EzGedEmulator e = new EzGedEmulator(MutableClock.startingNow(), ROWS).withUser(LOGIN, PASSWORD)
        .uploadToken(UPLOAD_TOKEN);
    fileId = e.addFile(TABLE, EzGedEmulator.RECORD_WITH_FILE, "it-archive.pdf", "application/pdf", FILE);
    return e;
  }

  @Override
  AutoCloseable newClient(String baseUrl, Settings s) {
    EzGedClient.Builder b = EzGedClient.builder()
        .baseUrl(baseUrl)
        .credentials(LOGIN, PASSWORD)
        .uploadToken(UPLOAD_TOKEN)
        .sleeper(s.sleeper())
        .retryPolicy(s.retryPolicy())
        .readTimeout(s.readTimeout());
    if (s.okHttpClient() != null) {
      b.okHttpClient(s.okHttpClient());
    }
    return b.build();
  }

  private static EzGedClient c(AutoCloseable client) {
    return (EzGedClient) client;
  }

  /** The path and query of one service (the session id comes last, in the query of a GET). */
  private static String service(String name) {
    return "/data/service\\.php\\?service=" + name + "(&.*)?";
  }

  @Override
  List<Op> operations() {
    return List.of(
        new Op("activity.forRecord", Kind.READ, "GET", service("log/getactivity"),
            (client, target, midway) -> c(client).activity().forRecord(TABLE, EzGedEmulator.RECORD_WITH_FILE)
                .entries().size()),
        new Op("queries.exec", Kind.LIST, "GET", service("query/getexec"),
            (client, target, midway) -> {
              Iterator<Row> it = c(client).queries()
                  .exec(EzGedEmulator.COURRIERS_QUERY_ID, ExecOptions.builder().pageSize(PAGE).build()).iterator();
              int n = 0;
              while (it.hasNext()) {
                it.next();
                if (++n == PAGE) {
                  midway.run();
                }
              }
              return n;
            }),
        new Op("files.download", Kind.DOWNLOAD, "GET", "/data/showdocs\\.php",
            (client, target, midway) -> c(client).files().download(fileId, sha1(FILE), DownloadTarget.toPath(target),
                TransferListener.none()).bytes()),
        // doctbl/insertrow: a form POST the SDK does not mark idempotent (a replay would create a second record)
        new Op("records.insert", Kind.WRITE, "POST", service("doctbl/insertrow"),
            (client, target, midway) -> {
              midway.run();
              Map<String, Object> values = new LinkedHashMap<>();
              values.put("NOTE_TEXT", note(target));
              return c(client).records().insert(NOTES, values);
            }).checkedBy(EzGedAdapter::checkInsert),
        // pupload.php: one multipart POST (EzGED has no chunked upload), not marked idempotent; midway runs
        // before it is sent, so the upload drop hits the upload request itself
        new Op("uploads.upload", Kind.UPLOAD, "POST", "/data/pupload\\.php",
            (client, target, midway) -> {
              Files.write(target, content(target));
              midway.run();
              return c(client).uploads().upload(UploadSource.ofPath(target), UploadOptions.defaults());
            }).checkedBy(EzGedAdapter::checkUpload));
  }

  private static String note(Path target) {
    return "it note " + target.getParent().getFileName() + "/" + target.getFileName();
  }

  /** The content uploaded from {@code target}: specific to its name, 40 kB. */
  static byte[] content(Path target) {
    String name = target.getParent().getFileName() + "/" + target.getFileName();
    return ("upload of " + name + "\n" + (name + " 0123456789abcdef\n").repeat(40_000 / (name.length() + 18)))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The record exists when the call returned; never more than one record holds the note. */
  private static void checkInsert(EmulatorServer emulator, boolean succeeded, Object result, Path target) {
    EzGedEmulator e = (EzGedEmulator) emulator;
    String note = note(target);
    if (succeeded) {
      InsertedRecord r = (InsertedRecord) result;
      assertThat(e.record(NOTES, r.id())).as("the created record").isPresent()
          .get().satisfies(m -> assertThat(m).containsEntry("NOTE_TEXT", note));
    }
    long holding = 0;
    for (long id = 1; ; id++) {
      var rec = e.record(NOTES, id);
      if (rec.isEmpty()) {
        break;
      }
      if (note.equals(rec.get().get("NOTE_TEXT"))) {
        holding++;
      }
    }
    assertThat(holding).as("records holding this note (never created twice)").isLessThanOrEqualTo(1)
        .isGreaterThanOrEqualTo(succeeded ? 1 : 0);
  }

  /**
   * When the call returned, the spool holds exactly the bytes sent at the path the server answered. When it threw,
   * nothing partial is spooled under the name: either nothing (the server never acted) or the complete file (it
   * acted and the reply was lost; the client reported the upload as not done, and the file is attached to no
   * record until {@code jobs().addPages} is called).
   */
  private static void checkUpload(EmulatorServer emulator, boolean succeeded, Object result, Path source)
      throws Exception {
    Map<String, byte[]> spooled = ((EzGedEmulator) emulator).spooled();
    byte[] sent = Files.readAllBytes(source);
    if (succeeded) {
      String path = ((UploadResult) result).filePath();
      assertThat(spooled).as("the server holds the upload at the path it answered").containsKey(path);
      assertThat(spooled.get(path)).as("the exact bytes").isEqualTo(sent);
    }
    String suffix = "\\" + source.getFileName();
    spooled.forEach((path, bytes) -> {
      if (path.endsWith(suffix)) {
        assertThat(bytes).as("never a partial file under %s", path).isEqualTo(sent);
      }
    });
  }

  @Override
  long listedItems() {
    return ROWS;
  }

  @Override
  long writes(EmulatorServer emulator) {
    // one per applied insert/update/delete, per complete upload, per addpages: user-level, never per request
    return ((EzGedEmulator) emulator).writes();
  }

  @Override
  Expected expectation(Op op, FaultCase fault) {
    if (op.kind() == Kind.UPLOAD) {
      return switch (fault) {
        case RESET_MID_BODY, READ_TIMEOUT, TRUNCATED_BODY -> {
          // the generic outcome, plus where the file is: pupload.php stores it whole, but only in the spool
          Expected generic = Expectations.ofWrite(this, op, fault);
          yield new Expected(generic.error(), generic.retryable(), generic.note() + "; the complete file stays in "
              + "the spool, attached to no record (jobs().addPages was never called)", false, generic.writes());
        }
        default -> null;
      };
    }
    if (op.kind() != Kind.DOWNLOAD) {
      return null;
    }
    return switch (fault) {
      case RESET_MID_BODY -> Expected.recovered("the idempotent GET is sent again, with Range from the last byte "
          + "written (showdocs.php honours it) into the same temporary file; the whole file matches its SHA-1 ripe");
      case TRUNCATED_BODY -> Expected.fails(ChecksumMismatchException.class, true,
          "the cut body does not match the file's SHA-1 ripe (always known for showdocs.php); nothing is written");
      case HTML_PAGE_200 -> Expected.fails(ChecksumMismatchException.class, true,
          "an HTML page does not match the file's SHA-1 ripe (an HTML file may be a real document, so it is not "
              + "refused by type); nothing is written");
      case WRONG_SHAPE -> Expected.fails(ChecksumMismatchException.class, true,
          "JSON that is no EzGED error envelope does not match the file's SHA-1 ripe; nothing is written");
      default -> null;
    };
  }

  @Override
  List<BadInput> badInputs() {
    long rec = EzGedEmulator.RECORD_WITH_FILE;
    Map<String, Object> one = Map.of("F", "v");
    return List.of(
        // queries
        new BadInput("exec(0)", "queryId", (cl, t, m) -> c(cl).queries().exec(0)),
        new BadInput("exec(-2, options)", "queryId", (cl, t, m) -> c(cl).queries().exec(-2, ExecOptions.defaults())),
        new BadInput("exec(2, null)", "options", (cl, t, m) -> c(cl).queries().exec(2, null)),
        new BadInput("pageSize(0)", "pageSize", (cl, t, m) -> ExecOptions.builder().pageSize(0)),
        new BadInput("pageSize(-1)", "pageSize", (cl, t, m) -> ExecOptions.builder().pageSize(-1)),
        new BadInput("orderBy(blank)", "orderBy field", (cl, t, m) -> ExecOptions.builder().orderBy(" ", SortDirection.ASC)),
        new BadInput("orderBy(f, null)", "direction", (cl, t, m) -> ExecOptions.builder().orderBy("c.F", null)),
        new BadInput("filter field null", "filter field", (cl, t, m) -> QueryFilter.search().field(null)),
        new BadInput("filter operator null", "operator", (cl, t, m) -> QueryFilter.user().field("c.F").op(null, "x")),
        new BadInput("filter value null", "value", (cl, t, m) -> QueryFilter.user().field("c.F").eq(null)),
        new BadInput("filter in()", "values", (cl, t, m) -> QueryFilter.search().field("c.F").in()),
        new BadInput("filter no condition", "condition", (cl, t, m) -> QueryFilter.search().build()),
        new BadInput("Condition(blank, ...)", "filter field",
            (cl, t, m) -> new QueryFilter.Condition(" ", FilterOperator.EQ, "x")),
        new BadInput("Condition(f, null, v)", "operator", (cl, t, m) -> new QueryFilter.Condition("c.F", null, "x")),
        new BadInput("tree(blank, root)", "depth", (cl, t, m) -> c(cl).queries().tree(" ", "root")),
        new BadInput("tree(query, null)", "node", (cl, t, m) -> c(cl).queries().tree("query", null)),
        new BadInput("globalSearch(null)", "words", (cl, t, m) -> c(cl).queries().globalSearch(null)),
        new BadInput("globalSearch([])", "words", (cl, t, m) -> c(cl).queries().globalSearch(List.of())),
        new BadInput("globalSearch([blank])", "words", (cl, t, m) -> c(cl).queries().globalSearch(List.of(" "))),
        new BadInput("globalSearch(words, null)", "options",
            (cl, t, m) -> c(cl).queries().globalSearch(List.of("x"), null)),
        new BadInput("GlobalSearchOptions(0)", "maxLines", (cl, t, m) -> new GlobalSearchOptions(0, false)),
        // files
        new BadInput("lastRevisions(blank, 1)", "table", (cl, t, m) -> c(cl).files().lastRevisions(" ", 1)),
        new BadInput("lastRevisions(t, 0)", "rsid", (cl, t, m) -> c(cl).files().lastRevisions(TABLE, 0)),
        new BadInput("lastRevisions(t, 1, 0)", "pageSize", (cl, t, m) -> c(cl).files().lastRevisions(TABLE, 1, 0)),
        new BadInput("lastRevisions(t, 1, -5)", "pageSize", (cl, t, m) -> c(cl).files().lastRevisions(TABLE, 1, -5)),
        new BadInput("download(null, path)", "file",
            (cl, t, m) -> c(cl).files().download((org.gedkit.ezged.model.FileRevision) null, t)),
        new BadInput("download(0, ripe, ...)", "fileId", (cl, t, m) -> c(cl).files().download(0, sha1(FILE),
            DownloadTarget.toPath(t), TransferListener.none())),
        new BadInput("download(id, blank, ...)", "ripe", (cl, t, m) -> c(cl).files().download(5, " ",
            DownloadTarget.toPath(t), TransferListener.none())),
        new BadInput("download(id, ripe, null, ...)", "target", (cl, t, m) -> c(cl).files().download(5, sha1(FILE),
            null, TransferListener.none())),
        new BadInput("download(id, ripe, target, null)", "listener", (cl, t, m) -> c(cl).files().download(5,
            sha1(FILE), DownloadTarget.toPath(t), null)),
        // activity
        new BadInput("forRecord(null, 1)", "table", (cl, t, m) -> c(cl).activity().forRecord(null, 1)),
        new BadInput("forRecord(t, -1)", "rsid", (cl, t, m) -> c(cl).activity().forRecord(TABLE, -1)),
        new BadInput("forRecord(t, 1, null)", "options", (cl, t, m) -> c(cl).activity().forRecord(TABLE, 1, null)),
        new BadInput("forWorkflow(0, options)", "bagId",
            (cl, t, m) -> c(cl).activity().forWorkflow(0, org.gedkit.ezged.ActivityOptions.defaults())),
        // records
        new BadInput("insert(blank, values)", "table", (cl, t, m) -> c(cl).records().insert(" ", one)),
        new BadInput("insert(t, null)", "values", (cl, t, m) -> c(cl).records().insert(NOTES, null)),
        new BadInput("insert(t, {})", "values", (cl, t, m) -> c(cl).records().insert(NOTES, Map.of())),
        new BadInput("insert(t, {blank: v})", "field name", (cl, t, m) -> c(cl).records().insert(NOTES, Map.of(" ", "v"))),
        new BadInput("update(t, null, 1, v)", "idField", (cl, t, m) -> c(cl).records().update(TABLE, null, 1, one)),
        new BadInput("update(t, f, 0, v)", "id", (cl, t, m) -> c(cl).records().update(TABLE, "COURRIERS_ID", 0, one)),
        new BadInput("deleteWithFiles(t, f, 1, -1)", "queryId",
            (cl, t, m) -> c(cl).records().deleteWithFiles(TABLE, "COURRIERS_ID", 1, -1)),
        // uploads and jobs
        new BadInput("upload((Path) null)", "file", (cl, t, m) -> c(cl).uploads().upload((Path) null)),
        new BadInput("upload(missing file)", "file", (cl, t, m) -> c(cl).uploads().upload(t)),
        new BadInput("upload(null, options)", "source",
            (cl, t, m) -> c(cl).uploads().upload(null, UploadOptions.defaults())),
        new BadInput("upload(source, null)", "options",
            (cl, t, m) -> c(cl).uploads().upload(UploadSource.ofBytes(new byte[1], "a.pdf"), null)),
        new BadInput("upload(name ../x.pdf)", "fileName", (cl, t, m) -> c(cl).uploads().upload(
            UploadSource.ofBytes(new byte[1], "../x.pdf"), UploadOptions.defaults())),
        new BadInput("upload(name a\\b.pdf)", "fileName", (cl, t, m) -> c(cl).uploads().upload(
            UploadSource.ofBytes(new byte[1], "a\\b.pdf"), UploadOptions.defaults())),
        new BadInput("UploadOptions mode hot", "mode",
            (cl, t, m) -> new UploadOptions("hot", null, TransferListener.none())),
        new BadInput("toWaitDir(..)", "waitDir", (cl, t, m) -> UploadOptions.defaults().toWaitDir("..")),
        new BadInput("toWaitDir(a/b)", "waitDir", (cl, t, m) -> UploadOptions.defaults().toWaitDir("a/b")),
        new BadInput("toWaitDir(blank)", "waitDir", (cl, t, m) -> UploadOptions.defaults().toWaitDir(" ")),
        new BadInput("withListener(null)", "listener", (cl, t, m) -> UploadOptions.defaults().withListener(null)),
        new BadInput("addPages(blank, 1, f)", "table", (cl, t, m) -> c(cl).jobs().addPages(" ", rec, "f.pdf")),
        new BadInput("addPages(t, 0, f)", "rsid", (cl, t, m) -> c(cl).jobs().addPages(TABLE, 0, "f.pdf")),
        new BadInput("addPages(t, 1, null)", "serverFile", (cl, t, m) -> c(cl).jobs().addPages(TABLE, rec, null)),
        new BadInput("addPages(t, 1, f, null)", "options",
            (cl, t, m) -> c(cl).jobs().addPages(TABLE, rec, "f.pdf", null)),
        new BadInput("AddPagesOptions(-2)", "start", (cl, t, m) -> new AddPagesOptions(-2, false)),
        new BadInput("load(0)", "jobId", (cl, t, m) -> c(cl).jobs().load(0)),
        new BadInput("waitFor(-1, 1s)", "jobId", (cl, t, m) -> c(cl).jobs().waitFor(-1, java.time.Duration.ofSeconds(1))),
        new BadInput("waitFor(1, null)", "timeout", (cl, t, m) -> c(cl).jobs().waitFor(1, null)),
        new BadInput("waitFor(1, -1s)", "timeout",
            (cl, t, m) -> c(cl).jobs().waitFor(1, java.time.Duration.ofSeconds(-1))),
        // builder
        new BadInput("builder baseUrl null", "baseUrl",
            (cl, t, m) -> EzGedClient.builder().credentials(LOGIN, PASSWORD).build()),
        new BadInput("builder baseUrl invalid", "baseUrl",
            (cl, t, m) -> EzGedClient.builder().baseUrl("not a url").credentials(LOGIN, PASSWORD).build()),
        new BadInput("builder credentials missing", "credentials",
            (cl, t, m) -> EzGedClient.builder().baseUrl("http://127.0.0.1:9/").build()),
        new BadInput("builder credentials null", "credentials",
            (cl, t, m) -> EzGedClient.builder().credentials((org.gedkit.core.auth.Credentials) null)),
        new BadInput("builder login blank", "login", (cl, t, m) -> EzGedClient.builder().credentials(" ", PASSWORD)),
        new BadInput("builder password null", "password", (cl, t, m) -> EzGedClient.builder().credentials(LOGIN, null)),
        new BadInput("builder token credentials", "password",
            (cl, t, m) -> EzGedClient.builder().credentials(org.gedkit.core.auth.Credentials.token(UPLOAD_TOKEN))),
        new BadInput("builder hashed not hex", "md5Hex", (cl, t, m) -> EzGedClient.builder().hashedCredentials(LOGIN, "xyz")),
        new BadInput("builder uploadToken blank", "uploadToken", (cl, t, m) -> EzGedClient.builder().uploadToken(" ")),
        new BadInput("builder keepAliveInterval 0", "keepAliveInterval",
            (cl, t, m) -> EzGedClient.builder().keepAliveInterval(java.time.Duration.ZERO)),
        new BadInput("builder readTimeout -1s", "readTimeout",
            (cl, t, m) -> EzGedClient.builder().readTimeout(java.time.Duration.ofSeconds(-1))),
        new BadInput("builder connectTimeout null", "connectTimeout",
            (cl, t, m) -> EzGedClient.builder().connectTimeout(null)),
        new BadInput("builder sleeper null", "sleeper", (cl, t, m) -> EzGedClient.builder().sleeper(null)),
        new BadInput("builder clock null", "clock", (cl, t, m) -> EzGedClient.builder().clock(null)),
        new BadInput("builder retryPolicy null", "retryPolicy", (cl, t, m) -> EzGedClient.builder().retryPolicy(null)),
        new BadInput("builder okHttpClient null", "okHttpClient",
            (cl, t, m) -> EzGedClient.builder().okHttpClient(null)));
  }

  @Override
  String pathParamPrefix() {
    // EzGED puts no user value in a path (every argument is a query or form field); the core's path encoding is
    // checked under the download script
    return "data/showdocs.php";
  }

  @Override
  org.gedkit.core.http.HttpTransport transport(AutoCloseable client) {
    return c(client).transport();
  }

  @Override
  Sessions sessions() {
    return Sessions.RENEWABLE;
  }

  @Override
  void expireSession(EmulatorServer emulator) {
    ((EzGedEmulator) emulator).dropAllSessions();
  }

  @Override
  long logins(EmulatorServer emulator) {
    return ((EzGedEmulator) emulator).logins();
  }

  @Override
  Set<String> knownSecrets() {
    return Set.of(PASSWORD, PASSWORD_MD5, UPLOAD_TOKEN);
  }

  @Override
  Set<String> sentSecrets() {
    // the session id is issued at run time (masked as the sessionid parameter); the upload token is fixed
    return Set.of(UPLOAD_TOKEN);
  }

  @Override
  Set<String> moduleTestSecrets() {
    return Set.of(md5("admin"), md5("admin").toUpperCase(java.util.Locale.ROOT), EzGedClient.DEFAULT_UPLOAD_TOKEN,
        "0CC175B9C0F1B6A831C399E269772661", "0cc175b9c0f1b6a831c399e269772661", md5("nope"), "640418229",
        "sessionid=999");
  }

  @Override
  String moduleDirectory() {
    return "sdk-ezged";
  }

  @Override
  Set<String> secretHeaders() {
    return Set.of();
  }

  @Override
  Set<String> secretParameters() {
    return Set.of("sessionid", "secsesid", "pwd", "token");
  }

  @Override
  List<Object> secretHolders(AutoCloseable client) {
    EzGedClient cl = c(client);
    return List.of(cl, cl.transport(), cl.session(), cl.session().login(), cl.queries(), cl.files(), cl.activity(),
        cl.records(), cl.uploads(), cl.jobs(),
        EzGedClient.builder().baseUrl("http://127.0.0.1:9/").credentials(LOGIN, PASSWORD).uploadToken(UPLOAD_TOKEN),
        EzGedClient.builder().hashedCredentials(LOGIN, PASSWORD_MD5),
        org.gedkit.core.auth.Credentials.password(LOGIN, PASSWORD));
  }

  static String md5(String s) {
    return hex("MD5", s.getBytes(StandardCharsets.UTF_8));
  }

  static String sha1(byte[] b) {
    return hex("SHA-1", b);
  }

  private static String hex(String alg, byte[] b) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance(alg).digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
