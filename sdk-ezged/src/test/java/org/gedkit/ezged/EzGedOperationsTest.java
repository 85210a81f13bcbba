package org.gedkit.ezged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.gedkit.core.error.ChecksumMismatchException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.core.transfer.ChecksumVerification;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.TransferEvent;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.ezged.model.ActivityLog;
import org.gedkit.ezged.model.FileRevision;
import org.gedkit.ezged.model.GlobalSearchResult;
import org.gedkit.ezged.model.InsertedRecord;
import org.gedkit.ezged.model.Job;
import org.gedkit.ezged.model.JobStatus;
import org.gedkit.ezged.model.KeepAliveCounters;
import org.gedkit.ezged.model.Row;
import org.gedkit.ezged.model.SessionInfo;
import org.gedkit.ezged.model.UploadResult;
import org.gedkit.ezged.model.ViewNode;
import org.gedkit.ezged.model.ViewTree;
import org.gedkit.ezged.model.WriteResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One request-exact test per service of the EzGED document, each parsing the document's own example. */
class EzGedOperationsTest extends EzGedMockSupport {

  @TempDir
  Path tmp;

  @Test
  void authenticate_postsLoginAndMd5PasswordAndHidesSessionId() throws Exception {
    RecordedRequest r = login();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/ezged/data/service.php");
    assertThat(query(r)).containsExactly(entry("service", "sec/authenticate"));
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(form(r)).containsExactly(entry("login", "admin"), entry("pwd", "21232f297a57a5a743894a0e4a801fc3"));

    SessionInfo info = client.session().login();
    assertThat(info.login()).isEqualTo("admin");
    assertThat(info.message()).isEqualTo("You're authenticated !");
    assertThat(info.language()).contains("fr_FR");
    assertThat(info.parameters()).doesNotContainKey("sessionid").containsKey("URLDOC")
        .containsEntry("ACTIVATE_PREVIEWDASHBOARD", null);
    assertThat(info.toString()).doesNotContain(SESSION);
    assertThat(client.session().loginCount()).isEqualTo(1);
  }

  @Test
  void authenticate_hashedCredentialsAreSentAsGiven() throws Exception {
    client = newClient().hashedCredentials("bob", "0CC175B9C0F1B6A831C399E269772661").build();
    RecordedRequest r = login();
    assertThat(form(r)).containsExactly(entry("login", "bob"), entry("pwd", "0cc175b9c0f1b6a831c399e269772661"));
  }

  @Test
  void keepalive_postsSessionAndParsesCounters() throws Exception {
    login();
    enqueueSeed("secses-keepalive.json");
    KeepAliveCounters c = client.session().keepAlive();
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(query(r)).containsExactly(entry("service", "secses/keepalive"));
    assertThat(form(r)).containsExactly(entry("sessionid", SESSION));
    assertThat(c.signbook()).isZero();
    assertThat(c.workflow()).isZero();
    assertThat(c.columns()).containsEntry("type", "keepalive").containsEntry("countmessage", "0");
  }

  @Test
  void logout_sendsSessionidSecsesidAndForcedisconnect() throws Exception {
    login();
    enqueueSeed("secses-delete.json");
    assertThat(client.session().logout()).isTrue();
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(query(r)).containsExactly(entry("service", "secses/delete"), entry("sessionid", SESSION),
        entry("secsesid", SESSION), entry("forcedisconnect", "1"));
    assertThat(client.session().logout()).isFalse();
  }

