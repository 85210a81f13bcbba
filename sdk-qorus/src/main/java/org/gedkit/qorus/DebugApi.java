package org.gedkit.qorus;

import com.fasterxml.jackson.databind.JsonNode;
import org.gedkit.qorus.internal.QorusContext;

/**
 * The debug group ({@code /api/v2/debug}): thread stacks.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#debug()}.
 */
public final class DebugApi {

  private final QorusContext ctx;

  DebugApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the stacks of all threads.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/debug/threads}.
   *
   * @return the value returned, as JSON (its shape depends on the arguments)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JsonNode threads() {
    return ctx.call("debug.threads", "GET", "debug/threads")
        .sendTree();
  }

  /**
   * Returns the stack of one thread.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/debug/threads/{tid}}.
   *
   * @param tid the {@code {tid}} path value
   * @return the value returned, as JSON (its shape depends on the arguments)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JsonNode thread(long tid) {
    return ctx.call("debug.thread", "GET", "debug/threads")
        .id("tid", tid)
        .sendTree();
  }
}
