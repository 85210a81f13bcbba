package org.gedkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gedkit.core.auth.Credentials;
import org.gedkit.core.error.GedkitException;
import org.gedkit.parapheur.ArchiveLimits;
import org.gedkit.parapheur.ParapheurClient;
import org.gedkit.parapheur.ProofArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/** The Parapheur proof ZIP extraction and XML history parser on arbitrary bytes. */
class ParapheurFilesFuzzTest {

  private static Path work;
  private static ParapheurClient client;

  @BeforeAll
  static void setUp() throws IOException {
    work = Files.createTempDirectory("gedkit-fuzz-files");
    // never sends anything: parseHistoryXml is local
    client = ParapheurClient.builder().baseUrl("http://127.0.0.1:9/")
        .credentials(Credentials.password("fuzz", "fuzz-password-123456")).build();
  }

  @AfterAll
  static void tearDown() throws IOException {
    client.close();
    delete(work);
  }

  static void delete(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> files = Files.walk(p)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  /** Extraction: a GedkitException or files strictly inside the target directory, within the limits. */
  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void proofZip(byte[] data) throws IOException {
    Path run = Files.createTempDirectory(work, "run");
    try {
      Path zip = run.resolve("proof.zip");
      Files.write(zip, data);
      Path out = run.resolve("out");
      ArchiveLimits limits = ArchiveLimits.defaults().withMaxEntries(64).withMaxTotalBytes(8L << 20);
      try {
        var extracted = ProofArchive.extract(zip, out, limits);
        Path real = out.toRealPath();
        for (Path f : extracted.files()) {
          assertThat(f.toRealPath()).startsWith(real);
        }
        assertThat(extracted.totalBytes()).isLessThanOrEqualTo(8L << 20);
      } catch (GedkitException expected) {
        // typed failure
      }
      try (Stream<Path> all = Files.walk(run)) {
        Path realRun = run.toRealPath();
        all.forEach(p -> assertThat(p.toAbsolutePath().normalize()).startsWith(realRun));
      }
      try (Stream<Path> siblings = Files.list(work)) {
        assertThat(siblings).as("nothing written beside the run directory").allMatch(p -> p.getFileName().toString()
            .startsWith("run"));
      }
    } finally {
      delete(run);
    }
  }

  /** The XML history parser: entries or a GedkitException (a DTD / XXE is an error, never resolved). */
  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void historyXml(byte[] data) {
    try {
      assertThat(client.documents().parseHistoryXml(new ByteArrayInputStream(data))).isNotNull();
    } catch (GedkitException expected) {
      // typed failure
    }
  }
}
