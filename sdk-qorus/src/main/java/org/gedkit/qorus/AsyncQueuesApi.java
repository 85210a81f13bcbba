package org.gedkit.qorus;

import java.util.List;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.AsyncQueue;

/**
 * The async-queues group ({@code /api/v2/async-queues}): queues of asynchronous workflow steps.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#asyncQueues()}.
 */
public final class AsyncQueuesApi {

  private final QorusContext ctx;

  AsyncQueuesApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the asynchronous queues.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/async-queues}.
   *
   * @return the AsyncQueue elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<AsyncQueue> list() {
    return ctx.call("asyncQueues.list", "GET", "async-queues")
        .sendList(AsyncQueue.class);
  }
}
