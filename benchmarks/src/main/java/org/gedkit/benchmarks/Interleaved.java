package org.gedkit.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gedkit.benchmarks.server.BenchBackend;
import org.gedkit.benchmarks.server.GeneratedBytes;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.transfer.DownloadOptions;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.Downloads;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.ezged.EzGedClient;
import org.gedkit.ezged.model.Row;
import org.gedkit.netexplorer.FolderUpdate;
import org.gedkit.netexplorer.NetExplorerClient;
import org.gedkit.netexplorer.TransferOptions;
import org.gedkit.netexplorer.model.FileInfo;
import org.gedkit.qorus.QorusClient;

/**
 * A check that stands up on a busy machine: raw and SDK rounds alternate in one JVM (raw then SDK, then SDK then raw,
 * and so on), so a change of load hits both and neither side always follows the other; the ratio reported is the
 * median of the per-round ratios. It complements JMH, whose
 * benchmarks run one after the other and so see different load when the machine is shared.
 */
final class Interleaved {

  private interface Work {
    void run() throws IOException;
  }

  private Interleaved() {}

  static String table(int rounds, int sizeMiB, int rows) throws IOException {
    return table(rounds, sizeMiB, rows, null);
  }

  /**
   * The A/B table, limited to the scenarios whose name contains {@code only} (all when null).
   */
  static String table(int rounds, int sizeMiB, int rows, String only) throws IOException {
    filter = only;
    StringBuilder t = new StringBuilder("| scenario | raw (median round) | SDK (median round) | SDK/raw time (median of "
        + "rounds) | SDK/raw client-thread CPU (median of rounds) |\n|---|---|---|---|---|\n");
    long size = (long) sizeMiB << 20;
    Path dir = Files.createTempDirectory("gedkit-ab");
    Path file = dir.resolve("upload.bin");
    try (BenchBackend backend = new BenchBackend()) {
      backend.ezgedRows(rows).neObjects(rows).downloadSize(size);
      NetExplorerClient ne = Sdk.netExplorer(backend.baseUrl());
      ne.login();
      EzGedClient ez = Sdk.ezged(backend.baseUrl());
      RawClient raw = new RawClient(backend.baseUrl());
      raw.login();
      String md5 = GeneratedBytes.md5(size);
      t.append(row("small GET x2000", rounds, () -> {
        for (int i = 0; i < 2000; i++) {
          raw.account();
        }
      }, () -> {
        for (int i = 0; i < 2000; i++) {
          ne.account().get();
        }
      }));
      QorusClient qorus = Sdk.qorus(backend.baseUrl());
      Work sdkQorus = () -> {
        for (int i = 0; i < 2000; i++) {
          qorus.system().info();
        }
      };
      t.append(row("Qorus small GET (system info) x2000", rounds, () -> {
        for (int i = 0; i < 2000; i++) {
          raw.qorusSystem();
        }
      }, sdkQorus));
      t.append(row("Qorus small GET (system info) x2000, raw reads every field", rounds, () -> {
        for (int i = 0; i < 2000; i++) {
          raw.qorusSystemFull();
        }
      }, sdkQorus));
      t.append(row("small POST x2000", rounds, () -> {
        for (int i = 0; i < 2000; i++) {
          raw.createFolder(1001, "Factures 2026");
        }
      }, () -> {
        for (int i = 0; i < 2000; i++) {
          ne.folders().create(1001, "Factures 2026", FolderUpdate.none());
        }
      }));
      t.append(row("EzGED " + rows + " rows, pages of 1000", rounds, () -> raw.ezgedRows(1000, r -> { }), () -> {
        long n = 0;
        for (Row r : ez.queries().exec(Sdk.EZGED_VIEW, Sdk.page(1000))) {
          n += r.columns().size();
        }
        if (n == 0) {
          throw new IOException("no rows");
        }
      }));
      Work sdkObjects = () -> {
        long n = 0;
        for (FileInfo f : ne.files().activity(1000)) {
          n += f.id();
        }
        if (n == 0) {
          throw new IOException("no objects");
        }
      };
      t.append(row("NetExplorer " + rows + " objects (file activity), pages of 1000", rounds,
          () -> raw.neFileActivity(1000, f -> { }), sdkObjects));
      t.append(row("NetExplorer " + rows + " objects, raw reads all 16 fields (dates as text)", rounds,
          () -> raw.neFileActivityFullText(1000, f -> { }), sdkObjects));
      t.append(row("NetExplorer " + rows + " objects, raw reads all 16 fields (dates typed by jackson-datatype-jsr310)",
          rounds, () -> raw.neFileActivityFull(1000, f -> { }), sdkObjects));
      ApiRequest get = ApiRequest.get("files.download").path("api/file").pathParam("77").path("download").build();
      t.append(row("download " + sizeMiB + " MiB to a file", rounds, () -> raw.download(77, dir.resolve("r.bin"), false),
          () -> Downloads.download(ne.transport(), get, DownloadTarget.toPath(dir.resolve("s.bin")),
              DownloadOptions.defaults())));
      t.append(row("download " + sizeMiB + " MiB to a file, MD5 checked", rounds, () -> {
        if (!raw.download(77, dir.resolve("r.bin"), true).equals(md5)) {
          throw new IOException("md5");
        }
      }, () -> ne.downloads().download(77, DownloadTarget.toPath(dir.resolve("s.bin")),
          TransferOptions.builder().md5(md5).build())));
      t.append(row("download " + sizeMiB + " MiB to a stream", rounds,
          () -> raw.download(77, OutputStream.nullOutputStream(), false),
          () -> Downloads.download(ne.transport(), get, DownloadTarget.toStream(OutputStream.nullOutputStream()),
              DownloadOptions.defaults())));
      String upload = "chunked upload " + sizeMiB + " MiB (16 MiB chunks)";
      if (filter == null || upload.contains(filter)) {
        GeneratedBytes.writeFile(file, size);
      }
      t.append(row(upload, rounds,
          () -> raw.uploadChunked(1001, file, 16L << 20),
          () -> ne.uploads().uploadChunked(1001, UploadSource.ofPath(file),
              TransferOptions.builder().chunkSize(16L << 20).build())));
      ez.close();
      ne.close();
      qorus.close();
    } finally {
      for (String n : new String[] {"upload.bin", "r.bin", "s.bin"}) {
        Files.deleteIfExists(dir.resolve(n));
      }
      Files.deleteIfExists(dir);
    }
    return t.toString();
  }

