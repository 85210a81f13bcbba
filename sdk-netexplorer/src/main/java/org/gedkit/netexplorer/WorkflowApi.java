package org.gedkit.netexplorer;

import org.gedkit.core.paging.PagedIterable;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.WireNames;
import org.gedkit.netexplorer.model.WorkflowInstance;

/** Workflow (flux) instances: validation and signature flows (seed "Instance de flux", lines 320-334, 815-857). Thread-safe. */
public final class WorkflowApi {

  private final Ctx ctx;

  WorkflowApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * An instance by the token mailed at its creation ({@code GET /workflow/instance/{token}}; seed lines 815-816; high confidence).
   *
   * @param token the token mailed when the instance was created
   * @return the WorkflowInstance; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public WorkflowInstance byToken(String token) {
    ctx.nonBlank(token, Routes.GET_WORKFLOW_INSTANCE_TOKEN, "token");
    return ctx.json(ctx.req(Routes.GET_WORKFLOW_INSTANCE_TOKEN, token).build(), WorkflowInstance.class);
  }

  /**
   * Starts a validation or signature flow ({@code POST /workflow/instance}; seed lines 817-855; high confidence).
   *
   * @param request the request
   * @return the WorkflowInstance; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public WorkflowInstance create(WorkflowRequest request) {
    ctx.nonNull(request, Routes.POST_WORKFLOW_INSTANCE, "request");
    return ctx.json(ctx.req(Routes.POST_WORKFLOW_INSTANCE).jsonBody(request.toWire()).build(), WorkflowInstance.class);
  }

  /**
   * Deletes an instance ({@code DELETE /workflow/instance/{instanceId}}; seed lines 856-857; high confidence).
   *
   * @param instanceId the instance id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void delete(long instanceId) {
    ctx.id(instanceId, Routes.DELETE_WORKFLOW_INSTANCE_INSTANCEID, "instanceId");
    ctx.ok(ctx.req(Routes.DELETE_WORKFLOW_INSTANCE_INSTANCEID, instanceId).build());
  }

  /**
   * The user's instances, page by page (paging assumed) ({@code GET /workflow/instances}; no seed text, route from the listing; medium confidence).
   *
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<WorkflowInstance> list(int pageSize) {
    return ctx.paged(Routes.GET_WORKFLOW_INSTANCES, pageSize, ol -> ctx.req(Routes.GET_WORKFLOW_INSTANCES)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), WorkflowInstance.class);
  }
}