  @Test
  void close_logsOutOnceAndIsIdempotent() throws Exception {
    login();
    enqueueSeed("secses-delete.json");
    client.close();
    client.close();
    RecordedRequest r = take();
    assertThat(query(r)).containsEntry("service", "secses/delete").containsEntry("sessionid", SESSION);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void tree_getsTheTreeAndParsesTheSeedExample() throws Exception {
    login();
    enqueueSeed("query-gettreearchive.json");
    ViewTree tree = client.queries().tree();
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/ezged/data/service.php");
    assertThat(query(r)).containsExactly(entry("service", "query/gettreearchive"), entry("sessionid", SESSION));
    assertThat(tree.roots()).hasSize(1);
    ViewNode group = tree.roots().get(0);
    assertThat(group.type()).isEqualTo("queries");
    assertThat(group.label()).isEqualTo("CLASSEURS");
    ViewNode family = tree.families().get(0);
    assertThat(family.label()).isEqualTo("Courriers");
    assertThat(family.id()).hasValue(1);
    ViewNode q = tree.findQuery("Courriers à corriger").orElseThrow();
    assertThat(q.id()).hasValue(2);
    assertThat(q.column("QRY_RANK")).contains("20");
    assertThat(q.columns()).containsEntry("QRY_PUBCNTCOR", "1").containsEntry("QRY_TREE", "0");
  }

  @Test
  void tree_withDepthAndNodeSendsBoth() throws Exception {
    login();
    enqueueSeed("query-gettreearchive.json");
    assertThat(client.queries().tree("treenode", "root").queries()).hasSize(1);
    assertThat(query(take())).containsExactly(entry("service", "query/gettreearchive"), entry("depth", "treenode"),
        entry("node", "root"), entry("sessionid", SESSION));
    assertThatThrownBy(() -> client.queries().tree(" ", "root")).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("depth");
  }

  @Test
  void tree_withATypedDepthSendsItsWireValue() throws Exception {
    login();
    enqueueSeed("query-gettreearchive.json");
    assertThat(client.queries().tree(TreeDepth.QUERY, "root").queries()).hasSize(1);
    assertThat(query(take())).contains(entry("depth", "query"), entry("node", "root"));
    assertThat(TreeDepth.TREENODE.wire()).isEqualTo("treenode");
    int sent = server.getRequestCount();
    assertThatThrownBy(() -> client.queries().tree((TreeDepth) null, "root"))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("depth must not be null");
    assertThatThrownBy(() -> client.queries().tree(TreeDepth.TREENODE, " "))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("node");
    assertThat(server.getRequestCount()).isEqualTo(sent);
  }

  @Test
  void exec_pagesWithLimitstartAndLimitgridlines() throws Exception {
    login();
    enqueueSeed("query-getexec.json");
    PagedIterable<Row> rows = client.queries().exec(2, ExecOptions.builder().pageSize(20).build());
    assertThat(server.getRequestCount()).as("lazy").isEqualTo(1);
    List<Row> all = rows.toList();
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(query(r)).containsExactly(entry("service", "query/getexec"), entry("qryid", "2"),
        entry("limitstart", "0"), entry("limitgridlines", "20"), entry("sessionid", SESSION));
    assertThat(all).hasSize(2);
    Row first = all.get(0);
    assertThat(first.longValue("COURRIERS_ID")).hasValue(107);
    assertThat(first.string("COURRIERS_OBJET")).contains("MAJ EzGED disponible");
    assertThat(first.date("COURRIERS_DATE")).contains(OffsetDateTime.of(2015, 1, 20, 16, 47, 19, 0, ZoneOffset.UTC));
    assertThat(first.localDateTime("COURRIERS_DATE")).contains(LocalDateTime.of(2015, 1, 20, 16, 47, 19));
    assertThat(all.get(1).string("COURRIERS_TO")).contains("contact@cogip.com");
    assertThat(rows.totalCount()).hasValue(2);
  }

  @Test
  void exec_followsPagesUntilAShortPage() throws Exception {
    login();
    enqueue("{\"errorcode\":0,\"errormsg\":\"ok\",\"count\":false,\"rows\":[{\"type\":\"row\",\"ID\":\"1\"},"
        + "{\"type\":\"row\",\"ID\":\"2\"}]}");
    enqueue("{\"errorcode\":0,\"errormsg\":\"ok\",\"count\":false,\"rows\":[{\"type\":\"row\",\"ID\":3}]}");
    List<Long> ids = new ArrayList<>();
    client.queries().exec(9, ExecOptions.builder().pageSize(2).build())
        .forEach(row -> ids.add(row.longValue("ID").orElseThrow()));
    assertThat(ids).containsExactly(1L, 2L, 3L);
    assertThat(query(take())).containsEntry("limitstart", "0").containsEntry("limitgridlines", "2");
    assertThat(query(take())).containsEntry("limitstart", "2").containsEntry("limitgridlines", "2");
  }

  @Test
  void exec_searchFilter_encodesExample1() throws Exception {
    login();
    enqueueSeed("query-getexec-search.json");
    QueryFilter f = QueryFilter.search().field("lstdosone.LSTDOSONE_LIB").eq("Client").field("one.ONE_LIB")
        .eq("Inconnu").build();
    List<Row> rows = client.queries().exec(675, ExecOptions.builder().filter(f).build()).toList();
    RecordedRequest r = take();
    assertThat(query(r)).containsExactly(entry("service", "query/getexec"), entry("qryid", "675"),
        entry("qrysuffqn", "[\"lstdosone.LSTDOSONE_LIB\",\"one.ONE_LIB\"]"), entry("qrysrop", "[\"=\",\"=\"]"),
        entry("qrysval", "[\"Client\",\"Inconnu\"]"), entry("limitstart", "0"), entry("limitgridlines", "20"),
        entry("sessionid", SESSION));
    assertThat(rows).hasSize(1);
    Row row = rows.get(0);
    assertThat(row.longValue("ONE_ID")).hasValue(580);
    assertThat(row.longValue("year(one.ONE_DATE)")).hasValue(2022);
    assertThat(row.string("LSTTIERSONE_LIB")).isEmpty();
    assertThat(row.has("LSTTIERSONE_LIB")).isTrue();
    assertThat(row.string("ONE_TEXTE")).contains("");
  }

  @Test
  void exec_userFilter_encodesExample2WithInAndSorting() throws Exception {
    login();
    enqueueSeed("query-getexec-user.json");
    QueryFilter f = QueryFilter.user().field("lstdosone.LSTDOSONE_LIB").eq("Client").field("one.ONE_LIB")
        .in("Inconnu", "test").build();
    List<Row> rows = client.queries().exec(675, ExecOptions.builder().filter(f)
        .orderBy("one.ONE_DATE", SortDirection.DESC).ignoreMasked(true).build()).toList();
    RecordedRequest r = take();
    assertThat(query(r)).containsExactly(entry("service", "query/getexec"), entry("qryid", "675"),
        entry("qryusrffqn", "[\"lstdosone.LSTDOSONE_LIB\",\"one.ONE_LIB\"]"), entry("qryusrop", "[\"=\",\"=\"]"),
        entry("qryusrval", "[\"Client\",\"Inconnu,test\"]"), entry("qryusrorderfld", "one.ONE_DATE"),
        entry("qryusrorderdirection", "DESC"), entry("ignoremasked", "1"), entry("limitstart", "0"),
        entry("limitgridlines", "20"), entry("sessionid", SESSION));
    assertThat(rows).singleElement().satisfies(row -> assertThat(row.string("ONE_LIB")).contains("inconnu"));
  }

  @Test
  void filter_operatorsAndArgumentChecks() {
    QueryFilter f = QueryFilter.search().field("a.X").ge(1).field("a.Y").le(LocalDateTime.of(2024, 1, 2, 3, 4, 5))
        .field("a.Z").like("fa%").field("a.W").notEqual("x").field("a.V").notLike("%y").field("a.U").in("1", "2")
        .build();
    assertThat(f.toParameters()).containsExactly(
        entry("qrysuffqn", "[\"a.X\",\"a.Y\",\"a.Z\",\"a.W\",\"a.V\",\"a.U\"]"),
        entry("qrysrop", "[\">=\",\"<=\",\"like\",\"<>\",\"not like\",\"in\"]"),
        entry("qrysval", "[\"1\",\"2024-01-02 03:04:05\",\"fa%\",\"x\",\"%y\",\"1,2\"]"));
    assertThatThrownBy(() -> QueryFilter.search().build()).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> QueryFilter.user().field(" ")).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("field");
    assertThatThrownBy(() -> QueryFilter.user().field("a").in("x,y")).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> ExecOptions.builder().pageSize(0)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("pageSize");
    assertThatThrownBy(() -> client.queries().exec(0)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("queryId");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void globalSearch_groupsHitsUnderTheirFamily() throws Exception {
    login();
    enqueueSeed("query-globalsearch_v3.json");
    GlobalSearchResult res = client.queries().globalSearch(List.of("facture", "test"),
        new GlobalSearchOptions(100, true));
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(query(r)).containsExactly(entry("service", "query/globalsearch_v3"),
        entry("word", "[\"facture\",\"test\"]"), entry("usrfltmode", "1"), entry("gridlines", "100"),
        entry("sessionid", SESSION));
    assertThat(res.totalCount()).hasValue(977);
    assertThat(res.families()).extracting(f -> f.queryId()).containsExactly(653L, 658L, 666L, 623L);
    assertThat(res.families().get(0).hits()).hasSize(2);
    assertThat(res.families().get(0).count()).isEqualTo(1);
    assertThat(res.families().get(0).mainFfqn()).isEqualTo("courriers.COURRIERS_ID");
    assertThat(res.hits()).hasSize(5);
    assertThat(res.hits().get(4).rsid()).isEqualTo(9);
    assertThat(res.hits().get(1).queryId()).isEqualTo(654);
    assertThat(res.hits().get(0).description()).contains("Classe de Neige");
    assertThatThrownBy(() -> client.queries().globalSearch(List.of())).isInstanceOf(InvalidArgumentException.class);
  }

  @Test
  void lastRevisions_getsAllPagesOfTheRecordAndParsesTheSeedExample() throws Exception {
    login();
    enqueueSeed("docpak-loadalllastrevision.json");
    List<FileRevision> files = client.files().lastRevisions("courriers", 107, 10).toList();
    RecordedRequest r = take();
    assertThat(query(r)).containsExactly(entry("service", "docpak/loadalllastrevision"), entry("fsfileinfo", "1"),
        entry("docpakrsid", "107"), entry("docpaktbl", "courriers"), entry("docpakpage", "*"),
        entry("limitstart", "0"), entry("limitgridlines", "10"), entry("sessionid", SESSION));
    FileRevision f = files.get(0);
    assertThat(f.fileId()).isEqualTo(12618);
    assertThat(f.ripe()).isEqualTo("8b195bf49b33bcb0be26d83076fa12f332a7d2bd");
    assertThat(f.name()).isEqualTo("loremipsum.pdf");
    assertThat(f.size()).isEqualTo(39060);
    assertThat(f.mime()).isEqualTo("application/pdf");
    assertThat(f.extension()).isEqualTo("pdf");
    assertThat(f.rsid()).isEqualTo(107);
    assertThat(f.rank()).isEqualTo(1);
    assertThat(f.archivedAt()).contains(OffsetDateTime.of(2015, 1, 23, 15, 27, 23, 0, ZoneOffset.UTC));
    assertThat(f.columns()).containsKeys("path", "ostamp", "sizefileorigin");
    assertThat(f.row().date("datefileorigin")).isPresent();
  }

  @Test
  void download_streamsShowdocsAndVerifiesTheRipe() throws Exception {
    login();
    byte[] content = "%PDF-1.4 lorem ipsum".getBytes(StandardCharsets.UTF_8);
    String ripe = Checksum.compute(ChecksumAlgorithm.SHA1, content).hex();
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/pdf")
        .body(new Buffer().write(content)).build());
    List<TransferEvent> done = new ArrayList<>();
    Path target = tmp.resolve("out/lorem.pdf");
    DownloadResult res = client.files().download(12618, ripe, DownloadTarget.toPath(target), new TransferListener() {
      @Override
      public void onCompleted(TransferEvent e) {
        done.add(e);
      }
    });
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/ezged/data/showdocs.php");
    assertThat(query(r)).containsExactly(entry("fsfileid", "12618"), entry("fsfileripe", ripe),
        entry("sessionid", SESSION));
    assertThat(res.verification()).isEqualTo(ChecksumVerification.VERIFIED);
    assertThat(Files.readAllBytes(target)).isEqualTo(content);
    assertThat(done).singleElement().satisfies(e -> assertThat(e.bytesTransferred()).isEqualTo(content.length));
  }

  @Test
  void download_wrongBytesFailAndLeaveNothing() throws Exception {
    login();
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/pdf").body("tampered").build());
    FileRevision f = FileRevision.of(new Row(Map.of("fsfileid", "12618",
        "ripefilearchive", "8b195bf49b33bcb0be26d83076fa12f332a7d2bd")));
    Path target = tmp.resolve("x.pdf");
    assertThatThrownBy(() -> client.files().download(f, target)).isInstanceOf(ChecksumMismatchException.class);
    assertThat(target).doesNotExist();
    try (var list = Files.list(tmp)) {
      assertThat(list).isEmpty();
    }
  }

  @Test
  void download_toStreamWithANonSha1RipeIsNotVerifiable() throws Exception {
    login();
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/pdf").body("abc").build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FileRevision f = FileRevision.of(new Row(Map.of("fsfileid", 5, "ripe", "not-a-sha1")));
    DownloadResult res = client.files().download(f, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("abc");
    assertThat(res.verification()).isEqualTo(ChecksumVerification.NOT_VERIFIABLE);
  }

  @Test
  void activity_forRecord_getsIndexActivitiesAndParsesTheSeedExample() throws Exception {
    login();
    enqueueSeed("log-getactivity.json");
    ActivityLog log = client.activity().forRecord("facture", 7, ActivityOptions.defaults().withDetail());
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(query(r)).containsExactly(entry("service", "log/getactivity"), entry("type", "index"),
        entry("tbl", "facture"), entry("rsid", "7"), entry("detail", "1"), entry("filter", "all"),
        entry("sessionid", SESSION));
    assertThat(log.entries()).hasSize(11);
    assertThat(log.totalCount()).hasValue(27);
    var first = log.entries().get(0);
    assertThat(first.type()).isEqualTo("file");
    assertThat(first.action()).isEqualTo("C");
    assertThat(first.label()).isEqualTo("Fichier ajouté");
    assertThat(first.reserved()).isEqualTo("18677");
    assertThat(first.user()).isEqualTo("Florian MASY");
    assertThat(first.date()).contains(OffsetDateTime.of(2021, 1, 21, 21, 46, 5, 0, ZoneOffset.UTC));
  }

  @Test
  void activity_forWorkflow_sendsWfbagidAndUsersFilter() throws Exception {
    login();
    enqueue("{\"errorcode\":0,\"errmsg\":\"ok\",\"rows\":[],\"count\":0}");
    ActivityLog log = client.activity().forWorkflow(12, ActivityOptions.defaults().withUsersOnly());
    assertThat(query(take())).containsExactly(entry("service", "log/getactivity"), entry("type", "workflow"),
        entry("wfbagid", "12"), entry("detail", "0"), entry("filter", "users"), entry("sessionid", SESSION));
    assertThat(log.entries()).isEmpty();
    assertThat(log.totalCount()).isEmpty();
  }

  @Test
  void insert_postsFieldsAndValuesAsJsonListsAndReturnsRetid() throws Exception {
    login();
    enqueueSeed("doctbl-insertrow.json");
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("ONE_DOSSIERID", 17);
    values.put("ONE_TIERSID", "32");
    values.put("ONE_TYPCDOCID", 2L);
    values.put("ONE_DATE", LocalDateTime.of(2021, 11, 10, 9, 54, 40));
    values.put("ONE_LIB", "Document ref1234");
    InsertedRecord rec = client.records().insert("one", values);
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(query(r)).containsExactly(entry("service", "doctbl/insertrow"));
    assertThat(form(r)).containsExactly(entry("tfqn", "one"),
        entry("fields", "[\"ONE_DOSSIERID\",\"ONE_TIERSID\",\"ONE_TYPCDOCID\",\"ONE_DATE\",\"ONE_LIB\"]"),
        entry("values", "[\"17\",\"32\",\"2\",\"2021-11-10T09:54:40\",\"Document ref1234\"]"),
        entry("sessionid", SESSION));
    assertThat(rec.id()).isEqualTo(543);
    assertThat(rec.columns()).containsEntry("type", "returnid");
  }

  @Test
  void rowAccessors_areStrictButModelsTolerateOddDates() {
    Row row = new Row(Map.of("N", "12", "X", "abc", "D", "0000-00-00 00:00:00", "B", "not a date"));
    assertThat(row.longValue("N")).hasValue(12);
    assertThatThrownBy(() -> row.longValue("X")).isInstanceOf(org.gedkit.core.error.ProtocolException.class)
        .hasMessageContaining("X");
    assertThat(row.date("D")).isEmpty();
    assertThatThrownBy(() -> row.date("B")).isInstanceOf(org.gedkit.core.error.ProtocolException.class);
    assertThat(row.dateIfValid("B")).isEmpty();
    Job job = Job.of(new Row(Map.of("JOBQUEUE_ID", "1", "JOBQUEUE_TSTAMP", "n/a", "JOBQUEUE_STATUS", "weird")));
    assertThat(job.updatedAt()).isEmpty();
    assertThat(job.status()).isEqualTo(JobStatus.UNKNOWN);
    assertThat(job.isFinished()).isFalse();
  }

  @Test
  void update_postsKeyAndLists() throws Exception {
    login();
    enqueueSeed("doctbl-updaterow.json");
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("ONE_LIB", "Nouveau nom du document");
    values.put("ONE_FLAG", 1);
    WriteResult res = client.records().update("one", "ONE_ID", 542, values);
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(query(r)).containsExactly(entry("service", "doctbl/updaterow"));
    assertThat(form(r)).containsExactly(entry("tfqn", "one"), entry("field_ID", "ONE_ID"), entry("value_ID", "542"),
        entry("fields", "[\"ONE_LIB\",\"ONE_FLAG\"]"), entry("values", "[\"Nouveau nom du document\",\"1\"]"),
        entry("sessionid", SESSION));
    assertThat(res.message()).isEqualTo("ok");
    assertThat(res.rows()).isEmpty();
    assertThatThrownBy(() -> client.records().update("one", "ONE_ID", 542, Map.of()))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("values");
  }

  @Test
  void deleteWithFiles_postsKeyAndQuery() throws Exception {
    login();
    enqueueSeed("doctbl-deleterowfiles.json");
    WriteResult res = client.records().deleteWithFiles("one", "ONE_ID", 542, 42);
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(query(r)).containsExactly(entry("service", "doctbl/deleterowfiles"));
    assertThat(form(r)).containsExactly(entry("tfqn", "one"), entry("field_ID", "ONE_ID"), entry("value_ID", "542"),
        entry("qryid", "42"), entry("sessionid", SESSION));
    assertThat(res.message()).isEqualTo("ok");
  }

  @Test
  void upload_sendsAStreamedMultipartWithTokenAndFile() throws Exception {
    login();
    enqueueSeed("pupload.json");
    Path file = tmp.resolve("document_test.pdf");
    Files.writeString(file, "%PDF-1.4 test");
    List<TransferEvent> progress = new ArrayList<>();
    UploadResult res = client.uploads().upload(UploadSource.ofPath(file),
        UploadOptions.defaults().toWaitDir("scans").withListener(new TransferListener() {
          @Override
          public void onCompleted(TransferEvent e) {
            progress.add(e);
          }
        }));
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/ezged/data/pupload.php");
    assertThat(query(r)).containsExactly(entry("sessionid", SESSION));
    assertThat(r.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
    String body = r.getBody().utf8();
    assertThat(body).contains("name=\"token\"\r\n\r\nc3e335143464469a1ca542c21147f913\r\n")
        .contains("name=\"mode\"\r\n\r\ncold\r\n")
        .contains("name=\"waitdir\"\r\n\r\nscans\r\n")
        .contains("name=\"file\"; filename=\"document_test.pdf\"").contains("%PDF-1.4 test");
    assertThat(res.filePath()).isEqualTo("F:\\nchp\\var\\spool\\ezged\\instance\\enqueued\\document_test.pdf");
    assertThat(res.message()).isEqualTo("File successfully uploaded.");
    assertThat(res.chunkPart()).isFalse();
    assertThat(progress).singleElement().satisfies(e -> assertThat(e.bytesTransferred()).isEqualTo(13));
  }

  @Test
  void upload_refusedIsAServerError() throws Exception {
    login();
    enqueue("{\"success\":false,\"message\":\"Invalid token\"}");
    assertThatThrownBy(() -> client.uploads().upload(UploadSource.ofBytes(new byte[] {1}, "a.bin"),
        UploadOptions.defaults())).isInstanceOf(org.gedkit.core.error.ServerException.class)
        .hasMessageContaining("Invalid token");
  }

  @Test
  void upload_aRefusalEchoingTheDeploymentsTokenDoesNotShowIt() throws Exception {
    client = newClient().uploadToken("site-upload-token-8e1f").build();
    login();
    enqueue("{\"success\":false,\"message\":\"Invalid token site-upload-token-8e1f\"}");
    assertThatThrownBy(() -> client.uploads().upload(UploadSource.ofBytes(new byte[] {1}, "a.bin"),
        UploadOptions.defaults())).isInstanceOf(org.gedkit.core.error.ServerException.class)
        .hasMessageContaining("Invalid token ***").hasMessageNotContaining("site-upload-token-8e1f");
    assertThat(take().getBody().utf8()).contains("site-upload-token-8e1f");
  }

  @Test
  void addPages_sendsTheServerFileAndReturnsTheJobId() throws Exception {
    login();
    enqueueSeed("docpak-addpages.json");
    String file = "F:\\nchp\\var\\spool\\ezged\\instance\\enqueued\\document_test.pdf";
    long job = client.jobs().addPages("courriers", 118, file, AddPagesOptions.defaults().withOcr());
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(query(r)).containsExactly(entry("service", "docpak/addpages"), entry("tfqn", "courriers"),
        entry("rsid", "118"), entry("file", file), entry("start", "-1"), entry("ocr", "1"),
        entry("sessionid", SESSION));
    assertThat(job).isEqualTo(8985);
  }

  @Test
  void loadJob_getsTheJobAndParsesTheSeedExample() throws Exception {
    login();
    enqueueSeed("jobqueue-load.json");
    Job job = client.jobs().load(8985);
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(query(r)).containsExactly(entry("service", "jobqueue/load"), entry("jobqueueid", "8985"),
        entry("sessionid", SESSION));
    assertThat(job.id()).isEqualTo(8985);
    assertThat(job.statusCode()).isEqualTo("2");
    assertThat(job.status()).isEqualTo(JobStatus.PURGEABLE);
    assertThat(job.isFinished()).isTrue();
    assertThat(job.step()).isEqualTo(3);
    assertThat(job.type()).isEqualTo("Système");
    assertThat(job.columns()).containsEntry("JOBQUEUE_WEIGHT", "102");
  }

  @Test
  void waitFor_pollsWithBackoffThroughTheSleeperUntilFinished() throws Exception {
    login();
    String queued = "{\"errorcode\":0,\"errormsg\":\"ok\",\"count\":false,\"rows\":[{\"type\":\"generic\","
        + "\"JOBQUEUE_ID\":\"7\",\"JOBQUEUE_STATUS\":\"QUEUED\"}]}";
    enqueue(queued);
    enqueue(queued);
    enqueue(queued);
    enqueue(queued.replace("QUEUED", "NOTPURGEABLE"));
    Job job = client.jobs().waitFor(7, Duration.ofMinutes(1));
    assertThat(job.status()).isEqualTo(JobStatus.NOTPURGEABLE);
    assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    for (int i = 0; i < 4; i++) {
      assertThat(query(take())).containsEntry("service", "jobqueue/load").containsEntry("jobqueueid", "7");
    }
  }

  @Test
  void waitFor_timesOutOnTheInjectedClock() throws Exception {
    login();
    String queued = "{\"errorcode\":0,\"errmsg\":\"ok\",\"rows\":[{\"JOBQUEUE_ID\":\"7\",\"JOBQUEUE_STATUS\":\"1\"}]}";
    for (int i = 0; i < 10; i++) {
      enqueue(queued);
    }
    assertThatThrownBy(() -> client.jobs().waitFor(7, Duration.ofSeconds(3))).isInstanceOf(TransportException.class)
        .hasMessageContaining("still QUEUED");
    assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(1500));
  }
}
