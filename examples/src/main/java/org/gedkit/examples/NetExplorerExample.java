package org.gedkit.examples;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.netexplorer.FolderQuery;
import org.gedkit.netexplorer.FolderUpdate;
import org.gedkit.netexplorer.NetExplorerClient;
import org.gedkit.netexplorer.SharelinkChanges;
import org.gedkit.netexplorer.TokenType;
import org.gedkit.netexplorer.TransferOptions;
import org.gedkit.netexplorer.model.AccessToken;
import org.gedkit.netexplorer.model.FileInfo;
import org.gedkit.netexplorer.model.Folder;
import org.gedkit.netexplorer.model.Sharelink;
import org.gedkit.netexplorer.model.User;
import org.gedkit.testkit.Fault;
import org.gedkit.testkit.netexplorer.NetExplorerEmulator;

/**
 * NetExplorer: creates a small folder tree and lists it, uploads a generated 4 MiB file in 1 MiB chunks with a
 * progress bar, then downloads it back while the connection is cut halfway (the download resumes with an HTTP
 * {@code Range}) and verifies it against the MD5 of what was sent. The folder tree is moved to the trash at the
 * end. A download token (a link usable without a session) fetches the file again; against a real server a
 * share link (3 downloads) is also created and deleted (the emulator does not serve share links).
 *
 * <p>Run with no arguments to use the emulator, or set {@code GEDKIT_NETEXPLORER_URL} (the platform address, e.g.
 * {@code https://acme.netexplorer.pro}), {@code GEDKIT_NETEXPLORER_USER} and {@code GEDKIT_NETEXPLORER_PASSWORD}
 * (or {@code GEDKIT_NETEXPLORER_TOKEN}); {@code GEDKIT_NETEXPLORER_FOLDER} picks the parent folder (default: the
 * user's first root). Against a real server no fault is injected.
 */
public final class NetExplorerExample implements Example {

  private static final int FILE_SIZE = 4 * 1024 * 1024;
  private static final int CHUNK_SIZE = 1024 * 1024;

  /** Creates the example. */
  public NetExplorerExample() {}

  /**
   * Runs the example alone.
   *
   * @param args {@code --netexplorer-url=... --netexplorer-user=... --netexplorer-password=...}, or nothing for
   *     the emulator
   * @throws Exception when it fails
   */
  public static void main(String[] args) throws Exception {
    new NetExplorerExample().run(new Console(System.out), BackendConfig.read("netexplorer", args, System.getenv()));
  }

  @Override
  public String backend() {
    return "netexplorer";
  }

  @Override
  public void run(Console console, BackendConfig config) throws Exception {
    NetExplorerEmulator emulator = null;
    NetExplorerClient.Builder builder = NetExplorerClient.builder();
    if (config.isRemote()) {
      builder.baseUrl(config.url());
      if (config.token() != null) {
        builder.token(config.token());
      } else {
        builder.credentials(config.user(), config.password());
      }
    } else {
      emulator = new NetExplorerEmulator().start();
      NetExplorerEmulator emu = emulator;
      // retries wait on the emulator's clock instead of sleeping
      builder.baseUrl(emulator.baseUrl()).credentials("smithj", "secret")
          .clock(emulator.clock()).sleeper(d -> emu.clock().advance(d));
    }
    console.heading("NetExplorer — folders, chunked upload, resumed download with MD5 ("
        + (emulator == null ? config.url() : "emulator") + ")");
    Path work = Files.createTempDirectory("gedkit-netexplorer");
    try (NetExplorerClient nx = builder.build()) {
      User me = nx.account().get();
      String folderEnv = System.getenv("GEDKIT_NETEXPLORER_FOLDER");
      long parent = config.isRemote() && folderEnv != null ? Long.parseLong(folderEnv) : me.roots().get(0);
      console.line("logged in as %s, working under folder %d", me.login().orElse("?"), parent);

      // a small tree: Gedkit tour <stamp>/{Invoices/2026, Contracts}
      Folder top = nx.folders().create(parent, "Gedkit tour " + System.currentTimeMillis(), FolderUpdate.none());
      Folder invoices = nx.folders().create(top.id(), "Invoices", FolderUpdate.none());
      nx.folders().create(invoices.id(), "2026", FolderUpdate.none());
      nx.folders().create(top.id(), "Contracts", FolderUpdate.none());
      try {
        Folder tree = nx.folders().get(top.id(), FolderQuery.builder().depth(-1).build());
        List<List<String>> rows = new ArrayList<>();
        printTree(tree, "", rows);
        console.table(List.of("folder", "id"), rows);

        // a generated file, sent in 1 MiB chunks
        byte[] data = new byte[FILE_SIZE];
        new Random(42).nextBytes(data);
        Path report = work.resolve("report-2026.bin");
        Files.write(report, data);
        Checksum md5 = Checksum.compute(ChecksumAlgorithm.MD5, report);
        FileInfo uploaded = nx.uploads().uploadChunked(invoices.id(), UploadSource.ofPath(report),
            TransferOptions.builder().chunkSize(CHUNK_SIZE).listener(console.progressBar("upload")).build());
        console.line("uploaded %s as file %d in %d chunks of %s", uploaded.name(), uploaded.id(),
            (FILE_SIZE + CHUNK_SIZE - 1) / CHUNK_SIZE, Console.size(CHUNK_SIZE));

        if (emulator != null) {
          // cut the connection halfway through the next download body: the client resumes with "Range: bytes=n-"
          emulator.faults().next(1, "GET", ".*/file/\\d+/download.*", Fault.resetMidBody());
        }
        DownloadResult got = nx.downloads().download(uploaded.id(),
            DownloadTarget.toPath(work.resolve("copy-" + uploaded.name())),
            TransferOptions.builder().md5(md5.hex()).listener(console.progressBar("download")).build());
        console.line("downloaded %s, resumed %d time(s) with Range, MD5 %s: %s", Console.size(got.bytes()),
            got.resumes(), md5.hex(), got.verification());

        // a link for someone without an account: a download token needs no session
        AccessToken token = nx.tokens().file(uploaded.id(), TokenType.DOWNLOAD);
        ByteArrayOutputStream viaToken = new ByteArrayOutputStream();
        nx.downloads().downloadWithToken(token, DownloadTarget.toStream(viaToken), TransferOptions.defaults());
        console.line("download token %s: %s fetched without a session", token, Console.size(viaToken.size()));
        if (emulator == null) {
          // a share link (part 2 of the API; the emulator does not serve share links yet)
          Sharelink link = nx.sharelinks().create(uploaded.id(), SharelinkChanges.builder().maxDownloads(3).build());
          console.line("share link %d, key %s, %s downloads left", link.id(), link.key().orElse("?"),
              link.remainingDownloads().map(String::valueOf).orElse("?"));
          nx.sharelinks().delete(link.id());
        }
      } finally {
        nx.folders().delete(top.id(), true);
        console.line("moved \"%s\" to the trash", top.name());
      }
    } finally {
      try (var files = Files.list(work)) {
        for (Path p : files.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(work);
      if (emulator != null) {
        emulator.close();
      }
    }
  }

  private static void printTree(Folder folder, String indent, List<List<String>> rows) {
    rows.add(List.of(indent + folder.name(), String.valueOf(folder.id())));
    folder.content().ifPresent(c -> c.folders().forEach(f -> printTree(f, indent + "  ", rows)));
  }
}
