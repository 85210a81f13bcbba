package org.gedkit.examples;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.gedkit.core.auth.Credentials;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.parapheur.ExtractedArchive;
import org.gedkit.parapheur.ParapheurClient;
import org.gedkit.parapheur.ProofArchive;
import org.gedkit.parapheur.ProofOptions;
import org.gedkit.parapheur.UnsafeArchiveException;
import org.gedkit.parapheur.model.HistoryEntry;
import org.gedkit.parapheur.model.ProofResult;
import org.gedkit.parapheur.model.SignedDocument;
import org.gedkit.testkit.parapheur.ParapheurEmulator;

/**
 * Maarch Parapheur: prints the history of a signed document as an aligned table, fetches its proof alone and the
 * whole proof folder (each told PDF, XML or ZIP from its first bytes, not from what the server declared),
 * extracts the folder safely and checks the signed document against the SHA-512 fingerprint of the history. On
 * the emulator it also shows a hostile folder (zip-slip) being refused.
 *
 * <p>Run with no arguments to use the emulator, or set {@code GEDKIT_PARAPHEUR_URL},
 * {@code GEDKIT_PARAPHEUR_USER} and {@code GEDKIT_PARAPHEUR_PASSWORD} (a REST user, HTTP Basic) and
 * {@code GEDKIT_PARAPHEUR_DOCUMENT} (the id of a signed document, default 250).
 */
public final class ParapheurExample implements Example {

  /** Creates the example. */
  public ParapheurExample() {}

  /**
   * Runs the example alone.
   *
   * @param args {@code --parapheur-url=... --parapheur-user=... --parapheur-password=...}, or nothing for the
   *     emulator
   * @throws Exception when it fails
   */
  public static void main(String[] args) throws Exception {
    new ParapheurExample().run(new Console(System.out), BackendConfig.read("parapheur", args, System.getenv()));
  }

  @Override
  public String backend() {
    return "parapheur";
  }

  @Override
  public void run(Console console, BackendConfig config) throws Exception {
    ParapheurEmulator emulator = null;
    ParapheurClient.Builder builder = ParapheurClient.builder();
    long documentId = ParapheurEmulator.DOC_EIDAS;
    if (config.isRemote()) {
      builder.baseUrl(config.url()).credentials(config.token() != null ? Credentials.token(config.token())
          : Credentials.password(config.user(), config.password()));
      documentId = Long.parseLong(System.getenv().getOrDefault("GEDKIT_PARAPHEUR_DOCUMENT", "250"));
    } else {
      emulator = ParapheurEmulator.withSampleData().start();
      ParapheurEmulator emu = emulator;
      builder.baseUrl(emulator.baseUrl())
          .credentials(Credentials.password(ParapheurEmulator.SAMPLE_REST_LOGIN, ParapheurEmulator.SAMPLE_REST_PASSWORD))
          .clock(emulator.clock()).sleeper(d -> emu.clock().advance(d));
    }
    console.heading("Maarch Parapheur — history, proof, safe extraction, fingerprint ("
        + (emulator == null ? config.url() : "emulator") + ")");
    Path work = Files.createTempDirectory("gedkit-parapheur");
    try (ParapheurClient client = builder.build()) {
      List<HistoryEntry> history = client.documents().history(documentId);
      List<List<String>> rows = new ArrayList<>();
      for (HistoryEntry e : history) {
        rows.add(List.of(e.date().map(Object::toString).orElse("-"), e.rawCode(), e.type(), e.user().displayName(),
            e.message()));
      }
      console.line("history of document %d:", documentId);
      console.table(List.of("date", "code", "type", "user", "message"), rows);

      ProofResult alone = client.documents().proof(documentId, ProofOptions.builder().onlyProof(true).build(),
          work.resolve("proof-" + documentId));
      console.line("proof alone: %s by content (server said %s), %s", alone.format(),
          alone.declaredFormat().orElse("?"), Console.size(alone.bytes()));

      ProofResult folder = client.documents().proof(documentId, work.resolve("folder-" + documentId + ".zip"));
      console.line("proof folder: %s by content, %s, sha512 %s…", folder.format(), Console.size(folder.bytes()),
          folder.sha512().hex().substring(0, 16));
      ExtractedArchive files = ProofArchive.extract(folder.path().orElseThrow(), work.resolve("folder"));
      List<List<String>> entries = new ArrayList<>();
      for (Path f : files.files()) {
        entries.add(List.of(files.directory().relativize(f).toString(), Console.size(Files.size(f))));
      }
      console.table(List.of("extracted", "size"), entries);

      SignedDocument signed = history.stream().flatMap(e -> e.document().stream()).findFirst().orElse(null);
      if (signed != null) {
        Checksum ok = signed.verify(files.find(ProofArchive.MAIN_DOCUMENT).orElseThrow());
        console.line("%s matches the fingerprint of the history: %s %s…", ProofArchive.MAIN_DOCUMENT,
            ok.algorithm(), ok.hex().substring(0, 16));
      } else {
        console.line("no signer's validation in the history: nothing to check the main document against");
      }

      if (emulator != null) {
        try {
          ProofResult hostile = client.documents().proof(ParapheurEmulator.DOC_ZIP_SLIP,
              work.resolve("hostile.zip"));
          ProofArchive.extract(hostile.path().orElseThrow(), work.resolve("hostile"));
          throw new IllegalStateException("a zip-slip folder was extracted");
        } catch (UnsafeArchiveException e) {
          console.line("hostile folder of document %d refused: %s", ParapheurEmulator.DOC_ZIP_SLIP,
              e.getMessage());
        }
      }
    } finally {
      deleteTree(work);
      if (emulator != null) {
        emulator.close();
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
