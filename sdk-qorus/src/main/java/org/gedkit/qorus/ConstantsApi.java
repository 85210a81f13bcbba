package org.gedkit.qorus;

import java.util.List;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.ConstantInfo;

/**
 * The constants group ({@code /api/v2/constants}): Qorus constant objects.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#constants()}.
 */
public final class ConstantsApi {

  private final QorusContext ctx;

  ConstantsApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns every constant object.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/constants}.
   *
   * @return the ConstantInfo elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ConstantInfo> list() {
    return ctx.call("constants.list", "GET", "constants")
        .sendList(ConstantInfo.class);
  }

  /**
   * Returns one constant object with its source.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/constants/{id_or_name}}.
   *
   * @param idOrName the {@code {id_or_name}} path value
   * @return the ConstantInfo returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public ConstantInfo get(String idOrName) {
    return ctx.call("constants.get", "GET", "constants")
        .id("idOrName", idOrName)
        .send(ConstantInfo.class);
  }
}
