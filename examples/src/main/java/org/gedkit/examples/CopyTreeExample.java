package org.gedkit.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.gedkit.core.Gedkit;
import org.gedkit.core.error.ChecksumMismatchException;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.store.Container;
import org.gedkit.core.store.DocumentInfo;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.core.transfer.ChecksumVerification;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.FileNameSanitizer;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.netexplorer.FolderUpdate;
import org.gedkit.netexplorer.NetExplorerClient;
import org.gedkit.testkit.MutableClock;
import org.gedkit.testkit.ezged.EzGedEmulator;
import org.gedkit.testkit.netexplorer.NetExplorerEmulator;

/**
 * Copies a tree from one back end to another through the portable view only: here an EzGED view (its records
 * and their files) into a NetExplorer folder. Every file is downloaded from the source verified against the
 * source's checksum (EzGED: SHA-1), uploaded (chunked above 1 MiB), then downloaded again from the target
 * verified against the target's checksum (NetExplorer: MD5) and compared with the source's SHA-1. Progress
 * bars show each transfer.
 *
 * <p>The portable view has no "create container" operation, so the one non-portable step, making the target
 * folders, is a {@link FolderMaker} the caller gives (here NetExplorer's {@code folders().create}, reached with
 * {@code unwrap}). Everything else is {@link DocumentStore} calls, so the same {@link #copyTree} copies between
 * any two stores that can list, download and upload.
 *
 * <p>Run with no arguments: it starts both emulators and seeds 3 EzGED records with 10 files of 3 KiB to 2 MiB.
 */
public final class CopyTreeExample implements Example {

  /** Creates the example. */
  public CopyTreeExample() {}

  /**
   * Makes a container in the target store (the portable view cannot).
   */
  @FunctionalInterface
  public interface FolderMaker {
    /**
     * Creates a folder.
     *
     * @param parentId the parent container id in the target store
     * @param name the folder name
     * @return the new container id
     */
    String make(String parentId, String name);
  }

  /**
   * A file that was copied and checked.
   *
   * @param path the file's path in the copied tree, e.g. {@code courriers-1/scan.pdf}
   * @param sourceId the document id in the source store
   * @param targetId the document id in the target store
   * @param bytes the size
   * @param sourceChecksum the source's checksum (verified on download)
   * @param targetChecksum the target's checksum (verified on the download back)
   */
  public record CopiedFile(String path, String sourceId, String targetId, long bytes, Checksum sourceChecksum,
      Checksum targetChecksum) {}

  /**
   * What a copy did.
   *
   * @param folders the folders created in the target
   * @param files the files copied, each verified twice
   */
  public record CopyReport(int folders, List<CopiedFile> files) {
    /**
     * Copies the list.
     *
     * @param folders see the record description
     * @param files see the record description
     */
    public CopyReport {
      files = List.copyOf(files);
    }

    /**
     * The bytes copied.
     *
     * @return the total size
     */
    public long bytes() {
      return files.stream().mapToLong(CopiedFile::bytes).sum();
    }
  }

  /**
   * Runs the example alone, on the emulators.
   *
   * @param args ignored
   * @throws Exception when it fails
   */
  public static void main(String[] args) throws Exception {
    new CopyTreeExample().run(new Console(System.out), BackendConfig.read("ezged", args, System.getenv()));
  }

  @Override
  public String backend() {
    return "ezged-to-netexplorer";
  }

  /**
   * Copies the seeded EzGED view into NetExplorer, both emulated (a remote configuration is not used: call
   * {@link #copyTree} with your own stores for that).
   *
   * @param console where to print
   * @param config ignored; the example always runs on the emulators
   * @throws Exception when it fails
   */
  @Override
  public void run(Console console, BackendConfig config) throws Exception {
    Path work = Files.createTempDirectory("gedkit-copy-");
    try (EzGedEmulator ezged = new EzGedEmulator(MutableClock.startingNow(), 3).start();
        NetExplorerEmulator nx = new NetExplorerEmulator().start()) {
      seedSource(ezged);
      CopyReport report = copyOnEmulators(ezged, nx, work, console);
      console.line("%s: %d folders, %d files, %s, every file verified twice", backend(), report.folders(),
          report.files().size(), Console.size(report.bytes()));
    } finally {
      deleteTree(work);
    }
  }

