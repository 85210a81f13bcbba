package org.gedkit.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gedkit.core.transfer.TransferEvent;
import org.gedkit.core.transfer.TransferListener;

/**
 * Readable terminal output for the examples: headings, aligned tables, sizes in KiB/MiB, durations and
 * a progress bar for transfers.
 */
public final class Console {

  private final PrintStream out;

  /**
   * Writes to a stream.
   *
   * @param out the stream
   */
  public Console(PrintStream out) {
    this.out = out;
  }

  /**
   * The stream written to.
   *
   * @return the stream; never null
   */
  public PrintStream out() {
    return out;
  }

  /**
   * Prints a heading.
   *
   * @param title the title
   */
  public void heading(String title) {
    out.println();
    out.println("== " + title + " " + "=".repeat(Math.max(3, 70 - title.length())));
  }

  /**
   * Prints a line.
   *
   * @param format a {@link String#format} pattern
   * @param args its arguments
   */
  public void line(String format, Object... args) {
    out.println("  " + String.format(Locale.ROOT, format, args));
  }

  /**
   * Prints an aligned table.
   *
   * @param headers the column titles
   * @param rows the rows (each as many cells as headers)
   */
  public void table(List<String> headers, List<List<String>> rows) {
    int[] w = new int[headers.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = headers.get(i).length();
    }
    for (List<String> r : rows) {
      for (int i = 0; i < w.length && i < r.size(); i++) {
        w[i] = Math.min(48, Math.max(w[i], String.valueOf(r.get(i)).length()));
      }
    }
    out.println("  " + row(headers, w));
    List<String> rule = new ArrayList<>();
    for (int width : w) {
      rule.add("-".repeat(width));
    }
    out.println("  " + row(rule, w));
    for (List<String> r : rows) {
      out.println("  " + row(r, w));
    }
  }

  private static String row(List<String> cells, int[] w) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      String c = i < cells.size() ? String.valueOf(cells.get(i)) : "";
      if (c.length() > w[i]) {
        c = c.substring(0, w[i] - 1) + "…";
      }
      sb.append(String.format(Locale.ROOT, "%-" + w[i] + "s", c));
      if (i < w.length - 1) {
        sb.append("  ");
      }
    }
    return sb.toString().stripTrailing();
  }

  /**
   * A size in B, KiB, MiB or GiB.
   *
   * @param bytes the size
   * @return the text; never null
   */
  public static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    double v = bytes;
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  /**
   * A duration in ms or s.
   *
   * @param d the duration
   * @return the text; never null
   */
  public static String duration(Duration d) {
    long ms = d.toMillis();
    return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.2f s", ms / 1000.0);
  }

  /**
   * A transfer listener drawing a progress bar on this console.
   *
   * @param label what is transferred
   * @return the listener; never null
   */
  public TransferListener progressBar(String label) {
    return new TransferListener() {
      private int lastPercent = -1;
      // wall time: a client on an emulator's clock reports no elapsed time at all
      private final long started = System.nanoTime();

      @Override
      public void onProgress(TransferEvent e) {
        int percent = e.ratio() < 0 ? 0 : (int) (e.ratio() * 100);
        if (percent == lastPercent || (percent % 10 != 0 && percent != 100)) {
          return;
        }
        lastPercent = percent;
        int filled = percent / 5;
        out.printf(Locale.ROOT, "  %-14s [%s%s] %3d%% %s%n", label, "#".repeat(filled), ".".repeat(20 - filled), percent,
            size(e.bytesTransferred()));
      }

      @Override
      public void onCompleted(TransferEvent e) {
        Duration elapsed = e.elapsed().isZero() ? Duration.ofNanos(System.nanoTime() - started) : e.elapsed();
        double secs = Math.max(0.001, elapsed.toMillis() / 1000.0);
        out.printf(Locale.ROOT, "  %-14s done: %s in %s (%s/s)%n", label, size(e.bytesTransferred()),
            duration(elapsed), size((long) (e.bytesTransferred() / secs)));
      }
    };
  }
}
