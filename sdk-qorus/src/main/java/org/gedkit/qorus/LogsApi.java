package org.gedkit.qorus;

import java.util.List;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.LogSource;

/**
 * The logs group ({@code /api/v2/logs}): log sources.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#logs()}.
 */
public final class LogsApi {

  private final QorusContext ctx;

  LogsApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the log sources.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/logs}.
   *
   * @return the LogSource elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<LogSource> list() {
    return ctx.call("logs.list", "GET", "logs")
        .sendList(LogSource.class);
  }

  /**
   * Returns the log sources in short form.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/logs?action=list}.
   *
   * @return the Object elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Object> names() {
    return ctx.call("logs.names", "GET", "logs")
        .action("list")
        .sendList(Object.class);
  }
}