  /**
   * Seeds the source emulator: records 1 to 3 of table {@code courriers} get 10 files (3 KiB to 2 MiB) of
   * pseudo-random bytes. The emulator must have at least 3 rows.
   *
   * @param ezged the EzGED emulator
   * @return the seeded files by path ({@code courriers-<rsid>/<name>}) and content
   */
  public static Map<String, byte[]> seedSource(EzGedEmulator ezged) {
    Random random = new Random(13);
    Object[][] seed = {
        {1L, "facture-2024-001.pdf", 3 * 1024}, {1L, "facture-2024-002.pdf", 17 * 1024},
        {1L, "bon-de-commande.pdf", 64 * 1024}, {1L, "photo-chantier.jpg", 700 * 1024},
        {2L, "devis-signe.pdf", 12 * 1024}, {2L, "plan-etage.pdf", 2 * 1024 * 1024},
        {2L, "note.txt", 5 * 1024}, {3L, "rapport-intervention.pdf", 150 * 1024},
        {3L, "releve.csv", 9 * 1024}, {3L, "scan-courrier.pdf", 1024 * 1024 + 333}};
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (Object[] s : seed) {
      byte[] content = new byte[(Integer) s[2]];
      random.nextBytes(content);
      long rsid = (Long) s[0];
      String name = (String) s[1];
      ezged.addFile("courriers", rsid, name, name.endsWith(".pdf") ? "application/pdf" : "application/octet-stream",
          content);
      out.put("courriers-" + rsid + "/" + name, content);
    }
    return out;
  }

  /**
   * Opens both emulators through {@code Gedkit.connect} and copies EzGED view 2 ({@code view:2}, its records and
   * their files) into NetExplorer folder 1 ({@code Documents}).
   *
   * @param ezged the seeded EzGED emulator
   * @param nx the NetExplorer emulator
   * @param work a directory for the transfers
   * @param console where progress goes
   * @return what was copied; never null
   */
  public static CopyReport copyOnEmulators(EzGedEmulator ezged, NetExplorerEmulator nx, Path work, Console console) {
    try (DocumentStore source = Gedkit.connect("ezged+" + ezged.baseUrl(),
            Map.of("user", "admin", "password", "admin"));
        DocumentStore target = Gedkit.connect("netexplorer+" + nx.baseUrl(),
            Map.of("user", "smithj", "password", "secret", "chunkThreshold", Long.toString(1024 * 1024)))) {
      FolderMaker mkdir = (parent, name) -> Long.toString(target.unwrap(NetExplorerClient.class).folders()
          .create(Long.parseLong(parent), name, FolderUpdate.none()).id());
      return copyTree(source, "view:" + EzGedEmulator.COURRIERS_QUERY_ID, "Courriers", target, "1", mkdir, work,
          console);
    }
  }

  /**
   * Copies a container's tree: makes a folder named {@code name} under {@code targetParentId}, copies the
   * container's documents into it, then its sub-containers, recursively. Each file goes through {@code work}:
   * downloaded verified, uploaded, downloaded back from the target verified, and its SHA-256 compared with the
   * first download's.
   *
   * @param source the store to read
   * @param sourceContainerId the container to copy
   * @param name the name of the top folder to make in the target
   * @param target the store to write
   * @param targetParentId where the top folder goes
   * @param mkdir makes target folders
   * @param work a directory for the transfers (left empty)
   * @param console where progress goes
   * @return what was copied; never null
   * @throws ChecksumMismatchException when a file differs after the copy
   */
  public static CopyReport copyTree(DocumentStore source, String sourceContainerId, String name, DocumentStore target,
      String targetParentId, FolderMaker mkdir, Path work, Console console) {
    Objects.requireNonNull(mkdir, "mkdir");
    List<CopiedFile> copied = new ArrayList<>();
    int[] folders = {0};
    copyContainer(source, sourceContainerId, FileNameSanitizer.sanitize(name), target, targetParentId, mkdir, work,
        console, "", copied, folders);
    return new CopyReport(folders[0], copied);
  }

