package org.gedkit.qorus;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.CountDetails;
import org.gedkit.qorus.model.CreatedOrder;
import org.gedkit.qorus.model.ObjectActionResult;
import org.gedkit.qorus.model.Order;
import org.gedkit.qorus.model.OrderDetails;
import org.gedkit.qorus.model.OrderError;
import org.gedkit.qorus.model.OrderNote;
import org.gedkit.qorus.model.OrderStatusChange;
import org.gedkit.qorus.model.ProcessingSummary;
import org.gedkit.qorus.model.SynchronousOrderResult;
import org.gedkit.qorus.model.Workflow;
import org.gedkit.qorus.model.WorkflowActionResult;
import org.gedkit.qorus.model.WorkflowError;

/**
 * The workflows group ({@code /api/v2/workflows}): workflow definitions, execution control, order creation (with unique keys and sensitive data), and the orders and errors of one workflow.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#workflows()}.
 */
public final class WorkflowsApi {

  private final QorusContext ctx;

  WorkflowsApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the workflows.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/workflows}.
   *
   * @param options the optional arguments; not null (use {@code WorkflowListOptions.defaults()})
   * @return the Workflow elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Workflow> list(WorkflowListOptions options) {
    if (options == null) {
      throw ctx.invalid("workflows.list", "options must not be null");
    }
    return ctx.call("workflows.list", "GET", "workflows")
        .args(options.toArgs())
        .sendList(Workflow.class);
  }

  /**
   * Decrements the autostart value of workflows.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows?action=decAutostart}.
   *
   * @param ids the {@code ids} argument
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> decAutostartMany(List<String> ids) {
    return ctx.call("workflows.decAutostartMany", "PUT", "workflows")
        .action("decAutostart")
        .required("ids", ids)
        .sendList(ObjectActionResult.class);
  }

  /**
   * Disables workflows.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows?action=disable}.
   *
   * @param ids the {@code ids} argument
   * @return the CountDetails returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public CountDetails disableMany(List<String> ids) {
    return ctx.call("workflows.disableMany", "PUT", "workflows")
        .action("disable")
        .required("ids", ids)
        .send(CountDetails.class);
  }

  /**
   * Enables workflows.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows?action=enable}.
   *
   * @param ids the {@code ids} argument
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> enableMany(List<String> ids) {
    return ctx.call("workflows.enableMany", "PUT", "workflows")
        .action("enable")
        .required("ids", ids)
        .sendList(ObjectActionResult.class);
  }

  /**
   * Increments the autostart value of workflows.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows?action=incAutostart}.
   *
   * @param ids the {@code ids} argument
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> incAutostartMany(List<String> ids) {
    return ctx.call("workflows.incAutostartMany", "PUT", "workflows")
        .action("incAutostart")
        .required("ids", ids)
        .sendList(ObjectActionResult.class);
  }

  /**
   * Returns the workflow names.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/workflows?action=list}.
   *
   * @return the strings returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<String> names() {
    return ctx.call("workflows.names", "GET", "workflows")
        .action("list")
        .sendList(String.class);
  }

  /**
   * Searches order errors of all workflows.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/workflows?action=listErrors}.
   *
   * @param options the optional arguments; not null (use {@code ErrorSearchOptions.defaults()})
   * @return the lazy listing: nothing is fetched before iteration
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PagedIterable<OrderError> listErrors(ErrorSearchOptions options) {
    if (options == null) {
      throw ctx.invalid("workflows.listErrors", "options must not be null");
    }
    return ctx.call("workflows.listErrors", "GET", "workflows")
        .action("listErrors")
        .args(options.toArgs())
        .paged(options.pageSize(), OrderError.class);
  }

  /**
   * Returns the order processing summary of workflows.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/workflows?action=processingSummary}.
   *
   * @param minDate the {@code mindate} argument
   * @param options the optional arguments; not null (use {@code ProcessingSummaryOptions.defaults()})
   * @return the ProcessingSummary elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ProcessingSummary> processingSummary(OffsetDateTime minDate, ProcessingSummaryOptions options) {
    if (options == null) {
      throw ctx.invalid("workflows.processingSummary", "options must not be null");
    }
    return ctx.call("workflows.processingSummary", "GET", "workflows")
        .action("processingSummary")
        .required("mindate", minDate)
        .args(options.toArgs())
        .sendList(ProcessingSummary.class);
  }

  /**
   * Resets workflows.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows?action=reset}.
   *
   * @param ids the {@code ids} argument
   * @return the CountDetails returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public CountDetails resetMany(List<String> ids) {
    return ctx.call("workflows.resetMany", "PUT", "workflows")
        .action("reset")
        .required("ids", ids)
        .send(CountDetails.class);
  }

  /**
   * Resets all workflows.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows?action=resetAll}.
   *
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> resetAll() {
    return ctx.call("workflows.resetAll", "PUT", "workflows")
        .action("resetAll")
        .sendList(ObjectActionResult.class);
  }

  /**
   * Sets the autostart value of workflows.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows?action=setAutostart}.
   *
   * @param ids the {@code ids} argument
   * @param autostart the {@code autostart} argument
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> setAutostartMany(List<String> ids, int autostart) {
    return ctx.call("workflows.setAutostartMany", "PUT", "workflows")
        .action("setAutostart")
        .required("ids", ids)
        .required("autostart", autostart)
        .sendList(ObjectActionResult.class);
  }

  /**
   * Sets or clears the deprecated flag of workflows.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows?action=setDeprecated}.
   *
   * @param ids the {@code ids} argument
   * @param deprecated the {@code deprecated} argument
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> setDeprecatedMany(List<String> ids, boolean deprecated) {
    return ctx.call("workflows.setDeprecatedMany", "PUT", "workflows")
        .action("setDeprecated")
        .required("ids", ids)
        .required("deprecated", deprecated)
        .sendList(ObjectActionResult.class);
  }

  /**
   * Starts workflows.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows?action=start}.
   *
   * @param ids the {@code ids} argument
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> startMany(List<String> ids) {
    return ctx.call("workflows.startMany", "PUT", "workflows")
        .action("start")
        .required("ids", ids)
        .sendList(ObjectActionResult.class);
  }

  /**
   * Stops workflows.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows?action=stop}.
   *
   * @param ids the {@code ids} argument
   * @return the CountDetails returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public CountDetails stopMany(List<String> ids) {
    return ctx.call("workflows.stopMany", "PUT", "workflows")
        .action("stop")
        .required("ids", ids)
        .send(CountDetails.class);
  }

  /**
   * Stops all workflows.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows?action=stopAll}.
   *
   * @return the CountDetails returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public CountDetails stopAll() {
    return ctx.call("workflows.stopAll", "PUT", "workflows")
        .action("stopAll")
        .send(CountDetails.class);
  }

  /**
   * Returns one workflow.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/workflows/{id_or_name}}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @return the Workflow returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Workflow get(String workflow) {
    return ctx.call("workflows.get", "GET", "workflows")
        .id("workflow", workflow)
        .send(Workflow.class);
  }

  /**
   * Creates a workflow order; a unique key already used fails with DUPLICATE-ORDER-KEY (ConflictException).
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/workflows/{id_or_name}?action=createOrder}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param options the optional arguments; not null (use {@code CreateOrderOptions.defaults()})
   * @return the CreatedOrder returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public CreatedOrder createOrder(String workflow, CreateOrderOptions options) {
    if (options == null) {
      throw ctx.invalid("workflows.createOrder", "options must not be null");
    }
    return ctx.call("workflows.createOrder", "POST", "workflows")
        .id("workflow", workflow)
        .action("createOrder")
        .args(options.toArgs())
        .sensitiveIf(options.sensitiveData() != null)
        .send(CreatedOrder.class);
  }

  /**
   * Decrements the autostart value of a workflow.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}?action=decAutostart}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @return the WorkflowActionResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public WorkflowActionResult decAutostart(String workflow) {
    return ctx.call("workflows.decAutostart", "PUT", "workflows")
        .id("workflow", workflow)
        .action("decAutostart")
        .send(WorkflowActionResult.class);
  }

  /**
   * Disables a workflow.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}?action=disable}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @return the WorkflowActionResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public WorkflowActionResult disable(String workflow) {
    return ctx.call("workflows.disable", "PUT", "workflows")
        .id("workflow", workflow)
        .action("disable")
        .send(WorkflowActionResult.class);
  }

  /**
   * Enables a workflow.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}?action=enable}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @return the WorkflowActionResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public WorkflowActionResult enable(String workflow) {
    return ctx.call("workflows.enable", "PUT", "workflows")
        .id("workflow", workflow)
        .action("enable")
        .send(WorkflowActionResult.class);
  }

  /**
   * Creates an order and executes it synchronously; returns its final status.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/workflows/{id_or_name}?action=execSynchronous}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param options the optional arguments; not null (use {@code CreateOrderOptions.defaults()})
   * @return the SynchronousOrderResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public SynchronousOrderResult execSynchronous(String workflow, CreateOrderOptions options) {
    if (options == null) {
      throw ctx.invalid("workflows.execSynchronous", "options must not be null");
    }
    return ctx.call("workflows.execSynchronous", "POST", "workflows")
        .id("workflow", workflow)
        .action("execSynchronous")
        .args(options.toArgs())
        .sensitiveIf(options.sensitiveData() != null)
        .send(SynchronousOrderResult.class);
  }

  /**
   * Increments the autostart value of a workflow.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}?action=incAutostart}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @return the WorkflowActionResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public WorkflowActionResult incAutostart(String workflow) {
    return ctx.call("workflows.incAutostart", "PUT", "workflows")
        .id("workflow", workflow)
        .action("incAutostart")
        .send(WorkflowActionResult.class);
  }

  /**
   * Searches the order errors of a workflow.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/workflows/{id_or_name}?action=listErrors}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param options the optional arguments; not null (use {@code ErrorSearchOptions.defaults()})
   * @return the lazy listing: nothing is fetched before iteration
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PagedIterable<OrderError> listWorkflowErrors(String workflow, ErrorSearchOptions options) {
    if (options == null) {
      throw ctx.invalid("workflows.listWorkflowErrors", "options must not be null");
    }
    return ctx.call("workflows.listWorkflowErrors", "GET", "workflows")
        .id("workflow", workflow)
        .action("listErrors")
        .args(options.toArgs())
        .paged(options.pageSize(), OrderError.class);
  }

  /**
   * Returns the options of a workflow.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/workflows/{id_or_name}?action=options}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> workflowOptions(String workflow) {
    return ctx.call("workflows.workflowOptions", "GET", "workflows")
        .id("workflow", workflow)
        .action("options")
        .sendMap();
  }

  /**
   * Resets a workflow.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}?action=reset}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void reset(String workflow) {
    ctx.call("workflows.reset", "PUT", "workflows")
        .id("workflow", workflow)
        .action("reset")
        .sendDiscarding();
  }

  /**
   * Sets the autostart value of a workflow.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}?action=setAutostart}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param autostart the {@code autostart} argument
   * @return the WorkflowActionResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public WorkflowActionResult setAutostart(String workflow, int autostart) {
    return ctx.call("workflows.setAutostart", "PUT", "workflows")
        .id("workflow", workflow)
        .action("setAutostart")
        .required("autostart", autostart)
        .send(WorkflowActionResult.class);
  }

  /**
   * Sets or clears the deprecated flag of a workflow.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}?action=setDeprecated}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param deprecated the {@code deprecated} argument
   * @return the WorkflowActionResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public WorkflowActionResult setDeprecated(String workflow, boolean deprecated) {
    return ctx.call("workflows.setDeprecated", "PUT", "workflows")
        .id("workflow", workflow)
        .action("setDeprecated")
        .required("deprecated", deprecated)
        .send(WorkflowActionResult.class);
  }

  /**
   * Sets options of a workflow.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}?action=setOptions}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param options the {@code options} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void setOptions(String workflow, Map<String, Object> options) {
    ctx.call("workflows.setOptions", "PUT", "workflows")
        .id("workflow", workflow)
        .action("setOptions")
        .required("options", options)
        .sendDiscarding();
  }

  /**
   * Starts execution instances of a workflow.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}?action=start}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param count the {@code count} argument (optional, null to leave out)
   * @param mode the {@code mode} argument (optional, null to leave out)
   * @return the WorkflowActionResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public WorkflowActionResult start(String workflow, Integer count, String mode) {
    return ctx.call("workflows.start", "PUT", "workflows")
        .id("workflow", workflow)
        .action("start")
        .arg("count", count)
        .arg("mode", mode)
        .send(WorkflowActionResult.class);
  }

  /**
   * Stops a workflow.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}?action=stop}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void stop(String workflow) {
    ctx.call("workflows.stop", "PUT", "workflows")
        .id("workflow", workflow)
        .action("stop")
        .sendDiscarding();
  }

  /**
   * Returns the error definitions of a workflow.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/workflows/{id_or_name}/errors}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @return the WorkflowError elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<WorkflowError> errors(String workflow) {
    return ctx.call("workflows.errors", "GET", "workflows")
        .id("workflow", workflow)
        .then("errors")
        .sendList(WorkflowError.class);
  }

  /**
   * Creates a workflow error definition.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/workflows/{id_or_name}/errors}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param error the {@code error} argument
   * @param description the {@code description} argument
   * @param options the optional arguments; not null (use {@code ErrorDefinition.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> createError(String workflow, String error, String description, ErrorDefinition options) {
    if (options == null) {
      throw ctx.invalid("workflows.createError", "options must not be null");
    }
    return ctx.call("workflows.createError", "POST", "workflows")
        .id("workflow", workflow)
        .then("errors")
        .required("error", error)
        .required("description", description)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Creates or updates a workflow error definition.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/workflows/{id_or_name}/errors?action=createOrUpdate}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param error the {@code error} argument
   * @param description the {@code description} argument
   * @param options the optional arguments; not null (use {@code ErrorDefinition.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> createOrUpdateError(String workflow, String error, String description, ErrorDefinition options) {
    if (options == null) {
      throw ctx.invalid("workflows.createOrUpdateError", "options must not be null");
    }
    return ctx.call("workflows.createOrUpdateError", "POST", "workflows")
        .id("workflow", workflow)
        .then("errors")
        .action("createOrUpdate")
        .required("error", error)
        .required("description", description)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Deletes a workflow error definition.
   *
   * <p>Qorus REST API v2: {@code DELETE /api/v2/workflows/{id_or_name}/errors/{error}}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param error the {@code {error}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> deleteError(String workflow, String error) {
    return ctx.call("workflows.deleteError", "DELETE", "workflows")
        .id("workflow", workflow)
        .then("errors")
        .id("error", error)
        .sendMap();
  }

  /**
   * Returns a workflow error definition.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/workflows/{id_or_name}/errors/{error}}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param error the {@code {error}} path value
   * @return the WorkflowError returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public WorkflowError error(String workflow, String error) {
    return ctx.call("workflows.error", "GET", "workflows")
        .id("workflow", workflow)
        .then("errors")
        .id("error", error)
        .send(WorkflowError.class);
  }

  /**
   * Updates a workflow error definition.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}/errors/{error}}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param error the {@code {error}} path value
   * @param description the {@code description} argument
   * @param options the optional arguments; not null (use {@code ErrorDefinition.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> updateError(String workflow, String error, String description, ErrorDefinition options) {
    if (options == null) {
      throw ctx.invalid("workflows.updateError", "options must not be null");
    }
    return ctx.call("workflows.updateError", "PUT", "workflows")
        .id("workflow", workflow)
        .then("errors")
        .id("error", error)
        .required("description", description)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Updates a workflow error definition (action form).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}/errors/{error}?action=update}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param error the {@code {error}} path value
   * @param description the {@code description} argument
   * @param options the optional arguments; not null (use {@code ErrorDefinition.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> updateErrorAction(String workflow, String error, String description, ErrorDefinition options) {
    if (options == null) {
      throw ctx.invalid("workflows.updateErrorAction", "options must not be null");
    }
    return ctx.call("workflows.updateErrorAction", "PUT", "workflows")
        .id("workflow", workflow)
        .then("errors")
        .id("error", error)
        .action("update")
        .required("description", description)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Returns the running execution instances of a workflow.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/workflows/{id_or_name}/instances}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @return the Object elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Object> instances(String workflow) {
    return ctx.call("workflows.instances", "GET", "workflows")
        .id("workflow", workflow)
        .then("instances")
        .sendList(Object.class);
  }

  /**
   * Searches the orders of a workflow, lazily, page by page.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/workflows/{id_or_name}/orders}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param options the optional arguments; not null (use {@code OrderSearchOptions.defaults()})
   * @return the lazy listing: nothing is fetched before iteration
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PagedIterable<Order> orders(String workflow, OrderSearchOptions options) {
    if (options == null) {
      throw ctx.invalid("workflows.orders", "options must not be null");
    }
    return ctx.call("workflows.orders", "GET", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .args(options.toArgs())
        .paged(options.pageSize(), Order.class);
  }

  /**
   * Searches the order errors of a workflow.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/workflows/{id_or_name}/orders?action=listErrors}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param options the optional arguments; not null (use {@code ErrorSearchOptions.defaults()})
   * @return the lazy listing: nothing is fetched before iteration
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PagedIterable<OrderError> orderErrors(String workflow, ErrorSearchOptions options) {
    if (options == null) {
      throw ctx.invalid("workflows.orderErrors", "options must not be null");
    }
    return ctx.call("workflows.orderErrors", "GET", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .action("listErrors")
        .args(options.toArgs())
        .paged(options.pageSize(), OrderError.class);
  }

  /**
   * Returns the order counts of a workflow by status (and TOTAL).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/workflows/{id_or_name}/orders?action=overview}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param date the {@code date} argument (optional, null to leave out)
   * @param sqlCache the {@code sqlcache} argument (optional, null to leave out)
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> ordersOverview(String workflow, OffsetDateTime date, Boolean sqlCache) {
    return ctx.call("workflows.ordersOverview", "GET", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .action("overview")
        .arg("date", date)
        .arg("sqlcache", sqlCache)
        .sendMap();
  }

  /**
   * Returns the order processing summary of a workflow.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/workflows/{id_or_name}/orders?action=processingSummary}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param minDate the {@code mindate} argument
   * @param options the optional arguments; not null (use {@code ProcessingSummaryOptions.defaults()})
   * @return the ProcessingSummary elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ProcessingSummary> ordersProcessingSummary(String workflow, OffsetDateTime minDate, ProcessingSummaryOptions options) {
    if (options == null) {
      throw ctx.invalid("workflows.ordersProcessingSummary", "options must not be null");
    }
    return ctx.call("workflows.ordersProcessingSummary", "GET", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .action("processingSummary")
        .required("mindate", minDate)
        .args(options.toArgs())
        .sendList(ProcessingSummary.class);
  }

  /**
   * Returns one order of a workflow (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/workflows/{id_or_name}/orders/{id}}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @return the OrderDetails returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public OrderDetails orderGet(String workflow, long id) {
    return ctx.call("workflows.orderGet", "GET", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .send(OrderDetails.class);
  }

  /**
   * Blocks an order (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}/orders/{id}?action=block}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @return the OrderStatusChange returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public OrderStatusChange orderBlock(String workflow, long id) {
    return ctx.call("workflows.orderBlock", "PUT", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("block")
        .send(OrderStatusChange.class);
  }

  /**
   * Breaks the operator lock of an order (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}/orders/{id}?action=breakLock}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @param note the {@code note} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void orderBreakLock(String workflow, long id, String note) {
    ctx.call("workflows.orderBreakLock", "PUT", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("breakLock")
        .required("note", note)
        .sendDiscarding();
  }

  /**
   * Cancels an order (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}/orders/{id}?action=cancel}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @return the OrderStatusChange returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public OrderStatusChange orderCancel(String workflow, long id) {
    return ctx.call("workflows.orderCancel", "PUT", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("cancel")
        .send(OrderStatusChange.class);
  }

  /**
   * Replaces the dynamic data of an order (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}/orders/{id}?action=dynamicData}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @param newData the {@code newdata} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void orderUpdateDynamicData(String workflow, long id, Map<String, Object> newData) {
    ctx.call("workflows.orderUpdateDynamicData", "PUT", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("dynamicData")
        .arg("newdata", newData)
        .sendDiscarding();
  }

  /**
   * Executes an existing order synchronously (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/workflows/{id_or_name}/orders/{id}?action=execSynchronous}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @param options the {@code options} argument (optional, null to leave out)
   * @return the SynchronousOrderResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public SynchronousOrderResult orderExecSynchronous(String workflow, long id, Map<String, Object> options) {
    return ctx.call("workflows.orderExecSynchronous", "POST", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("execSynchronous")
        .arg("options", options)
        .send(SynchronousOrderResult.class);
  }

  /**
   * Returns the errors of an order (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/workflows/{id_or_name}/orders/{id}?action=listErrors}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @return the OrderError elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<OrderError> orderListErrors(String workflow, long id) {
    return ctx.call("workflows.orderListErrors", "GET", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("listErrors")
        .sendList(OrderError.class);
  }

  /**
   * Sets the operator lock of an order (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}/orders/{id}?action=lock}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @param note the {@code note} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void orderLock(String workflow, long id, String note) {
    ctx.call("workflows.orderLock", "PUT", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("lock")
        .required("note", note)
        .sendDiscarding();
  }

  /**
   * Returns the notes of an order (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/workflows/{id_or_name}/orders/{id}?action=notes}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @param limit the {@code limit} argument (optional, null to leave out)
   * @return the OrderNote elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<OrderNote> orderNotes(String workflow, long id, Integer limit) {
    return ctx.call("workflows.orderNotes", "GET", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("notes")
        .arg("limit", limit)
        .sendList(OrderNote.class);
  }

  /**
   * Adds a note to an order (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/workflows/{id_or_name}/orders/{id}?action=notes}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @param note the {@code note} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void orderAddNote(String workflow, long id, String note) {
    ctx.call("workflows.orderAddNote", "POST", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("notes")
        .required("note", note)
        .sendDiscarding();
  }

  /**
   * Reschedules an order (null removes the scheduled date) (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}/orders/{id}?action=reschedule}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @param date the {@code date} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void orderReschedule(String workflow, long id, OffsetDateTime date) {
    ctx.call("workflows.orderReschedule", "PUT", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("reschedule")
        .arg("date", date)
        .sendDiscarding();
  }

  /**
   * Retries an order (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}/orders/{id}?action=retry}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @return the OrderStatusChange returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public OrderStatusChange orderRetry(String workflow, long id) {
    return ctx.call("workflows.orderRetry", "PUT", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("retry")
        .send(OrderStatusChange.class);
  }

  /**
   * Sets an order to ERROR (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}/orders/{id}?action=setError}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @return the OrderStatusChange returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public OrderStatusChange orderSetError(String workflow, long id) {
    return ctx.call("workflows.orderSetError", "PUT", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("setError")
        .send(OrderStatusChange.class);
  }

  /**
   * Sets the priority of an order (0 highest - 999) (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}/orders/{id}?action=setPriority}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @param priority the {@code priority} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void orderSetPriority(String workflow, long id, int priority) {
    ctx.call("workflows.orderSetPriority", "PUT", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("setPriority")
        .required("priority", priority)
        .sendDiscarding();
  }

  /**
   * Skips a step of an order (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}/orders/{id}?action=skipStep}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @param stepId the {@code stepid} argument
   * @param ind the {@code ind} argument (optional, null to leave out)
   * @param noRetry the {@code noretry} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void orderSkipStep(String workflow, long id, long stepId, String ind, Boolean noRetry) {
    ctx.call("workflows.orderSkipStep", "PUT", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("skipStep")
        .required("stepid", stepId)
        .arg("ind", ind)
        .arg("noretry", noRetry)
        .sendDiscarding();
  }

  /**
   * Replaces the static data of an order (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}/orders/{id}?action=staticData}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @param newData the {@code newdata} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void orderUpdateStaticData(String workflow, long id, Map<String, Object> newData) {
    ctx.call("workflows.orderUpdateStaticData", "PUT", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("staticData")
        .required("newdata", newData)
        .sendDiscarding();
  }

  /**
   * Unblocks an order (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}/orders/{id}?action=unblock}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @return the OrderStatusChange returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public OrderStatusChange orderUnblock(String workflow, long id) {
    return ctx.call("workflows.orderUnblock", "PUT", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("unblock")
        .send(OrderStatusChange.class);
  }

  /**
   * Uncancels an order (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}/orders/{id}?action=uncancel}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @return the OrderStatusChange returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public OrderStatusChange orderUncancel(String workflow, long id) {
    return ctx.call("workflows.orderUncancel", "PUT", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("uncancel")
        .send(OrderStatusChange.class);
  }

  /**
   * Removes the operator lock of an order (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}/orders/{id}?action=unlock}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @param note the {@code note} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void orderUnlock(String workflow, long id, String note) {
    ctx.call("workflows.orderUnlock", "PUT", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("unlock")
        .arg("note", note)
        .sendDiscarding();
  }

  /**
   * Replaces the order keys of an order (order addressed through its workflow).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/workflows/{id_or_name}/orders/{id}?action=updateKeys}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param id the {@code {id}} path value
   * @param orderKeys the {@code orderkeys} argument
   * @param truncate the {@code truncate} argument (optional, null to leave out)
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> orderUpdateKeys(String workflow, long id, Map<String, Object> orderKeys, Boolean truncate) {
    return ctx.call("workflows.orderUpdateKeys", "PUT", "workflows")
        .id("workflow", workflow)
        .then("orders")
        .id("id", id)
        .action("updateKeys")
        .required("orderkeys", orderKeys)
        .arg("truncate", truncate)
        .sendMap();
  }
}
