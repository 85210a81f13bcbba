package org.gedkit.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tour: runs every back end's example in turn. With no arguments each one starts its sdk-testkit
 * emulator in-process; give {@code GEDKIT_<BACKEND>_URL} (and credentials) or
 * {@code --<backend>-url=...} to run one against a real server instead.
 */
public final class Tour {

  private Tour() {}

  /**
   * The examples of the tour, in order.
   *
   * @return the examples; never null
   */
  public static List<Example> examples() {
    return List.of(new EzGedExample(), new NetExplorerExample(), new PhraseanetExample(), new QorusExample(),
        new ParapheurExample(), new CopyTreeExample());
  }

  /**
   * Runs the tour.
   *
   * @param args {@code --<backend>-url=...} options, or nothing
   * @throws Exception when an example fails
   */
  public static void main(String[] args) throws Exception {
    int failures = run(System.out, args, System.getenv());
    if (failures > 0) {
      System.exit(1);
    }
  }

  /**
   * Runs the tour, printing to {@code out}.
   *
   * @param out where to print
   * @param args the command-line options
   * @param env the environment
   * @return the number of examples that failed
   */
  public static int run(PrintStream out, String[] args, Map<String, String> env) {
    Console console = new Console(out);
    out.println("Gedkit tour — one SDK, five back ends" + (args.length == 0 ? " (embedded emulators)" : ""));
    List<List<String>> summary = new ArrayList<>();
    int failures = 0;
    for (Example e : examples()) {
      long t0 = System.nanoTime();
      String outcome;
      try {
        e.run(console, BackendConfig.read(e.backend(), args, env));
        outcome = "ok";
      } catch (Exception ex) {
        failures++;
        outcome = "FAILED: " + ex.getMessage();
        console.line("%s failed: %s", e.backend(), ex);
      }
      summary.add(List.of(e.backend(), outcome, Console.duration(Duration.ofNanos(System.nanoTime() - t0))));
    }
    console.heading("Summary");
    console.table(List.of("back end", "outcome", "time"), summary);
    return failures;
  }
}
