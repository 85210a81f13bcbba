package org.gedkit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.gedkit.benchmarks.server.BenchBackend;
import org.gedkit.benchmarks.server.LoopbackServer;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;

/**
 * Runs the benchmarks and writes the ratio table: {@code java -jar benchmarks/target/benchmarks.jar [--out FILE]
 * [--no-cold-start] [--no-server-cost] [--no-interleaved] [--ab-rounds N] [--ab-size-mib N] [--ab-rows N]
 * [--ab-only TEXT] [--only-extras] [JMH options]} (the JMH options are the usual ones: {@code -f 1 -wi 1 -i 2
 * -p sizeMiB=256 -prof gc}, a benchmark regexp...). Pairs each {@code sdkX} benchmark with its {@code rawX} twin of the
 * same class, parameters and threads, and writes SDK / raw ratios with the targets of docs/performance.md; then
 * measures the loopback server's own share of a round trip and the cold start of both clients (separate processes).
 */
public final class Main {

  private Main() {}

  /**
   * Runs.
   *
   * @param args see the class comment
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of("benchmark-ratios.md");
    boolean coldStart = true;
    boolean serverCost = true;
    boolean runJmh = true;
    boolean interleaved = true;
    int abRounds = 9;
    int abSizeMiB = 256;
    int abRows = 100_000;
    String abOnly = null;
    int abJvms = 1;
    List<String> jmh = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--no-cold-start" -> coldStart = false;
        case "--no-server-cost" -> serverCost = false;
        case "--only-extras" -> runJmh = false;
        case "--no-interleaved" -> interleaved = false;
        case "--ab-rounds" -> abRounds = Integer.parseInt(args[++i]);
        case "--ab-size-mib" -> abSizeMiB = Integer.parseInt(args[++i]);
        case "--ab-rows" -> abRows = Integer.parseInt(args[++i]);
        case "--ab-only" -> abOnly = args[++i];
        case "--ab-jvms" -> abJvms = Integer.parseInt(args[++i]);
        default -> jmh.add(args[i]);
      }
    }
    Options opts = new CommandLineOptions(jmh.toArray(new String[0]));
    Collection<RunResult> results = !runJmh ? List.of() : new Runner(opts).run();
    StringBuilder md = new StringBuilder();
    md.append("## Ratios (SDK / raw, same JVM run)\n\n");
    md.append(ratioTable(results));
    if (interleaved && abJvms > 1) {
      md.append("\n## Interleaved A/B check in ").append(abJvms).append(" JVMs (raw and SDK rounds alternate; median of ")
          .append(abRounds).append(" rounds in each JVM, then median of the JVMs)\n\n")
          .append(Interleaved.acrossJvms(abJvms, abRounds, abSizeMiB, abRows, abOnly));
    } else if (interleaved) {
      md.append("\n## Interleaved A/B check (raw and SDK rounds alternate; median of ").append(abRounds)
          .append(" rounds)\n\n").append(Interleaved.table(abRounds, abSizeMiB, abRows, abOnly));
    }
    if (serverCost) {
      md.append("\n## Loopback server's own cost\n\n").append(serverCostTable());
    }
    if (coldStart) {
      md.append("\n## Cold start (JVM start to first result, separate processes, median of 5)\n\n")
          .append(coldStartTable());
    }
    md.append("\nJVM: ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append(", ").append(Runtime.getRuntime().availableProcessors())
        .append(" CPUs, JMH args: ").append(String.join(" ", jmh)).append('\n');
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(md);
    System.out.println("written to " + out.toAbsolutePath());
  }

  // ---------------------------------------------------------------- ratios

  private record Key(String bench, String params, int threads) {}

  static String ratioTable(Collection<RunResult> results) {
    Map<Key, RunResult> sdk = new TreeMap<>((a, b) -> (a.bench + a.params + a.threads)
        .compareTo(b.bench + b.params + b.threads));
    Map<Key, RunResult> raw = new LinkedHashMap<>();
    for (RunResult r : results) {
      String full = r.getParams().getBenchmark();
      int dot = full.lastIndexOf('.');
      String cls = full.substring(full.lastIndexOf('.', dot - 1) + 1, dot);
      String method = full.substring(dot + 1);
      StringBuilder p = new StringBuilder();
      for (String k : r.getParams().getParamsKeys()) {
        p.append(p.length() == 0 ? "" : " ").append(k).append('=').append(r.getParams().getParam(k));
      }
      int threads = r.getParams().getThreads();
      if (method.startsWith("sdk")) {
        sdk.put(new Key(cls + "." + method.substring(3), p.toString(), threads), r);
      } else if (method.startsWith("raw")) {
        raw.put(new Key(cls + "." + method.substring(3), p.toString(), threads), r);
      }
    }
    StringBuilder t = new StringBuilder();
    t.append("| scenario | params | threads | raw | SDK | SDK/raw time | raw/SDK throughput | alloc/op raw → SDK | target |"
        + " verdict |\n|---|---|---|---|---|---|---|---|---|---|\n");
    for (Map.Entry<Key, RunResult> e : sdk.entrySet()) {
      RunResult s = e.getValue();
      RunResult r = raw.get(e.getKey());
      if (r == null) {
        continue;
      }
      double ss = s.getPrimaryResult().getScore();
      double rs = r.getPrimaryResult().getScore();
      double ratio = ss / rs;
      String unit = s.getPrimaryResult().getScoreUnit();
      Target target = target(e.getKey().bench());
      t.append("| ").append(e.getKey().bench()).append(" | ").append(e.getKey().params()).append(" | ")
          .append(e.getKey().threads()).append(" | ")
          .append(fmt(rs)).append(" ± ").append(fmt(r.getPrimaryResult().getScoreError())).append(' ').append(unit)
          .append(" | ").append(fmt(ss)).append(" ± ").append(fmt(s.getPrimaryResult().getScoreError())).append(' ')
          .append(unit).append(" | ").append(String.format(Locale.ROOT, "%.3f", ratio)).append(" | ")
          .append(String.format(Locale.ROOT, "%.3f", 1 / ratio)).append(" | ").append(alloc(r)).append(" → ")
          .append(alloc(s)).append(" | ").append(target.text).append(" | ")
          .append(target.maxTimeRatio <= 0 ? "—" : ratio <= target.maxTimeRatio ? "meets" : "MISSES").append(" |\n");
    }
    return t.toString();
  }

  private record Target(String text, double maxTimeRatio) {}

  private static Target target(String bench) {
    if (bench.startsWith("CallBenchmark")) {
      return new Target("time ≤ 1.05×", 1.05);
    }
    if (bench.startsWith("PagingBenchmark") || bench.startsWith("ObjectPagingBenchmark")) {
      return new Target("time ≤ 1.10×, flat alloc/row", 1.10);
    }
    if (bench.equals("DownloadBenchmark.File")) {
      return new Target("throughput ≥ 0.9×", 1 / 0.9);
    }
    if (bench.equals("DownloadBenchmark.FileMd5")) {
      return new Target("throughput ≥ 0.8×", 1 / 0.8);
    }
    if (bench.startsWith("SessionBenchmark")) {
      return new Target("exactly 1 login per burst (checked in every op)", -1);
    }
    return new Target("(none set)", -1);
  }

  private static String alloc(RunResult r) {
    for (String k : r.getSecondaryResults().keySet()) {
      if (k.endsWith("gc.alloc.rate.norm")) {
        return bytes(r.getSecondaryResults().get(k).getScore());
      }
    }
    return "n/a";
  }

  private static String bytes(double b) {
    if (b >= 1 << 20) {
      return String.format(Locale.ROOT, "%.1f MiB", b / (1 << 20));
    }
    if (b >= 1 << 10) {
      return String.format(Locale.ROOT, "%.1f KiB", b / (1 << 10));
    }
    return String.format(Locale.ROOT, "%.0f B", b);
  }

  private static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "?";
    }
    return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3g", v);
  }

  // ---------------------------------------------------------------- server cost

  /** Runs a raw client against the server and compares the server's time per request with the client's wall time. */
  static String serverCostTable() throws IOException {
    StringBuilder t = new StringBuilder("| request | client wall time / request | server wall time / request |"
        + " server CPU / request | server CPU share of the round trip |\n|---|---|---|---|---|\n");
    try (BenchBackend backend = new BenchBackend()) {
      backend.ezgedRows(1000).neObjects(1000).downloadSize(64L << 20);
      RawClient raw = new RawClient(backend.baseUrl());
      raw.login();
      t.append(cost("GET /api/account (small JSON)", backend, 20_000, () -> raw.account()));
      t.append(cost("POST /api/folder (small JSON)", backend, 20_000, () -> raw.createFolder(1001, "x")));
      t.append(cost("getexec page of 1000 rows", backend, 300, () -> raw.ezgedRows(1000, r -> { })));
      t.append(cost("file activity page of 1000 objects", backend, 300, () -> raw.neFileActivity(1000, f -> { })));
      t.append(cost("download 64 MiB", backend, 8, () -> raw.download(77, OutputStream.nullOutputStream(), false)));
    }
    return t.toString();
  }

