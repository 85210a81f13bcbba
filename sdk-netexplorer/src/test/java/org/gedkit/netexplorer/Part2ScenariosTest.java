package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.error.ConflictException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.PermissionDeniedException;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.netexplorer.model.Annotation;
import org.gedkit.netexplorer.model.FileInfo;
import org.gedkit.netexplorer.model.Folder;
import org.gedkit.netexplorer.model.Lock;
import org.gedkit.netexplorer.model.Right;
import org.gedkit.netexplorer.model.Sharelink;
import org.gedkit.netexplorer.model.Ulink;
import org.gedkit.testkit.netexplorer.NetExplorerEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The part-2 scenarios, end to end against the testkit emulator: share a file by link and download it
 * through the link token (without a session); lock a file, fail to update it as another user ({@code AsId}), unlock;
 * grant and revoke a right and see the listing change. Plus annotations and upload links through the client.
 * (Until the emulator served these routes they ran against a stateful MockWebServer dispatcher in this class; the
 * request shapes stay covered by the request-exact tests of each group.)
 */
class Part2ScenariosTest {

  NetExplorerEmulator emu;
  NetExplorerClient nx;

  @BeforeEach
  void start() {
    emu = new NetExplorerEmulator().start();
    nx = client().credentials("smithj", "secret").build();   // smithj (15): administrator, owns folder 1
  }

  NetExplorerClient.Builder client() {
    return NetExplorerClient.builder().baseUrl(emu.baseUrl()).clock(emu.clock()).sleeper(d -> { })
        .retryPolicy(RetryPolicy.none());
  }

  @AfterEach
  void stop() {
    nx.close();
    emu.close();
  }

