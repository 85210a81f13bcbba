package org.gedkit.qorus;

import java.util.List;
import org.gedkit.qorus.internal.QorusContext;

/**
 * The api group ({@code /api/v2/api/metrics}): Qorus metrics.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#metrics()}.
 */
public final class MetricsApi {

  private final QorusContext ctx;

  MetricsApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the Qorus metrics.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/api/metrics}.
   *
   * @return the Object elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Object> metrics() {
    return ctx.call("metrics.metrics", "GET", "api/metrics")
        .sendList(Object.class);
  }
}
