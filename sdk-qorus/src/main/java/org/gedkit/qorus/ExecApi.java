package org.gedkit.qorus;

import java.util.List;
import java.util.Map;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.CountDetails;
import org.gedkit.qorus.model.ExecutionInstance;

/**
 * The exec group ({@code /api/v2/exec}): running workflow execution instances.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#exec()}.
 */
public final class ExecApi {

  private final QorusContext ctx;

  ExecApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the running workflow execution instances.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/exec}.
   *
   * @return the ExecutionInstance elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ExecutionInstance> list() {
    return ctx.call("exec.list", "GET", "exec")
        .sendList(ExecutionInstance.class);
  }

  /**
   * Returns the running execution instances in short form.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/exec?action=list}.
   *
   * @return the Object elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Object> names() {
    return ctx.call("exec.names", "GET", "exec")
        .action("list")
        .sendList(Object.class);
  }

  /**
   * Stops every workflow execution instance.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/exec?action=stopAll}.
   *
   * @return the CountDetails returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public CountDetails stopAll() {
    return ctx.call("exec.stopAll", "PUT", "exec")
        .action("stopAll")
        .send(CountDetails.class);
  }

  /**
   * Stops the execution instances of the given workflows.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/exec?action=stopMany}.
   *
   * @param args the {@code args} argument
   * @return the CountDetails returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public CountDetails stopMany(List<String> args) {
    return ctx.call("exec.stopMany", "PUT", "exec")
        .action("stopMany")
        .required("args", args)
        .send(CountDetails.class);
  }

  /**
   * Returns one execution instance.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/exec/{id}}.
   *
   * @param id the {@code {id}} path value
   * @return the ExecutionInstance returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public ExecutionInstance get(long id) {
    return ctx.call("exec.get", "GET", "exec")
        .id("id", id)
        .send(ExecutionInstance.class);
  }

  /**
   * Sets workflow options through one execution instance.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/exec/{id}?action=setOptions}.
   *
   * @param id the {@code {id}} path value
   * @param options the {@code options} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void setOptions(long id, Map<String, Object> options) {
    ctx.call("exec.setOptions", "PUT", "exec")
        .id("id", id)
        .action("setOptions")
        .required("options", options)
        .sendDiscarding();
  }

  /**
   * Stops one execution instance.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/exec/{id}?action=stop}.
   *
   * @param id the {@code {id}} path value
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void stop(long id) {
    ctx.call("exec.stop", "PUT", "exec")
        .id("id", id)
        .action("stop")
        .sendDiscarding();
  }

  /**
   * Returns the execution instances of a workflow (by name).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/exec/{workflowname}}.
   *
   * @param workflowName the {@code {workflowname}} path value
   * @return the ExecutionInstance elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ExecutionInstance> ofWorkflow(String workflowName) {
    return ctx.call("exec.ofWorkflow", "GET", "exec")
        .id("workflowName", workflowName)
        .sendList(ExecutionInstance.class);
  }

  /**
   * Describes the running workflow (by name).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/exec/{workflowname}?action=desc}.
   *
   * @param workflowName the {@code {workflowname}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> describeWorkflow(String workflowName) {
    return ctx.call("exec.describeWorkflow", "GET", "exec")
        .id("workflowName", workflowName)
        .action("desc")
        .sendMap();
  }

  /**
   * Sets options of a running workflow (by name).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/exec/{workflowname}?action=setOptions}.
   *
   * @param workflowName the {@code {workflowname}} path value
   * @param options the {@code options} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void setWorkflowOptions(String workflowName, Map<String, Object> options) {
    ctx.call("exec.setWorkflowOptions", "PUT", "exec")
        .id("workflowName", workflowName)
        .action("setOptions")
        .required("options", options)
        .sendDiscarding();
  }

  /**
   * Stops every execution instance of a workflow (by name).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/exec/{workflowname}?action=stop}.
   *
   * @param workflowName the {@code {workflowname}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> stopWorkflow(String workflowName) {
    return ctx.call("exec.stopWorkflow", "PUT", "exec")
        .id("workflowName", workflowName)
        .action("stop")
        .sendMap();
  }
}
