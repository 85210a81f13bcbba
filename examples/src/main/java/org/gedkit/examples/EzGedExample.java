package org.gedkit.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.FileNameSanitizer;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.ezged.ExecOptions;
import org.gedkit.ezged.EzGedClient;
import org.gedkit.ezged.QueryFilter;
import org.gedkit.ezged.SortDirection;
import org.gedkit.ezged.UploadOptions;
import org.gedkit.ezged.model.FileRevision;
import org.gedkit.ezged.model.Job;
import org.gedkit.ezged.model.Row;
import org.gedkit.ezged.model.ViewNode;
import org.gedkit.ezged.model.ViewTree;
import org.gedkit.testkit.ezged.EzGedEmulator;

/**
 * EzGED: log in, browse the views, search with a filter, page through a view, upload a scan, attach it
 * to a record and wait for the job, then download it verified against its SHA-1. Run with no
 * arguments to use the emulator, or set {@code GEDKIT_EZGED_URL}, {@code GEDKIT_EZGED_USER} and
 * {@code GEDKIT_EZGED_PASSWORD} (and {@code GEDKIT_EZGED_VIEW}, {@code GEDKIT_EZGED_TABLE},
 * {@code GEDKIT_EZGED_RECORD} to pick what to read and where to attach).
 */
public final class EzGedExample implements Example {

  /** Creates the example. */
  public EzGedExample() {}

  /**
   * Runs the example alone.
   *
   * @param args {@code --ezged-url=... --ezged-user=... --ezged-password=...}, or nothing for the emulator
   * @throws Exception when it fails
   */
  public static void main(String[] args) throws Exception {
    new EzGedExample().run(new Console(System.out), BackendConfig.read("ezged", args, System.getenv()));
  }

  @Override
  public String backend() {
    return "ezged";
  }

  @Override
  public void run(Console console, BackendConfig config) throws Exception {
    EzGedEmulator emulator = null;
    EzGedClient.Builder builder = EzGedClient.builder();
    if (config.isRemote()) {
      builder.baseUrl(config.url()).credentials(config.user(), config.password());
    } else {
      emulator = new EzGedEmulator().start();
      EzGedEmulator emu = emulator;
      // the emulator's jobs progress on its own clock: waiting advances it instead of sleeping
      builder.baseUrl(emulator.baseUrl()).credentials("admin", "admin")
          .clock(emulator.clock()).sleeper(d -> emu.clock().advance(d));
    }
    String table = System.getenv().getOrDefault("GEDKIT_EZGED_TABLE", "courriers");
    long record = Long.parseLong(System.getenv().getOrDefault("GEDKIT_EZGED_RECORD", "108"));
    console.heading("EzGED — views, search, paging, upload, job, verified download ("
        + (emulator == null ? config.url() : "emulator") + ")");
    Path work = Files.createTempDirectory("gedkit-ezged");
    try (EzGedClient ezged = builder.build()) {
      ViewTree tree = ezged.queries().tree();
      List<List<String>> views = new ArrayList<>();
      tree.queries().stream().limit(5).forEach(v ->
          views.add(List.of(v.id().isPresent() ? String.valueOf(v.id().getAsLong()) : "-", v.label())));
      console.table(List.of("view id", "view"), views);
      ViewNode view = tree.queries().get(0);
      long viewId = view.id().orElseThrow();

      QueryFilter filter = QueryFilter.user().field("courriers.COURRIERS_ID").ge(9990).build();
      List<List<String>> hits = new ArrayList<>();
      for (Row row : ezged.queries().exec(viewId, ExecOptions.builder().filter(filter)
          .orderBy("courriers.COURRIERS_ID", SortDirection.DESC).build()).stream().limit(5).toList()) {
        hits.add(List.of(row.string("COURRIERS_ID").orElse("?"), row.string("COURRIERS_OBJET").orElse("")));
      }
      console.line("search \"COURRIERS_ID >= 9990\" in view %d:", viewId);
      console.table(List.of("id", "subject"), hits);

      long t0 = System.nanoTime();
      long rows = ezged.queries().exec(viewId, ExecOptions.builder().pageSize(500).build()).stream().count();
      console.line("paged through %,d rows of \"%s\" (500 per page) in %s", rows, view.label(),
          Console.duration(Duration.ofNanos(System.nanoTime() - t0)));

      byte[] scan = new byte[3 * 1024 * 1024];
      new java.util.Random(7).nextBytes(scan);
      Path scanFile = work.resolve("scan-2026.pdf");
      Files.write(scanFile, scan);
      var uploaded = ezged.uploads().upload(UploadSource.ofPath(scanFile),
          UploadOptions.defaults().withListener(console.progressBar("upload")));
      long jobId = ezged.jobs().addPages(table, record, uploaded.filePath());
      Job job = ezged.jobs().waitFor(jobId, Duration.ofMinutes(2));
      console.line("job %d attached the scan to %s #%d: %s", jobId, table, record, job.status());

      FileRevision file = ezged.files().lastRevisions(table, record).stream()
          .filter(f -> f.size() == scan.length).findFirst()
          .orElseGet(() -> ezged.files().lastRevisions(table, record).iterator().next());
      Path target = work.resolve(FileNameSanitizer.sanitize(file.name()));
      DownloadResult result = ezged.files().download(file, target, console.progressBar("download"));
      console.line("downloaded %s (%s): %s against SHA-1 %s", target.getFileName(), Console.size(result.bytes()),
          result.verification(), file.ripe());
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
}
