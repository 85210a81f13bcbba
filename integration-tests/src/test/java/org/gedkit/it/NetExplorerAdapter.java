package org.gedkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.gedkit.core.error.ChecksumMismatchException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.netexplorer.FieldSet;
import org.gedkit.netexplorer.FolderQuery;
import org.gedkit.netexplorer.FolderUpdate;
import org.gedkit.netexplorer.NetExplorerClient;
import org.gedkit.netexplorer.TransferOptions;
import org.gedkit.netexplorer.model.FileInfo;
import org.gedkit.testkit.EmulatorServer;
import org.gedkit.testkit.netexplorer.NetExplorerEmulator;

/**
 * NetExplorer: a login ({@code POST /api/auth}) issuing an expiring token sent as {@code Authorization: Bearer};
 * a JSON read, the lazily paged file activity, an MD5-verified download, a folder creation (a plain POST) and a
 * chunked upload (four chunks of 1 KiB, the last one short).
 */
final class NetExplorerAdapter extends AdapterUnderTest {

  static final String USER_ID = "77";
  static final String LOGIN = "it-nx-user";
  static final String PASSWORD = "nx-it-pw-9c4e2a7b";
  /** The test user's own root folder: everything the operations touch is in it. */
  static final long ROOT = 700;
  /** The first file the emulator creates gets this id (its id counter starts at 1000). */
  static final long DOC = 1001;
  /** Files listed by the activity: the download file and {@link #FILLERS} small ones. */
  static final int FILLERS = 24;
  static final int PAGE_SIZE = 10;
  static final int CHUNK = 1024;
  /** Upload size: three full chunks and a short fourth one. */
  static final int UPLOAD_BYTES = 3 * CHUNK + 512;

  @Override
  String name() {
    return "netexplorer";
  }

  @Override
  EmulatorServer newEmulator() {
    NetExplorerEmulator e = new NetExplorerEmulator();
    e.addUser(USER_ID, LOGIN, PASSWORD, false);
    e.addFolder(ROOT, "IT", 0, USER_ID);
    byte[] content = new byte[200_000];
    new java.util.Random(42).nextBytes(content);
    long id = e.addFile(ROOT, "download.bin", content);
    if (id != DOC) {
      throw new IllegalStateException("the download file got id " + id + ", expected " + DOC);
    }
    e.addFiles(ROOT, FILLERS);
    return e;
  }

  @Override
  AutoCloseable newClient(String baseUrl, Settings s) {
    okhttp3.OkHttpClient base = s.okHttpClient() == null ? new okhttp3.OkHttpClient() : s.okHttpClient();
    return NetExplorerClient.builder()
        .baseUrl(baseUrl)
        .credentials(LOGIN, PASSWORD)
        .okHttpClient(base.newBuilder().readTimeout(s.readTimeout()).build())
        .sleeper(s.sleeper())
        .retryPolicy(s.retryPolicy())
        .build();
  }

  private static NetExplorerClient c(AutoCloseable client) {
    return (NetExplorerClient) client;
  }

  private static NetExplorerEmulator e(EmulatorServer emulator) {
    return (NetExplorerEmulator) emulator;
  }

  @Override
  List<Op> operations() {
    return List.of(
        new Op("files.get", Kind.READ, "GET", "/api/file/" + DOC,
            (client, target, midway) -> c(client).files().get(DOC).id()),
        new Op("files.activity", Kind.LIST, "GET", "/api/file/activity",
            (client, target, midway) -> {
              Iterator<FileInfo> it = c(client).files().activity(PAGE_SIZE).iterator();
              int n = 0;
              while (it.hasNext()) {
                it.next();
                if (++n == PAGE_SIZE) {
                  midway.run();
                }
              }
              return n;
            }),
        new Op("downloads.download", Kind.DOWNLOAD, "GET", "/api/file/" + DOC + "/download",
            (client, target, midway) -> c(client).downloads()
                .download(DOC, DownloadTarget.toPath(target), TransferOptions.defaults()).bytes()),
        new Op("folders.create", Kind.WRITE, "POST", "/api/folder",
            (client, target, midway) -> c(client).folders()
                .create(ROOT, target.getFileName().toString(), FolderUpdate.none()).id()).checkedBy(NetExplorerAdapter::folderCreated),
        new Op("uploads.uploadChunked", Kind.UPLOAD, "POST", "/api/file/upload",
            NetExplorerAdapter::upload).markedIdempotent().checkedBy(NetExplorerAdapter::uploaded));
  }

