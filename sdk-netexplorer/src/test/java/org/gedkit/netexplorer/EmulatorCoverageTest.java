package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.netexplorer.model.FileInfo;
import org.gedkit.netexplorer.model.Folder;
import org.gedkit.testkit.netexplorer.NetExplorerEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The part-1 methods work end to end against the emulator (client and emulator agree on every route). */
class EmulatorCoverageTest {

  NetExplorerEmulator emu;
  NetExplorerClient nx;

  @BeforeEach
  void start() {
    emu = new NetExplorerEmulator().start();
    nx = NetExplorerClient.builder().baseUrl(emu.baseUrl()).credentials("smithj", "secret").build();
  }

  @AfterEach
  void stop() {
    nx.close();
    emu.close();
  }

  @Test
  void account_roots_sync() {
    assertThat(nx.account().update(AccountUpdate.builder().lastname("Smith").password("a", "b").build()).lastname())
        .contains("Smith");
    nx.account().uploadPicture(UploadSource.ofBytes(new byte[] {7, 8}, "me.png"));
    ByteArrayOutputStream pic = new ByteArrayOutputStream();
    nx.account().picture(DownloadTarget.toStream(pic));
    assertThat(pic.toByteArray()).containsExactly(7, 8);
    nx.account().deletePicture();
    nx.account().resetPassword("smithj");
    assertThat(nx.roots().list()).extracting(Folder::id).containsExactly(1L);
    assertThat(nx.roots().byType("private")).hasSize(1);
    assertThat(nx.roots().portal("all")).hasSize(1);
    assertThat(nx.folders().roots(FolderQuery.defaults())).hasSize(1);
    Folder sub = nx.folders().create(1, "Sub", FolderUpdate.none());
    long file = emu.addFile(sub.id(), "x.txt", "x".getBytes());
    assertThat(nx.folders().pathOfFolder(sub.id())).isEqualTo("Documents/Sub/");
    assertThat(nx.folders().pathOfFile(file)).isEqualTo("Documents/Sub/x.txt");
    assertThat(nx.folders().objectAtPath("Documents/Sub/x.txt").file().get().id()).isEqualTo(file);
    assertThat(nx.folders().objectAtPath("Documents/Sub/").folder().get().id()).isEqualTo(sub.id());
    assertThat(nx.folders().isChildOf(sub.id(), 1)).isTrue();
    assertThat(nx.folders().quotas().user().get().used()).isEqualTo(1);
    assertThat(nx.folders().quotas(sub.id()).folder()).isPresent();
    assertThat(nx.folders().timeline(1).events()).isEmpty();
    assertThat(nx.folders().search(1, FolderQuery.builder().search("x").build()).files()).hasSize(1);
    assertThat(nx.folders().move(sub.id(), 1).parentId()).contains(1L);
  }

  @Test
  void files_transfers_trash_tokens() throws Exception {
    FileInfo created = nx.files().create(1, "empty.txt");
    assertThat(nx.uploads().replaceContent(created.id(), UploadSource.ofBytes("now".getBytes(), "empty.txt")))
        .hasValueSatisfying(f -> assertThat(f.nbVersions()).contains(2));
    assertThat(nx.files().versions(created.id())).hasSize(2);
    assertThat(nx.files().timeline(created.id())).hasSize(2);
    assertThat(nx.files().infos(created.id()).length()).contains(1);
    assertThat(nx.files().rename(created.id(), "now.txt").name()).isEqualTo("now.txt");
    FileInfo full = nx.files().get(created.id(), FieldSet.FULL);
    ByteArrayOutputStream thumb = new ByteArrayOutputStream();
    nx.files().thumbnail(full.thumbToken().orElseThrow(), DownloadTarget.toStream(thumb));
    assertThat(thumb.size()).isEqualTo(3);
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    nx.files().preview(created.id(), DownloadTarget.toStream(page));
    assertThat(page.toString()).contains("now.txt");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    nx.files().zip(List.of(created.id()), List.of(), DownloadTarget.toStream(zip));
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
      assertThat(z.getNextEntry().getName()).isEqualTo("now.txt");
      assertThat(new String(z.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("now");
    }
    String location = nx.uploads().tusUpload(1, UploadSource.ofBytes("tus data!".getBytes(), "tus.txt"),
        TransferOptions.builder().chunkSize(4).build());
    assertThat(location).startsWith("/api/file/tus/");
    assertThat(emu.content(emu.fileId(1, "tus.txt").orElseThrow())).hasValueSatisfying(
        b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("tus data!"));
    var state = nx.uploads().newState(1, UploadSource.ofBytes(new byte[10], "c.bin"), 4);
    nx.uploads().cancel(state);
    assertThat(nx.tokens().template(3, TokenType.PREVIEW).token()).isNotBlank();
    String key = nx.sharelinks().create(created.id(), SharelinkChanges.none()).key().orElseThrow();
    assertThat(nx.tokens().sharelinkDownload(key, Map.of()).token()).isNotBlank();
    nx.files().delete(created.id(), false, VersionsMode.ALL);
    assertThat(nx.trash().list().files()).isEmpty();
    long other = emu.addFile(1, "t.txt", "t".getBytes());
    nx.files().delete(other);
    long trashId = nx.trash().list().files().get(0).id();
    assertThat(nx.trash().get(trashId).name()).isEqualTo("t.txt");
    nx.trash().destroy(trashId);
    nx.files().delete(emu.addFile(1, "u.txt", "u".getBytes()));
    nx.trash().purge();
    assertThat(nx.trash().list().files()).isEmpty();
    emu.addFiles(1, 3);
    assertThat(nx.files().activity(2).totalCount()).hasValue(4);   // tus.txt + 3
  }
}