  private static void copyContainer(DocumentStore source, String containerId, String name, DocumentStore target,
      String targetParentId, FolderMaker mkdir, Path work, Console console, String path, List<CopiedFile> copied,
      int[] folders) {
    String folder = mkdir.make(targetParentId, name);
    folders[0]++;
    console.line("folder %s -> %s %s", containerId, target.backend(), folder);
    for (DocumentInfo doc : source.list(containerId)) {
      copied.add(copyFile(source, doc, target, folder, work, console, path));
    }
    for (Container c : source.containers(containerId)) {
      String child = FileNameSanitizer.sanitize(c.name());
      copyContainer(source, c.id(), child, target, folder, mkdir, work, console, path + child + "/", copied, folders);
    }
  }

  private static CopiedFile copyFile(DocumentStore source, DocumentInfo doc, DocumentStore target, String folder,
      Path work, Console console, String path) {
    String fileName = FileNameSanitizer.sanitize(doc.name());
    try {
      Path dir = Files.createTempDirectory(work, "file-");
      try {
        Path local = dir.resolve(fileName);
        DownloadResult in = source.download(doc.id(), DownloadTarget.toPath(local), console.progressBar("get " + shortName(fileName)));
        requireVerified(source, doc, in);
        Checksum sha = Checksum.compute(ChecksumAlgorithm.SHA256, local);
        DocumentInfo up = target.upload(folder, UploadSource.ofPath(local), console.progressBar("put " + shortName(fileName)));
        Path back = dir.resolve("check.bin");
        DownloadResult check = target.download(up.id(), DownloadTarget.toPath(back), TransferListener.none());
        requireVerified(target, up, check);
        Checksum backSha = Checksum.compute(ChecksumAlgorithm.SHA256, back);
        if (!backSha.equals(sha)) {
          throw new ChecksumMismatchException(ErrorDetails.of(target.backend(), "copy"), "SHA-256", sha.hex(),
              backSha.hex());
        }
        console.line("  %s%s: %s, %s %s, %s %s", path, fileName, Console.size(in.bytes()),
            doc.checksum().map(c -> c.algorithm().name()).orElse("size"), in.verification(),
            up.checksum().map(c -> c.algorithm().name()).orElse("size"), check.verification());
        return new CopiedFile(path + fileName, doc.id(), up.id(), in.bytes(), doc.checksum().orElse(sha),
            up.checksum().orElse(backSha));
      } finally {
        deleteTree(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A download must be VERIFIED when the store gave a checksum, and as long as the store said. */
  private static void requireVerified(DocumentStore store, DocumentInfo doc, DownloadResult r) {
    if (doc.checksum().isPresent() && r.verification() != ChecksumVerification.VERIFIED) {
      throw new ChecksumMismatchException(ErrorDetails.of(store.backend(), "copy"), doc.checksum().get()
          .algorithm().name(), doc.checksum().get().hex(), "(not verified)");
    }
    if (doc.size().isPresent() && doc.size().getAsLong() != r.bytes()) {
      throw new ChecksumMismatchException(ErrorDetails.of(store.backend(), "copy"), "size",
          Long.toString(doc.size().getAsLong()), Long.toString(r.bytes()));
    }
  }

  private static String shortName(String name) {
    return name.length() <= 10 ? name : name.substring(0, 9) + "…";
  }

  private static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
