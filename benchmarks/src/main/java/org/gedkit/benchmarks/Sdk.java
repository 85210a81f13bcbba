package org.gedkit.benchmarks;

import org.gedkit.ezged.EzGedClient;
import org.gedkit.ezged.ExecOptions;
import org.gedkit.benchmarks.server.BenchBackend;
import org.gedkit.netexplorer.NetExplorerClient;
import org.gedkit.qorus.QorusClient;

/** The Gedkit clients the benchmarks and memory tests use, built as a user would, against the loopback back end. */
public final class Sdk {

  /** The EzGED view the back end serves. */
  public static final long EZGED_VIEW = 2;

  private Sdk() {}

  /**
   * A NetExplorer client logging in with a password.
   *
   * @param baseUrl the back end root URL
   * @return the client; never null
   */
  public static NetExplorerClient netExplorer(String baseUrl) {
    return NetExplorerClient.builder().baseUrl(baseUrl).credentials(BenchBackend.LOGIN, BenchBackend.PASSWORD).build();
  }

  /**
   * A Qorus client sending the back end's fixed token ({@code Qorus-Token}).
   *
   * @param baseUrl the back end root URL
   * @return the client; never null
   */
  public static QorusClient qorus(String baseUrl) {
    return QorusClient.builder().baseUrl(baseUrl).token(BenchBackend.QORUS_TOKEN).build();
  }

  /**
   * An EzGED client (no keep-alive thread).
   *
   * @param baseUrl the back end root URL
   * @return the client; never null
   */
  public static EzGedClient ezged(String baseUrl) {
    return EzGedClient.builder().baseUrl(baseUrl + "/ezged").credentials(BenchBackend.LOGIN, BenchBackend.PASSWORD).build();
  }

  /**
   * Options paging the EzGED view.
   *
   * @param pageSize rows a request
   * @return the options; never null
   */
  public static ExecOptions page(int pageSize) {
    return ExecOptions.builder().pageSize(pageSize).build();
  }
}
