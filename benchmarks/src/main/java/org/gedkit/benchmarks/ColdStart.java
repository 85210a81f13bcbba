package org.gedkit.benchmarks;

import java.lang.management.ManagementFactory;
import org.gedkit.netexplorer.NetExplorerClient;

/**
 * Cold start, run as a process of its own by {@link Main}: starts, makes the first call ({@code GET /api/account},
 * logging in first) through Gedkit ({@code sdk}) or by hand ({@code raw}), and prints the milliseconds from JVM start to
 * the first result ({@code first-result-ms=N}).
 */
public final class ColdStart {

  private ColdStart() {}

  /**
   * Runs once.
   *
   * @param args {@code sdk|raw} and the back end URL
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    String who;
    if (args[0].equals("sdk")) {
      try (NetExplorerClient c = Sdk.netExplorer(args[1])) {
        who = c.account().get().id();
      }
    } else {
      RawClient raw = new RawClient(args[1]);
      raw.login();
      who = raw.account().id();
    }
    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println("first-result-ms=" + ms + " user=" + who);
    System.exit(0);
  }
}