  private static String filter;

  /** Unmeasured rounds of each side before a scenario's measured rounds. */
  static final int WARM_UP_ROUNDS = 3;

  /**
   * The A/B check run in {@code jvms} separate JVMs one after the other, each as {@link #table} does it. The JIT
   * compiles each JVM differently, and on a small machine two JVMs' ratios differ by up to 0.1 even when the machine
   * is idle; the median of several JVMs is steadier than more rounds in one.
   */
  static String acrossJvms(int jvms, int rounds, int sizeMiB, int rows, String only)
      throws IOException, InterruptedException {
    List<String> tables = new ArrayList<>();
    Path dir = Files.createTempDirectory("gedkit-ab-jvms");
    try {
      for (int j = 0; j < jvms; j++) {
        Path out = dir.resolve("ab-" + j + ".md");
        List<String> cmd = Main.javaCommand(Main.class, "--only-extras", "--no-cold-start", "--no-server-cost",
            "--ab-rounds", Integer.toString(rounds), "--ab-size-mib", Integer.toString(sizeMiB), "--ab-rows",
            Integer.toString(rows), "--out", out.toString());
        if (only != null) {
          cmd.addAll(List.of("--ab-only", only));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log-" + j).toFile())
            .start();
        if (p.waitFor() != 0 || !Files.exists(out)) {
          throw new IOException("the A/B check in JVM " + (j + 1) + " failed:\n"
              + Files.readString(dir.resolve("log-" + j), StandardCharsets.UTF_8));
        }
        tables.add(Files.readString(out, StandardCharsets.UTF_8));
        System.out.println("A/B JVM " + (j + 1) + "/" + jvms + " done");
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
    return summarize(tables);
  }

  /**
   * Joins the A/B tables of several JVMs: per scenario, each JVM's wall-time and CPU ratios, and their medians.
   *
   * @param tables the markdown each JVM wrote
   * @return the joined table
   */
  static String summarize(List<String> tables) {
    Map<String, List<double[]>> byScenario = new LinkedHashMap<>();
    for (String md : tables) {
      boolean inTable = false;
      for (String line : md.split("\n")) {
        if (line.startsWith("| scenario | raw (median round)")) {
          inTable = true;
          continue;
        }
        if (!inTable || line.startsWith("|---")) {
          continue;
        }
        if (!line.startsWith("| ")) {
          inTable = false;
          continue;
        }
        String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
        byScenario.computeIfAbsent(cells[0], k -> new ArrayList<>())
            .add(new double[] {Double.parseDouble(cells[3]), Double.parseDouble(cells[4])});
      }
    }
    StringBuilder t = new StringBuilder("| scenario | SDK/raw time, each JVM | median | SDK/raw client-thread CPU, each"
        + " JVM | median |\n|---|---|---|---|---|\n");
    byScenario.forEach((name, runs) -> {
      double[] wall = runs.stream().mapToDouble(r -> r[0]).toArray();
      double[] cpu = runs.stream().mapToDouble(r -> r[1]).toArray();
      t.append("| ").append(name).append(" | ").append(list(wall)).append(" | ")
          .append(String.format(Locale.ROOT, "**%.3f**", median(wall))).append(" | ").append(list(cpu)).append(" | ")
          .append(String.format(Locale.ROOT, "**%.3f**", median(cpu))).append(" |\n");
    });
    return t.toString();
  }

  private static String list(double[] v) {
    StringBuilder b = new StringBuilder();
    for (double d : v) {
      b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", d));
    }
    return b.toString();
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** Runs {@code work} once: its wall time into {@code out[0]}, the calling thread's CPU time into {@code out[1]}. */
  private static void timed(Work work, java.lang.management.ThreadMXBean mx, long[] out) throws IOException {
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    work.run();
    out[0] = System.nanoTime() - t0;
    out[1] = mx.getCurrentThreadCpuTime() - c0;
  }

  private static String row(String name, int rounds, Work raw, Work sdk) throws IOException {
    if (filter != null && !name.contains(filter)) {
      return "";
    }
    // warm-up rounds, not measured: the first rounds of a scenario also pay for the JIT compiling its code on the
    // same two cores, and the SDK has more code to compile than the hand-written client
    for (int i = 0; i < WARM_UP_ROUNDS; i++) {
      raw.run();
      sdk.run();
    }
    long[] r = new long[rounds];
    long[] s = new long[rounds];
    double[] ratio = new double[rounds];
    double[] cpuRatio = new double[rounds];
    // wall time, and the CPU time of this (the calling) thread: OkHttp does a synchronous call's work here and the
    // server works on its own threads, so the CPU ratio counts each client's work, not its wait for a busy core
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < rounds; i++) {
      // every other round the SDK goes first, so that what one side leaves behind (garbage for the next GC, a
      // server thread just woken) does not always fall on the same side
      boolean rawFirst = i % 2 == 0;
      long[] rawTimes = new long[2];
      long[] sdkTimes = new long[2];
      if (rawFirst) {
        timed(raw, mx, rawTimes);
        timed(sdk, mx, sdkTimes);
      } else {
        timed(sdk, mx, sdkTimes);
        timed(raw, mx, rawTimes);
      }
      r[i] = rawTimes[0];
      s[i] = sdkTimes[0];
      ratio[i] = s[i] / (double) r[i];
      cpuRatio[i] = sdkTimes[1] / (double) Math.max(1, rawTimes[1]);
    }
    Arrays.sort(r);
    Arrays.sort(s);
    Arrays.sort(ratio);
    Arrays.sort(cpuRatio);
    return String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.3f | %.3f |%n", name, r[rounds / 2] / 1e6,
        s[rounds / 2] / 1e6, ratio[rounds / 2], cpuRatio[rounds / 2]);
  }
}
