package org.gedkit.qorus;

import java.util.List;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.Step;

/**
 * The steps group ({@code /api/v2/steps}): workflow steps.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#steps()}.
 */
public final class StepsApi {

  private final QorusContext ctx;

  StepsApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the steps.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/steps}.
   *
   * @return the Step elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Step> list() {
    return ctx.call("steps.list", "GET", "steps")
        .sendList(Step.class);
  }

  /**
   * Returns the step names.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/steps?action=list}.
   *
   * @return the strings returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<String> names() {
    return ctx.call("steps.names", "GET", "steps")
        .action("list")
        .sendList(String.class);
  }

  /**
   * Returns one step with its functions.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/steps/{id_or_name}}.
   *
   * @param idOrName the {@code {id_or_name}} path value
   * @return the Step returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Step get(String idOrName) {
    return ctx.call("steps.get", "GET", "steps")
        .id("idOrName", idOrName)
        .send(Step.class);
  }
}