  @Test
  void shareByLink_thenDownloadThroughTheLinkToken() {
    long fileId = emu.addFile(1, "bilan.pdf", "CONTENT".getBytes(StandardCharsets.UTF_8));
    Sharelink link = nx.sharelinks().create(fileId, SharelinkChanges.builder().password("pw").maxDownloads(2).build());
    String key = link.key().orElseThrow();
    assertThat(link.passwordProtected()).isPresent();
    assertThat(link.remainingDownloads()).contains(2);
    assertThat(nx.sharelinks().list(10).stream()).extracting(Sharelink::id).containsExactly(link.id());

    // the visitor has no session: a client with a made-up token that never logs in
    try (NetExplorerClient visitor = client().token("no-session").logoutOnClose(false).build()) {
      assertThatThrownBy(() -> visitor.tokens().sharelinkDownload(key, Map.of("password", "wrong")))
          .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("Mot de passe incorrect");
      assertThatThrownBy(() -> visitor.sharelinks().download(key, null, DownloadTarget.toStream(new ByteArrayOutputStream())))
          .isInstanceOf(PermissionDeniedException.class);

      String token = visitor.tokens().sharelinkDownload(key, Map.of("password", "pw")).token();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(visitor.sharelinks().download(key, token, DownloadTarget.toStream(out)).bytes()).isEqualTo(7);
      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("CONTENT");
      assertThat(emu.sharelinkDownloads(key)).contains(1);
      assertThat(nx.sharelinks().get(link.id()).remainingDownloads()).contains(1);

      nx.sharelinks().delete(link.id());
      assertThatThrownBy(() -> visitor.sharelinks().download(key, token, DownloadTarget.toStream(new ByteArrayOutputStream())))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void lockedFile_refusesAnotherUsersUpdate_untilUnlocked() {
    long fileId = emu.addFile(1, "bilan.docx", "v1".getBytes(StandardCharsets.UTF_8));
    nx.rights().create(1, "16", RightFlags.builder().browse(true).read(true).download(true).edit(true).build());
    NetExplorerClient bob = nx.as("16");
    assertThat(nx.locks().lock(fileId).ownerId()).contains("15");

    assertThatThrownBy(() -> bob.files().rename(fileId, "pirate.docx"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("verrouillé")
        .satisfies(e -> assertThat(((ConflictException) e).status()).hasValue(423));
    assertThatThrownBy(() -> bob.uploads().replaceContent(fileId, UploadSource.ofBytes(new byte[] {1}, "bilan.docx")))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> bob.locks().unlock(fileId)).isInstanceOf(ConflictException.class);
    Lock seenByBob = bob.locks().get(fileId);
    assertThat(seenByBob.locked()).isTrue();
    assertThat(seenByBob.writeable()).isFalse();
    assertThat(nx.files().get(fileId).name()).isEqualTo("bilan.docx");
    assertThat(emu.content(fileId)).hasValueSatisfying(b -> assertThat(b).isEqualTo("v1".getBytes(StandardCharsets.UTF_8)));

    nx.locks().unlock(fileId);
    assertThat(nx.locks().get(fileId).locked()).isFalse();
    assertThat(emu.lockOwner(fileId)).isEmpty();
    assertThat(bob.files().rename(fileId, "bilan-v2.docx").name()).isEqualTo("bilan-v2.docx");
  }

  @Test
  void grantThenRevokeRight_changesTheListing() {
    emu.addFile(1, "a.txt", "a".getBytes(StandardCharsets.UTF_8));
    NetExplorerClient bob = nx.as("16");
    assertThat(bob.folders().roots(FolderQuery.defaults())).extracting(Folder::id).containsExactly(2L);
    assertThatThrownBy(() -> bob.folders().get(1)).isInstanceOf(PermissionDeniedException.class);
    assertThat(nx.rights().list(1)).isEmpty();

    Right granted = nx.rights().create(1, "16", RightFlags.builder().browse(true).read(true).build());
    assertThat(granted.read()).isTrue();
    assertThat(granted.write()).isFalse();
    assertThat(nx.rights().list(1)).extracting(Right::targetId).containsExactly(Optional.of("16"));
    assertThat(bob.folders().roots(FolderQuery.defaults())).extracting(Folder::id).containsExactly(2L, 1L);
    Folder shared = bob.folders().get(1, FolderQuery.builder().depth(1).build());
    assertThat(shared.canWrite()).isFalse();
    assertThat(shared.content().orElseThrow().files()).extracting(FileInfo::name).containsExactly("a.txt");
    assertThatThrownBy(() -> bob.uploads().upload(1, UploadSource.ofBytes(new byte[] {1}, "b.txt"),
        TransferOptions.defaults())).isInstanceOf(PermissionDeniedException.class);

    nx.rights().edit(granted.id(), RightFlags.builder().write(true).build());
    assertThat(bob.uploads().upload(1, UploadSource.ofBytes(new byte[] {1}, "b.txt"), TransferOptions.defaults())
        .name()).isEqualTo("b.txt");

    nx.rights().delete(granted.id());
    assertThat(nx.rights().list(1)).isEmpty();
    assertThat(bob.folders().roots(FolderQuery.defaults())).extracting(Folder::id).containsExactly(2L);
    assertThatThrownBy(() -> bob.folders().get(1)).isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> nx.rights().delete(granted.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void annotations_onAFile() {
    long fileId = emu.addFile(1, "note.txt", "n".getBytes(StandardCharsets.UTF_8));
    Annotation a = nx.annotations().create(fileId, TargetType.FILE, "À relire");
    assertThat(a.ownerId()).contains("15");
    nx.annotations().create(fileId, TargetType.FILE, "Relu");
    assertThat(nx.annotations().listForTarget(fileId, TargetType.FILE, 1).stream()).extracting(Annotation::text)
        .containsExactly(Optional.of("À relire"), Optional.of("Relu"));
    assertThat(nx.annotations().edit(a.id(), "À relire vite").text()).contains("À relire vite");
    assertThatThrownBy(() -> nx.as("16").annotations().get(a.id())).isInstanceOf(NotFoundException.class);
    nx.annotations().delete(a.id());
    assertThat(nx.annotations().listAll(10).stream()).extracting(Annotation::text).containsExactly(Optional.of("Relu"));
    assertThatThrownBy(() -> nx.annotations().get(a.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void uploadLinks_createListUpdateDelete() {
    Ulink link = nx.ulinks().create(1, UlinkChanges.builder().key("depot-2026").build());
    assertThat(link.key()).contains("depot-2026");
    assertThat(link.folder()).contains("Documents");
    assertThat(link.isValid()).contains(true);
    assertThat(nx.ulinks().list(10).stream()).extracting(Ulink::id).containsExactly(link.id());
    assertThat(nx.ulinks().byKey("depot-2026").id()).isEqualTo(link.id());
    assertThat(nx.ulinks().update(link.id(), UlinkChanges.builder().password("pw").build()).id()).isEqualTo(link.id());
    assertThat(nx.ulinks().passcheck("depot-2026", "pw").valid()).contains(true);
    assertThat(nx.ulinks().passcheck("depot-2026", "nope").valid()).contains(false);
    assertThatThrownBy(() -> nx.as("16").ulinks().create(1, UlinkChanges.none()))
        .isInstanceOf(NotFoundException.class);
    nx.ulinks().delete(link.id());
    assertThat(nx.ulinks().list(10).stream()).isEmpty();
    assertThatThrownBy(() -> nx.ulinks().get(link.id())).isInstanceOf(NotFoundException.class);
  }
}
