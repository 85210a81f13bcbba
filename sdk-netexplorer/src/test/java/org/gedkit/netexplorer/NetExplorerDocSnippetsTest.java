package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.core.transfer.ChecksumVerification;
import org.gedkit.core.transfer.ChunkedUploadState;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.netexplorer.model.AccessToken;
import org.gedkit.netexplorer.model.FileInfo;
import org.gedkit.netexplorer.model.Folder;
import org.gedkit.netexplorer.model.User;
import org.gedkit.testkit.netexplorer.NetExplorerEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every snippet of docs/netexplorer.md against the emulator. Each snippet sits between
 * {@code // snippet:<name>} and {@code // end} here and under {@code <!-- snippet:<name> -->} in the guide;
 * {@link #guide_showsTheSnippetsOfThisClass()} checks the guide prints exactly this code.
 */
class NetExplorerDocSnippetsTest {

  @TempDir
  Path dir;

  NetExplorerEmulator emulator;
  String url;

  @BeforeEach
  void start() {
    emulator = new NetExplorerEmulator().start();
    url = emulator.baseUrl();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void connect() {
    // snippet:connect
    try (NetExplorerClient nx = NetExplorerClient.builder()
        .baseUrl(url)                       // e.g. https://acme.netexplorer.pro ("/api" is added)
        .credentials("smithj", "secret")    // POST /auth once, Bearer token on every call
        .build()) {
      User me = nx.account().get();
      Folder documents = nx.folders().get(me.roots().get(0), FolderQuery.builder().depth(1).build());
      System.out.println(me.login().orElse("?") + " sees " + documents.name());
    }
    // end
    assertThat(emulator.logins()).isEqualTo(1);
  }

  @Test
  void folders() {
    try (NetExplorerClient nx = client()) {
      // snippet:folders
      Folder projects = nx.folders().create(1, "Projects", FolderUpdate.builder().quota(-1).build());
      nx.folders().rename(projects.id(), "Projects 2026");
      Folder tree = nx.folders().get(1, FolderQuery.builder().depth(-1).full().build());
      tree.content().ifPresent(c -> c.folders().forEach(f -> System.out.println(f.name())));
      nx.folders().delete(projects.id(), true);   // to the trash; false destroys it
      // end
      assertThat(nx.trash().list().folders()).hasSize(1);
    }
  }

  @Test
  void upload() throws Exception {
    Path report = Files.write(dir.resolve("report.pdf"), new byte[3 * 1024 * 1024 + 7]);
    Path state = dir.resolve("report.upload.json");
    try (NetExplorerClient nx = client()) {
      // snippet:upload
      FileInfo small = nx.uploads().upload(1, UploadSource.ofBytes("hello".getBytes(), "hello.txt"),
          TransferOptions.defaults());

      TransferOptions opts = TransferOptions.builder()
          .chunkSize(1024 * 1024)
          .checkpoint(s -> save(state, s.toJson()))     // persist after every chunk
          .build();
      FileInfo big = nx.uploads().uploadChunked(1, UploadSource.ofPath(report), opts);

      // after a crash: resume from the saved state; only the chunks the server lacks are sent
      ChunkedUploadState saved = ChunkedUploadState.fromJson(Files.readString(state));
      // nx.uploads().resume(saved, UploadSource.ofPath(report), opts);
      // end
      assertThat(small.hash()).isPresent();
      assertThat(big.size()).contains(Files.size(report));
      assertThat(saved.isComplete()).isTrue();
    }
  }

  @Test
  void download() throws Exception {
    long fileId = emulator.addFile(1, "contract.pdf", "PDF".getBytes());
    try (NetExplorerClient nx = client()) {
      // snippet:download
      DownloadResult r = nx.downloads().download(fileId, DownloadTarget.toPath(dir.resolve("contract.pdf")),
          TransferOptions.defaults());         // streamed, Range resume, MD5 check
      if (r.verification() == ChecksumVerification.NOT_VERIFIABLE) {
        System.out.println("the server gave no MD5 yet (fresh upload)");
      }
      AccessToken token = nx.tokens().file(fileId, TokenType.DOWNLOAD);
      nx.downloads().downloadWithToken(token, DownloadTarget.toPath(dir.resolve("copy.pdf")),
          TransferOptions.defaults());         // no session needed
      // end
      assertThat(r.verification()).isEqualTo(ChecksumVerification.VERIFIED);
      assertThat(Files.readString(dir.resolve("copy.pdf"))).isEqualTo("PDF");
    }
  }

  @Test
  void paging() {
    emulator.addFiles(1, 250);
    try (NetExplorerClient nx = client()) {
      // snippet:paging
      PagedIterable<FileInfo> recent = nx.files().activity(100);   // nothing is sent yet
      System.out.println(recent.totalCount().orElse(-1) + " files");
      recent.stream().limit(3).forEach(f -> System.out.println(f.name()));
      // end
      assertThat(recent.totalCount()).hasValue(250);
    }
  }

  @Test
  void actAsAndErrors() {
    emulator.grantRead(1, "16");
    try (NetExplorerClient nx = client()) {
      // snippet:as
      NetExplorerClient asBob = nx.as("16");          // AsId: 16, same session
      Folder shared = asBob.folders().get(1);
      try {
        nx.files().get(999_999);
      } catch (NotFoundException e) {
        System.out.println(e.status() + " " + e.vendorMessage().orElse(""));
      }
      // end
      assertThat(shared.id()).isEqualTo(1);
    }
  }

  @Test
  void emulator() {
    long logins;
    // snippet:emulator
    try (NetExplorerEmulator server = new NetExplorerEmulator().start()) {   // gedkit-testkit, test scope
      server.addFile(1, "a.txt", "hello".getBytes());
      server.tokenLifetime(Duration.ofMinutes(5));
      try (NetExplorerClient nx = NetExplorerClient.builder().baseUrl(server.baseUrl())
          .credentials("smithj", "secret").clock(server.clock()).build()) {
        nx.folders().get(1);
        server.clock().advance(Duration.ofMinutes(6));   // the token expires on the emulator's clock
        nx.folders().get(1);                             // 401: logged in again once, call replayed
      }
      logins = server.logins();                          // 2
    }
    // end
    assertThat(logins).isEqualTo(2);
  }

  NetExplorerClient client() {
    return NetExplorerClient.builder().baseUrl(url).credentials("smithj", "secret").build();
  }

  static void save(Path p, String json) {
    try {
      Files.writeString(p, json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void guide_showsTheSnippetsOfThisClass() throws Exception {
    String root = System.getProperty("gedkit.root");
    assumeTrue(root != null && !root.isBlank(), "gedkit.root is not set");
    Path guide = Path.of(root, "docs", "netexplorer.md");
    Path self = Path.of(root, "sdk-netexplorer", "src", "test", "java", "org", "gedkit", "netexplorer",
        "NetExplorerDocSnippetsTest.java");
    assumeTrue(Files.exists(guide) && Files.exists(self), "guide or source not found under " + root);
    String md = Files.readString(guide);
    String src = Files.readString(self);
    Matcher code = Pattern.compile("(?s)// snippet:(\\w+)\\n(.*?)\\n\\s*// end").matcher(src);
    List<String> names = new ArrayList<>();
    while (code.find()) {
      names.add(code.group(1));
      String expected = dedent(code.group(2));
      Matcher doc = Pattern.compile("(?s)<!-- snippet:" + code.group(1) + " -->\\s*```java\\n(.*?)\\n```").matcher(md);
      assertThat(doc.find()).as("guide has snippet " + code.group(1)).isTrue();
      assertThat(doc.group(1).strip()).as("snippet " + code.group(1)).isEqualTo(expected.strip());
    }
    assertThat(names).contains("connect", "folders", "upload", "download", "paging", "as", "emulator");
  }

  static String dedent(String block) {
    List<String> lines = block.lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return sb.toString();
  }
}
