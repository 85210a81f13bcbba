package org.gedkit.qorus;

import java.util.List;
import java.util.Map;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.WorkflowError;

/**
 * The errors group ({@code /api/v2/errors}): global and workflow-specific error definitions.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#errors()}.
 */
public final class ErrorsApi {

  private final QorusContext ctx;

  ErrorsApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the error definitions.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/errors}.
   *
   * @param options the optional arguments; not null (use {@code ErrorListOptions.defaults()})
   * @return the WorkflowError elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<WorkflowError> list(ErrorListOptions options) {
    if (options == null) {
      throw ctx.invalid("errors.list", "options must not be null");
    }
    return ctx.call("errors.list", "GET", "errors")
        .args(options.toArgs())
        .sendList(WorkflowError.class);
  }

  /**
   * Creates an error definition (global, or for a workflow).
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/errors}.
   *
   * @param error the {@code error} argument
   * @param description the {@code description} argument
   * @param options the optional arguments; not null (use {@code GlobalErrorDefinition.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> create(String error, String description, GlobalErrorDefinition options) {
    if (options == null) {
      throw ctx.invalid("errors.create", "options must not be null");
    }
    return ctx.call("errors.create", "POST", "errors")
        .required("error", error)
        .required("description", description)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Creates or updates an error definition.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/errors?action=createOrUpdate}.
   *
   * @param error the {@code error} argument
   * @param description the {@code description} argument
   * @param options the optional arguments; not null (use {@code GlobalErrorDefinition.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> createOrUpdate(String error, String description, GlobalErrorDefinition options) {
    if (options == null) {
      throw ctx.invalid("errors.createOrUpdate", "options must not be null");
    }
    return ctx.call("errors.createOrUpdate", "POST", "errors")
        .action("createOrUpdate")
        .required("error", error)
        .required("description", description)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Reloads the error definitions; returns the counts (global, workflow).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/errors?action=reload}.
   *
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> reload() {
    return ctx.call("errors.reload", "PUT", "errors")
        .action("reload")
        .sendMap();
  }

  /**
   * Returns the definitions of the given errors.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/errors?action=search}.
   *
   * @param errors the {@code errors} argument
   * @return the WorkflowError elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<WorkflowError> search(List<String> errors) {
    return ctx.call("errors.search", "GET", "errors")
        .action("search")
        .required("errors", errors)
        .sendList(WorkflowError.class);
  }

  /**
   * Returns the global error definitions.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/errors/global}.
   *
   * @return the WorkflowError elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<WorkflowError> global() {
    return ctx.call("errors.global", "GET", "errors/global")
        .sendList(WorkflowError.class);
  }

  /**
   * Creates a global error definition.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/errors/global}.
   *
   * @param error the {@code error} argument
   * @param description the {@code description} argument
   * @param options the optional arguments; not null (use {@code ErrorDefinition.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> createGlobal(String error, String description, ErrorDefinition options) {
    if (options == null) {
      throw ctx.invalid("errors.createGlobal", "options must not be null");
    }
    return ctx.call("errors.createGlobal", "POST", "errors/global")
        .required("error", error)
        .required("description", description)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Creates or updates a global error definition.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/errors/global?action=createOrUpdate}.
   *
   * @param error the {@code error} argument
   * @param description the {@code description} argument
   * @param options the optional arguments; not null (use {@code ErrorDefinition.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> createOrUpdateGlobal(String error, String description, ErrorDefinition options) {
    if (options == null) {
      throw ctx.invalid("errors.createOrUpdateGlobal", "options must not be null");
    }
    return ctx.call("errors.createOrUpdateGlobal", "POST", "errors/global")
        .action("createOrUpdate")
        .required("error", error)
        .required("description", description)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Deletes a global error definition.
   *
   * <p>Qorus REST API v2: {@code DELETE /api/v2/errors/global/{error}}.
   *
   * @param error the {@code {error}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> deleteGlobal(String error) {
    return ctx.call("errors.deleteGlobal", "DELETE", "errors/global")
        .id("error", error)
        .sendMap();
  }

  /**
   * Returns a global error definition.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/errors/global/{error}}.
   *
   * @param error the {@code {error}} path value
   * @return the WorkflowError returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public WorkflowError getGlobal(String error) {
    return ctx.call("errors.getGlobal", "GET", "errors/global")
        .id("error", error)
        .send(WorkflowError.class);
  }

  /**
   * Updates a global error definition.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/errors/global/{error}}.
   *
   * @param error the {@code {error}} path value
   * @param description the {@code description} argument
   * @param options the optional arguments; not null (use {@code ErrorDefinition.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> updateGlobal(String error, String description, ErrorDefinition options) {
    if (options == null) {
      throw ctx.invalid("errors.updateGlobal", "options must not be null");
    }
    return ctx.call("errors.updateGlobal", "PUT", "errors/global")
        .id("error", error)
        .required("description", description)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Updates a global error definition (action form).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/errors/global/{error}?action=update}.
   *
   * @param error the {@code {error}} path value
   * @param description the {@code description} argument
   * @param options the optional arguments; not null (use {@code ErrorDefinition.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> updateGlobalAction(String error, String description, ErrorDefinition options) {
    if (options == null) {
      throw ctx.invalid("errors.updateGlobalAction", "options must not be null");
    }
    return ctx.call("errors.updateGlobalAction", "PUT", "errors/global")
        .id("error", error)
        .action("update")
        .required("description", description)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Returns the workflow-specific error definitions.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/errors/workflow}.
   *
   * @return the WorkflowError elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<WorkflowError> workflowErrors() {
    return ctx.call("errors.workflowErrors", "GET", "errors/workflow")
        .sendList(WorkflowError.class);
  }

  /**
   * Returns the error definitions of a workflow.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/errors/workflow/{id_or_name}}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @return the WorkflowError elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<WorkflowError> ofWorkflow(String workflow) {
    return ctx.call("errors.ofWorkflow", "GET", "errors/workflow")
        .id("workflow", workflow)
        .sendList(WorkflowError.class);
  }

  /**
   * Creates a workflow error definition.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/errors/workflow/{id_or_name}}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param error the {@code error} argument
   * @param description the {@code description} argument
   * @param options the optional arguments; not null (use {@code ErrorDefinition.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> createForWorkflow(String workflow, String error, String description, ErrorDefinition options) {
    if (options == null) {
      throw ctx.invalid("errors.createForWorkflow", "options must not be null");
    }
    return ctx.call("errors.createForWorkflow", "POST", "errors/workflow")
        .id("workflow", workflow)
        .required("error", error)
        .required("description", description)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Creates or updates a workflow error definition.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/errors/workflow/{id_or_name}?action=createOrUpdate}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param error the {@code error} argument
   * @param description the {@code description} argument
   * @param options the optional arguments; not null (use {@code ErrorDefinition.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> createOrUpdateForWorkflow(String workflow, String error, String description, ErrorDefinition options) {
    if (options == null) {
      throw ctx.invalid("errors.createOrUpdateForWorkflow", "options must not be null");
    }
    return ctx.call("errors.createOrUpdateForWorkflow", "POST", "errors/workflow")
        .id("workflow", workflow)
        .action("createOrUpdate")
        .required("error", error)
        .required("description", description)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Deletes a workflow error definition.
   *
   * <p>Qorus REST API v2: {@code DELETE /api/v2/errors/workflow/{id_or_name}/{error}}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param error the {@code {error}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> deleteForWorkflow(String workflow, String error) {
    return ctx.call("errors.deleteForWorkflow", "DELETE", "errors/workflow")
        .id("workflow", workflow)
        .id("error", error)
        .sendMap();
  }

  /**
   * Returns a workflow error definition.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/errors/workflow/{id_or_name}/{error}}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param error the {@code {error}} path value
   * @return the WorkflowError returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public WorkflowError getForWorkflow(String workflow, String error) {
    return ctx.call("errors.getForWorkflow", "GET", "errors/workflow")
        .id("workflow", workflow)
        .id("error", error)
        .send(WorkflowError.class);
  }

  /**
   * Updates a workflow error definition.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/errors/workflow/{id_or_name}/{error}}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param error the {@code {error}} path value
   * @param description the {@code description} argument
   * @param options the optional arguments; not null (use {@code ErrorDefinition.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> updateForWorkflow(String workflow, String error, String description, ErrorDefinition options) {
    if (options == null) {
      throw ctx.invalid("errors.updateForWorkflow", "options must not be null");
    }
    return ctx.call("errors.updateForWorkflow", "PUT", "errors/workflow")
        .id("workflow", workflow)
        .id("error", error)
        .required("description", description)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Updates a workflow error definition (action form).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/errors/workflow/{id_or_name}/{error}?action=update}.
   *
   * @param workflow the {@code {id_or_name}} path value
   * @param error the {@code {error}} path value
   * @param description the {@code description} argument
   * @param options the optional arguments; not null (use {@code ErrorDefinition.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> updateForWorkflowAction(String workflow, String error, String description, ErrorDefinition options) {
    if (options == null) {
      throw ctx.invalid("errors.updateForWorkflowAction", "options must not be null");
    }
    return ctx.call("errors.updateForWorkflowAction", "PUT", "errors/workflow")
        .id("workflow", workflow)
        .id("error", error)
        .action("update")
        .required("description", description)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Deletes an error definition.
   *
   * <p>Qorus REST API v2: {@code DELETE /api/v2/errors/{error}}.
   *
   * @param error the {@code {error}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> delete(String error) {
    return ctx.call("errors.delete", "DELETE", "errors")
        .id("error", error)
        .sendMap();
  }

  /**
   * Returns an error definition.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/errors/{error}}.
   *
   * @param error the {@code {error}} path value
   * @return the WorkflowError returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public WorkflowError get(String error) {
    return ctx.call("errors.get", "GET", "errors")
        .id("error", error)
        .send(WorkflowError.class);
  }

  /**
   * Updates an error definition.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/errors/{error}}.
   *
   * @param error the {@code {error}} path value
   * @param description the {@code description} argument
   * @param options the optional arguments; not null (use {@code ErrorDefinition.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> update(String error, String description, ErrorDefinition options) {
    if (options == null) {
      throw ctx.invalid("errors.update", "options must not be null");
    }
    return ctx.call("errors.update", "PUT", "errors")
        .id("error", error)
        .required("description", description)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Updates an error definition (action form).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/errors/{error}?action=update}.
   *
   * @param error the {@code {error}} path value
   * @param description the {@code description} argument
   * @param options the optional arguments; not null (use {@code ErrorDefinition.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> updateAction(String error, String description, ErrorDefinition options) {
    if (options == null) {
      throw ctx.invalid("errors.updateAction", "options must not be null");
    }
    return ctx.call("errors.updateAction", "PUT", "errors")
        .id("error", error)
        .action("update")
        .required("description", description)
        .args(options.toArgs())
        .sendMap();
  }
}