  /** Writes a source named like the target (unique per call), uploads it in chunks, runs midway after chunk 0. */
  private static Object upload(AutoCloseable client, Path target, Runnable midway) throws Exception {
    Files.write(target, sourceBytes(target.getFileName().toString()));
    TransferOptions options = TransferOptions.builder().chunkSize(CHUNK)
        .checkpoint(state -> {
          if (state.confirmed().contains(0)) {
            midway.run();
          }
        }).build();
    return c(client).uploads().uploadChunked(ROOT, UploadSource.ofPath(target), options).id();
  }

  static byte[] sourceBytes(String name) {
    byte[] b = new byte[UPLOAD_BYTES];
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (n[i % n.length] + i / 7);
    }
    return b;
  }

  private static void folderCreated(EmulatorServer emulator, boolean succeeded, Object result, Path target) {
    var id = e(emulator).folderId(ROOT, target.getFileName().toString());
    if (succeeded) {
      assertThat(id).as("the folder exists under its name").contains((Long) result);
    }
  }

  private static void uploaded(EmulatorServer emulator, boolean succeeded, Object result, Path source)
      throws Exception {
    NetExplorerEmulator nx = e(emulator);
    var id = nx.fileId(ROOT, source.getFileName().toString());
    if (succeeded) {
      assertThat(id).as("the uploaded file exists under its name").contains((Long) result);
      assertThat(nx.content(id.get()).orElseThrow()).as("the server holds exactly the source bytes")
          .isEqualTo(Files.readAllBytes(source));
    } else {
      assertThat(id).as("a failed upload leaves no complete file under its name").isEmpty();
    }
  }

  @Override
  Expected expectation(Op op, FaultCase fault) {
    if (op.kind() == Kind.DOWNLOAD) {
      return switch (fault) {
        case RESET_MID_BODY -> Expected.recovered("the download resumes with an HTTP Range request from the bytes "
            + "already written, then the whole file is checked against the server's MD5");
        case TRUNCATED_BODY -> Expected.fails(ChecksumMismatchException.class, true,
            "the cut body does not match the MD5 the file's metadata gives; nothing is left under the target name");
        case HTML_PAGE_200, WRONG_SHAPE -> Expected.fails(ChecksumMismatchException.class, true,
            "a body that is not the file does not match the MD5 the file's metadata gives; nothing is left "
                + "under the target name (an HTML page cannot be refused as such: a stored file may be HTML)");
        default -> null;
      };
    }
    if (op.kind() == Kind.UPLOAD && fault == FaultCase.TRUNCATED_BODY) {
      return Expected.fails(ProtocolException.class, false, "the reply to the first chunk (OK) is cut: the upload "
          + "stops and is reported as not done, no file is created (resume() from the last checkpoint finishes it)")
          .writes(Expected.Writes.NONE);
    }
    return null;
  }

  @Override
  long listedItems() {
    return FILLERS + 1;
  }

  @Override
  long writes(EmulatorServer emulator) {
    return e(emulator).writes();
  }

  private static TransferOptions chunks() {
    return TransferOptions.builder().chunkSize(CHUNK).build();
  }

  private static UploadSource bytes() {
    return UploadSource.ofBytes(new byte[] {1, 2, 3}, "b.bin");
  }

  @Override
  List<BadInput> badInputs() {
    return List.of(
        // files
        new BadInput("files.get(0)", "fileId", (cl, t, m) -> c(cl).files().get(0)),
        new BadInput("files.get(-1, FULL)", "fileId", (cl, t, m) -> c(cl).files().get(-1, FieldSet.FULL)),
        new BadInput("files.get(1, null fields)", "fields", (cl, t, m) -> c(cl).files().get(1, null)),
        new BadInput("files.activity(0)", "pageSize", (cl, t, m) -> c(cl).files().activity(0).iterator().hasNext()),
        new BadInput("files.activity(-5)", "pageSize", (cl, t, m) -> c(cl).files().activity(-5)),
        new BadInput("files.infos(0)", "fileId", (cl, t, m) -> c(cl).files().infos(0)),
        new BadInput("files.timeline(-2)", "fileId", (cl, t, m) -> c(cl).files().timeline(-2)),
        new BadInput("files.versions(0)", "fileId", (cl, t, m) -> c(cl).files().versions(0)),
        new BadInput("files.create(0, name)", "parentId", (cl, t, m) -> c(cl).files().create(0, "a.txt")),
        new BadInput("files.create(1, blank)", "name", (cl, t, m) -> c(cl).files().create(1, "  ")),
        new BadInput("files.create(1, null)", "name", (cl, t, m) -> c(cl).files().create(1, null)),
        new BadInput("files.update(1, null, null)", "newName", (cl, t, m) -> c(cl).files().update(1, null, null)),
        new BadInput("files.update(1, x, -3)", "newParentId", (cl, t, m) -> c(cl).files().update(1, "x", -3L)),
        new BadInput("files.rename(1, blank)", "newName", (cl, t, m) -> c(cl).files().rename(1, " ")),
        new BadInput("files.move(0, 2)", "fileId", (cl, t, m) -> c(cl).files().move(0, 2)),
        new BadInput("files.move(1, -2)", "newParentId", (cl, t, m) -> c(cl).files().move(1, -2)),
        new BadInput("files.delete(0)", "fileId", (cl, t, m) -> {
          c(cl).files().delete(0);
          return null;
        }),
        new BadInput("files.delete(1, true, null versions)", "versions", (cl, t, m) -> {
          c(cl).files().delete(1, true, null);
          return null;
        }),
        new BadInput("files.preview(1, null)", "target", (cl, t, m) -> c(cl).files().preview(1, null)),
        new BadInput("files.thumbnail(blank)", "thumbToken",
            (cl, t, m) -> c(cl).files().thumbnail(" ", DownloadTarget.toPath(t))),
        new BadInput("files.zip(empty, empty)", "fileIds",
            (cl, t, m) -> c(cl).files().zip(List.of(), List.of(), DownloadTarget.toPath(t))),
        new BadInput("files.zip([0], [])", "fileIds",
            (cl, t, m) -> c(cl).files().zip(List.of(0L), List.of(), DownloadTarget.toPath(t))),
        // folders
        new BadInput("folders.get(0)", "folderId", (cl, t, m) -> c(cl).folders().get(0)),
        new BadInput("folders.get(1, null query)", "query", (cl, t, m) -> c(cl).folders().get(1, null)),
        new BadInput("folders.search(1, no term)", "query",
            (cl, t, m) -> c(cl).folders().search(1, FolderQuery.defaults())),
        new BadInput("folders.timeline(-1)", "folderId", (cl, t, m) -> c(cl).folders().timeline(-1)),
        new BadInput("folders.roots(null)", "query", (cl, t, m) -> c(cl).folders().roots(null)),
        new BadInput("folders.create(-1, name)", "parentId",
            (cl, t, m) -> c(cl).folders().create(-1, "x", FolderUpdate.none())),
        new BadInput("folders.create(1, blank)", "name",
            (cl, t, m) -> c(cl).folders().create(1, "", FolderUpdate.none())),
        new BadInput("folders.create(1, x, null)", "options", (cl, t, m) -> c(cl).folders().create(1, "x", null)),
        new BadInput("folders.update(0, ...)", "folderId",
            (cl, t, m) -> c(cl).folders().update(0, FolderUpdate.none())),
        new BadInput("folders.rename(1, null)", "name", (cl, t, m) -> c(cl).folders().rename(1, null)),
        new BadInput("folders.move(1, -1)", "newParentId", (cl, t, m) -> c(cl).folders().move(1, -1)),
        new BadInput("folders.delete(0, true)", "folderId", (cl, t, m) -> {
          c(cl).folders().delete(0, true);
          return null;
        }),
        new BadInput("folders.pathOfFolder(0)", "folderId", (cl, t, m) -> c(cl).folders().pathOfFolder(0)),
        new BadInput("folders.pathOfFile(-1)", "fileId", (cl, t, m) -> c(cl).folders().pathOfFile(-1)),
        new BadInput("folders.objectAtPath(blank)", "path", (cl, t, m) -> c(cl).folders().objectAtPath(" ")),
        new BadInput("folders.isChildOf(0, 1)", "childId", (cl, t, m) -> c(cl).folders().isChildOf(0, 1)),
        new BadInput("folders.quotas(0)", "folderId", (cl, t, m) -> c(cl).folders().quotas(0)),
        // uploads and downloads
        new BadInput("uploads.upload(0, ...)", "folderId",
            (cl, t, m) -> c(cl).uploads().upload(0, bytes(), TransferOptions.defaults())),
        new BadInput("uploads.upload(1, null, ...)", "source",
            (cl, t, m) -> c(cl).uploads().upload(1, null, TransferOptions.defaults())),
        new BadInput("uploads.upload(1, src, null)", "options", (cl, t, m) -> c(cl).uploads().upload(1, bytes(), null)),
        new BadInput("uploads.uploadChunked(-1, ...)", "folderId",
            (cl, t, m) -> c(cl).uploads().uploadChunked(-1, bytes(), chunks())),
        new BadInput("uploads.uploadChunked(1, null, ...)", "source",
            (cl, t, m) -> c(cl).uploads().uploadChunked(1, null, chunks())),
        new BadInput("uploads.uploadChunked(1, src, null)", "options",
            (cl, t, m) -> c(cl).uploads().uploadChunked(1, bytes(), null)),
        new BadInput("uploads.newState(1, src, 0)", "chunkSize", (cl, t, m) -> c(cl).uploads().newState(1, bytes(), 0)),
        new BadInput("uploads.resume(null, ...)", "state",
            (cl, t, m) -> c(cl).uploads().resume(null, bytes(), chunks())),
        new BadInput("uploads.report(null)", "state", (cl, t, m) -> c(cl).uploads().report(null)),
        new BadInput("uploads.cancel(null)", "state", (cl, t, m) -> {
          c(cl).uploads().cancel(null);
          return null;
        }),
        new BadInput("uploads.replaceContent(0, src)", "fileId",
            (cl, t, m) -> c(cl).uploads().replaceContent(0, bytes())),
        new BadInput("uploads.replaceContent(1, null)", "source", (cl, t, m) -> c(cl).uploads().replaceContent(1, null)),
        new BadInput("uploads.tusUpload(0, ...)", "folderId",
            (cl, t, m) -> c(cl).uploads().tusUpload(0, bytes(), chunks())),
        new BadInput("TransferOptions.chunkSize(0)", "chunkSize", (cl, t, m) -> TransferOptions.builder().chunkSize(0)),
        new BadInput("TransferOptions.maxResumes(-1)", "maxResumes",
            (cl, t, m) -> TransferOptions.builder().maxResumes(-1)),
        new BadInput("downloads.download(0, ...)", "fileId",
            (cl, t, m) -> c(cl).downloads().download(0, DownloadTarget.toPath(t), TransferOptions.defaults())),
        new BadInput("downloads.download(1, null, ...)", "target",
            (cl, t, m) -> c(cl).downloads().download(1L, null, TransferOptions.defaults())),
        new BadInput("downloads.download(1, target, null)", "options",
            (cl, t, m) -> c(cl).downloads().download(1L, DownloadTarget.toPath(t), null)),
        new BadInput("downloads.download((FileInfo) null, ...)", "file",
            (cl, t, m) -> c(cl).downloads().download((FileInfo) null, DownloadTarget.toPath(t),
                TransferOptions.defaults())),
        new BadInput("downloads.downloadInto(1, null, ...)", "directory",
            (cl, t, m) -> c(cl).downloads().downloadInto(1, null, TransferOptions.defaults())),
        new BadInput("downloads.downloadWithToken(null, ...)", "token",
            (cl, t, m) -> c(cl).downloads().downloadWithToken(null, DownloadTarget.toPath(t),
                TransferOptions.defaults())),
        // account, roots, trash, tokens
        new BadInput("account.update(null)", "update", (cl, t, m) -> c(cl).account().update(null)),
        new BadInput("account.resetPassword(blank)", "loginOrEmail", (cl, t, m) -> {
          c(cl).account().resetPassword(" ");
          return null;
        }),
        new BadInput("account.picture(null)", "target", (cl, t, m) -> c(cl).account().picture(null)),
        new BadInput("account.uploadPicture(null)", "image", (cl, t, m) -> {
          c(cl).account().uploadPicture(null);
          return null;
        }),
        new BadInput("roots.byType(blank)", "type", (cl, t, m) -> c(cl).roots().byType("")),
        new BadInput("roots.portal(null)", "filter", (cl, t, m) -> c(cl).roots().portal(null)),
        new BadInput("trash.get(0)", "trashId", (cl, t, m) -> c(cl).trash().get(0)),
        new BadInput("trash.restore(1, -1)", "folderId", (cl, t, m) -> c(cl).trash().restore(1, -1)),
        new BadInput("trash.destroy(-1)", "trashId", (cl, t, m) -> {
          c(cl).trash().destroy(-1);
          return null;
        }),
        new BadInput("tokens.file(0, PREVIEW)", "fileId",
            (cl, t, m) -> c(cl).tokens().file(0, org.gedkit.netexplorer.TokenType.values()[0])),
        new BadInput("tokens.file(1, null)", "type", (cl, t, m) -> c(cl).tokens().file(1, null)),
        new BadInput("tokens.sharelinkDownload(blank, ...)", "key",
            (cl, t, m) -> c(cl).tokens().sharelinkDownload(" ", java.util.Map.of())),
        new BadInput("tokens.template(0, type)", "templateId",
            (cl, t, m) -> c(cl).tokens().template(0, org.gedkit.netexplorer.TokenType.values()[0])),
        // part 2 samples
        new BadInput("annotations.get(0)", "annotationId", (cl, t, m) -> c(cl).annotations().get(0)),
        new BadInput("annotations.listForTarget(1, null, 10)", "type",
            (cl, t, m) -> c(cl).annotations().listForTarget(1, null, 10)),
        new BadInput("annotations.listForTarget(1, FILE, 0)", "pageSize",
            (cl, t, m) -> c(cl).annotations().listForTarget(1, org.gedkit.netexplorer.TargetType.values()[0], 0)),
        new BadInput("annotations.listAll(-1)", "pageSize", (cl, t, m) -> c(cl).annotations().listAll(-1)),
        new BadInput("annotations.create(1, FILE, blank)", "text",
            (cl, t, m) -> c(cl).annotations().create(1, org.gedkit.netexplorer.TargetType.values()[0], " ")),
        new BadInput("locks.list(1, 0)", "pageSize", (cl, t, m) -> c(cl).locks().list(1, 0)),
        new BadInput("locks.lock(0)", "fileId", (cl, t, m) -> c(cl).locks().lock(0)),
        new BadInput("sharelinks.create(1, null)", "changes", (cl, t, m) -> c(cl).sharelinks().create(1, null)),
        new BadInput("sharelinks.byKey(blank)", "sharelinkKey", (cl, t, m) -> c(cl).sharelinks().byKey(" ")),
        new BadInput("sharelinks.list(0)", "pageSize", (cl, t, m) -> c(cl).sharelinks().list(0)),
        new BadInput("sharelinks.createEmail(1, null, ...)", "recipients",
            (cl, t, m) -> c(cl).sharelinks().createEmail(1, null, "s", "c")),
        new BadInput("rights.get(0)", "rightId", (cl, t, m) -> c(cl).rights().get(0)),
        new BadInput("users.get(blank)", "userId", (cl, t, m) -> c(cl).users().get(" ")),
        // client and builder
        new BadInput("as(blank)", "userId", (cl, t, m) -> c(cl).as(" ")),
        new BadInput("builder baseUrl null", "baseUrl",
            (cl, t, m) -> NetExplorerClient.builder().credentials(LOGIN, PASSWORD).build()),
        new BadInput("builder no credentials", "credentials",
            (cl, t, m) -> NetExplorerClient.builder().baseUrl("http://127.0.0.1:9/").build()),
        new BadInput("builder blank token", "token",
            (cl, t, m) -> NetExplorerClient.builder().baseUrl("http://127.0.0.1:9/").token(" ").build()),
        new BadInput("builder authScheme null", "authScheme",
            (cl, t, m) -> NetExplorerClient.builder().baseUrl("http://127.0.0.1:9/").credentials(LOGIN, PASSWORD)
                .authScheme(null).build()),
        new BadInput("builder baseUrl invalid", "baseUrl",
            (cl, t, m) -> NetExplorerClient.builder().baseUrl("not a url").credentials(LOGIN, PASSWORD).build()));
  }

  @Override
  String pathParamPrefix() {
    return "api/file";
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
    e(emulator).expireAllTokens();
  }

  @Override
  long logins(EmulatorServer emulator) {
    return e(emulator).logins();
  }

  @Override
  Set<String> knownSecrets() {
    return Set.of(PASSWORD);
  }

  @Override
  Set<String> sentSecrets() {
    return Set.of();
  }

  @Override
  Set<String> moduleTestSecrets() {
    return Set.of("s3cret", "\"password\":\"secret\"", "password=secret", "tok-value", "dl-value");
  }

  @Override
  String moduleDirectory() {
    return "sdk-netexplorer";
  }

  @Override
  Set<String> secretHeaders() {
    return Set.of("Authorization", "Token");
  }

  @Override
  Set<String> secretParameters() {
    return Set.of("password", "token", "access_token", "refresh_token", "client_secret");
  }

  @Override
  List<Object> secretHolders(AutoCloseable client) {
    NetExplorerClient cl = c(client);
    return List.of(cl, cl.transport(), cl.account(), cl.files(), cl.folders(), cl.uploads(), cl.downloads(),
        cl.tokens(), cl.oauth(), cl.sharelinks(),
        NetExplorerClient.builder().baseUrl("http://127.0.0.1:9/").credentials(LOGIN, PASSWORD),
        NetExplorerClient.builder().baseUrl("http://127.0.0.1:9/").token(PASSWORD));
  }
}