  private interface Call {
    void run() throws IOException;
  }

  private static String cost(String name, BenchBackend backend, int n, Call call) throws IOException {
    for (int i = 0; i < n; i++) {
      call.run();
    }
    LoopbackServer s = backend.server();
    long req0 = s.requests();
    long ns0 = s.serverNanos();
    long cpu0 = s.serverCpuNanos();
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      call.run();
    }
    long wall = System.nanoTime() - t0;
    long reqs = s.requests() - req0;
    double serverPer = (s.serverNanos() - ns0) / (double) reqs;
    double cpuPer = (s.serverCpuNanos() - cpu0) / (double) reqs;
    double wallPer = wall / (double) reqs;
    return "| " + name + " | " + micros(wallPer) + " | " + micros(serverPer) + " | " + micros(cpuPer) + " | "
        + String.format(Locale.ROOT, "%.0f %%", 100 * cpuPer / wallPer) + " |\n";
  }

  private static String micros(double ns) {
    return ns >= 1_000_000 ? String.format(Locale.ROOT, "%.1f ms", ns / 1e6)
        : String.format(Locale.ROOT, "%.1f µs", ns / 1e3);
  }

  // ---------------------------------------------------------------- cold start

  /**
   * The command that runs {@code main} with {@code args} in a new JVM of this JVM's Java, on the benchmarks' class
   * path (the shaded jar when run from it).
   */
  static List<String> javaCommand(Class<?> main, String... args) {
    String jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-cp", jar, main.getName()));
    cmd.addAll(Arrays.asList(args));
    return cmd;
  }

  static String coldStartTable() throws IOException, InterruptedException {
    Map<String, long[]> inJvm = new LinkedHashMap<>();
    Map<String, long[]> wall = new LinkedHashMap<>();
    try (BenchBackend backend = new BenchBackend()) {
      for (String who : new String[] {"raw", "sdk"}) {
        inJvm.put(who, new long[5]);
        wall.put(who, new long[5]);
      }
      for (int i = 0; i < 5; i++) {
        for (String who : new String[] {"raw", "sdk"}) {
          long t0 = System.nanoTime();
          Process p = new ProcessBuilder(javaCommand(ColdStart.class, who, backend.baseUrl()))
              .redirectErrorStream(true).start();
          String line;
          long ms = -1;
          try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            while ((line = r.readLine()) != null) {
              if (line.startsWith("first-result-ms=")) {
                ms = Long.parseLong(line.substring(16, line.indexOf(' ')));
              }
            }
          }
          p.waitFor();
          wall.get(who)[i] = (System.nanoTime() - t0) / 1_000_000;
          inJvm.get(who)[i] = ms;
        }
      }
    }
    long rawIn = median(inJvm.get("raw"));
    long sdkIn = median(inJvm.get("sdk"));
    long rawWall = median(wall.get("raw"));
    long sdkWall = median(wall.get("sdk"));
    return "| measure | raw | SDK | SDK/raw |\n|---|---|---|---|\n"
        + "| JVM start → first result (in the process) | " + rawIn + " ms | " + sdkIn + " ms | "
        + String.format(Locale.ROOT, "%.2f", sdkIn / (double) rawIn) + " |\n"
        + "| process launch → exit (wall) | " + rawWall + " ms | " + sdkWall + " ms | "
        + String.format(Locale.ROOT, "%.2f", sdkWall / (double) rawWall) + " |\n";
  }

  private static long median(long[] v) {
    long[] c = v.clone();
    Arrays.sort(c);
    return c[c.length / 2];
  }
}
