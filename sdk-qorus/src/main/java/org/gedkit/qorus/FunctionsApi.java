package org.gedkit.qorus;

import java.util.List;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.FunctionInfo;

/**
 * The functions group ({@code /api/v2/functions}): Qorus function objects.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#functions()}.
 */
public final class FunctionsApi {

  private final QorusContext ctx;

  FunctionsApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns every function object.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/functions}.
   *
   * @return the FunctionInfo elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<FunctionInfo> list() {
    return ctx.call("functions.list", "GET", "functions")
        .sendList(FunctionInfo.class);
  }

  /**
   * Returns the function object names.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/functions?action=list}.
   *
   * @return the strings returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<String> names() {
    return ctx.call("functions.names", "GET", "functions")
        .action("list")
        .sendList(String.class);
  }

  /**
   * Returns one function object with its source.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/functions/{id_or_name}}.
   *
   * @param idOrName the {@code {id_or_name}} path value
   * @return the FunctionInfo returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public FunctionInfo get(String idOrName) {
    return ctx.call("functions.get", "GET", "functions")
        .id("idOrName", idOrName)
        .send(FunctionInfo.class);
  }
}
