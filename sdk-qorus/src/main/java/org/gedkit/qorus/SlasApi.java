package org.gedkit.qorus;

import java.util.List;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.Sla;
import org.gedkit.qorus.model.SlaChange;
import org.gedkit.qorus.model.SlaEvent;

/**
 * The slas group ({@code /api/v2/slas}): service level agreements, their events and performance.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#slas()}.
 */
public final class SlasApi {

  private final QorusContext ctx;

  SlasApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the SLAs.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/slas}.
   *
   * @return the Sla elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Sla> list() {
    return ctx.call("slas.list", "GET", "slas")
        .sendList(Sla.class);
  }

  /**
   * Creates an SLA (units "seconds" or "other").
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/slas}.
   *
   * @param name the {@code name} argument
   * @param description the {@code description} argument
   * @param units the {@code units} argument (optional, null to leave out)
   * @return the Sla returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Sla create(String name, String description, String units) {
    return ctx.call("slas.create", "POST", "slas")
        .required("name", name)
        .required("description", description)
        .arg("units", units)
        .send(Sla.class);
  }

  /**
   * Searches SLA events, lazily.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/slas?action=events}.
   *
   * @param options the optional arguments; not null (use {@code SlaEventOptions.defaults()})
   * @return the lazy listing: nothing is fetched before iteration
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PagedIterable<SlaEvent> events(SlaEventOptions options) {
    if (options == null) {
      throw ctx.invalid("slas.events", "options must not be null");
    }
    return ctx.call("slas.events", "GET", "slas")
        .action("events")
        .args(options.toArgs())
        .paged(options.pageSize(), SlaEvent.class);
  }

  /**
   * Returns SLA performance statistics.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/slas?action=performance}.
   *
   * @param options the optional arguments; not null (use {@code SlaPerformanceOptions.defaults()})
   * @return the Object elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Object> performance(SlaPerformanceOptions options) {
    if (options == null) {
      throw ctx.invalid("slas.performance", "options must not be null");
    }
    return ctx.call("slas.performance", "GET", "slas")
        .action("performance")
        .args(options.toArgs())
        .sendList(Object.class);
  }

  /**
   * Deletes an SLA; returns it.
   *
   * <p>Qorus REST API v2: {@code DELETE /api/v2/slas/{sla}}.
   *
   * @param sla the {@code {sla}} path value
   * @return the Sla returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Sla delete(String sla) {
    return ctx.call("slas.delete", "DELETE", "slas")
        .id("sla", sla)
        .send(Sla.class);
  }

  /**
   * Returns one SLA.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/slas/{sla}}.
   *
   * @param sla the {@code {sla}} path value
   * @return the Sla returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Sla get(String sla) {
    return ctx.call("slas.get", "GET", "slas")
        .id("sla", sla)
        .send(Sla.class);
  }

  /**
   * Searches the events of one SLA, lazily.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/slas/{sla}?action=events}.
   *
   * @param sla the {@code {sla}} path value
   * @param options the optional arguments; not null (use {@code SlaEventOptions.defaults()})
   * @return the lazy listing: nothing is fetched before iteration
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PagedIterable<SlaEvent> slaEvents(String sla, SlaEventOptions options) {
    if (options == null) {
      throw ctx.invalid("slas.slaEvents", "options must not be null");
    }
    return ctx.call("slas.slaEvents", "GET", "slas")
        .id("sla", sla)
        .action("events")
        .args(options.toArgs())
        .paged(options.pageSize(), SlaEvent.class);
  }

  /**
   * Returns performance statistics of one SLA.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/slas/{sla}?action=performance}.
   *
   * @param sla the {@code {sla}} path value
   * @param options the optional arguments; not null (use {@code SlaPerformanceOptions.defaults()})
   * @return the Object elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Object> slaPerformance(String sla, SlaPerformanceOptions options) {
    if (options == null) {
      throw ctx.invalid("slas.slaPerformance", "options must not be null");
    }
    return ctx.call("slas.slaPerformance", "GET", "slas")
        .id("sla", sla)
        .action("performance")
        .args(options.toArgs())
        .sendList(Object.class);
  }

  /**
   * Removes a job from an SLA.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/slas/{sla}?action=removeJob}.
   *
   * @param sla the {@code {sla}} path value
   * @param job the {@code job} argument
   * @return the SlaChange returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public SlaChange removeJob(String sla, String job) {
    return ctx.call("slas.removeJob", "PUT", "slas")
        .id("sla", sla)
        .action("removeJob")
        .required("job", job)
        .send(SlaChange.class);
  }

  /**
   * Removes a service method from an SLA.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/slas/{sla}?action=removeMethod}.
   *
   * @param sla the {@code {sla}} path value
   * @param service the {@code service} argument
   * @param method the {@code method} argument
   * @return the SlaChange returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public SlaChange removeMethod(String sla, String service, String method) {
    return ctx.call("slas.removeMethod", "PUT", "slas")
        .id("sla", sla)
        .action("removeMethod")
        .required("service", service)
        .required("method", method)
        .send(SlaChange.class);
  }

  /**
   * Associates a job with an SLA.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/slas/{sla}?action=setJob}.
   *
   * @param sla the {@code {sla}} path value
   * @param job the {@code job} argument
   * @return the SlaChange returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public SlaChange setJob(String sla, String job) {
    return ctx.call("slas.setJob", "PUT", "slas")
        .id("sla", sla)
        .action("setJob")
        .required("job", job)
        .send(SlaChange.class);
  }

  /**
   * Associates a service method with an SLA.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/slas/{sla}?action=setMethod}.
   *
   * @param sla the {@code {sla}} path value
   * @param service the {@code service} argument
   * @param method the {@code method} argument
   * @return the SlaChange returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public SlaChange setMethod(String sla, String service, String method) {
    return ctx.call("slas.setMethod", "PUT", "slas")
        .id("sla", sla)
        .action("setMethod")
        .required("service", service)
        .required("method", method)
        .send(SlaChange.class);
  }
}
