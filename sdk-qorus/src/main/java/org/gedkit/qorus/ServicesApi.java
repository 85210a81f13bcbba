package org.gedkit.qorus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.ObjectActionResult;
import org.gedkit.qorus.model.ResourceFile;
import org.gedkit.qorus.model.Service;
import org.gedkit.qorus.model.ServiceActionResult;
import org.gedkit.qorus.model.ServiceMethod;

/**
 * The services group ({@code /api/v2/services}): service definitions, lifecycle (load, reset, start, stop), options, state data, streams, resource files and calling a service method.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#services()}.
 */
public final class ServicesApi {

  private final QorusContext ctx;

  ServicesApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the services ("running", "loaded" or "unloaded" filter).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/services}.
   *
   * @param status the {@code status} argument (optional, null to leave out)
   * @return the Service elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Service> list(String status) {
    return ctx.call("services.list", "GET", "services")
        .arg("status", status)
        .sendList(Service.class);
  }

  /**
   * Disables services.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services?action=disable}.
   *
   * @param ids the {@code ids} argument
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> disableMany(List<String> ids) {
    return ctx.call("services.disableMany", "PUT", "services")
        .action("disable")
        .required("ids", ids)
        .sendList(ObjectActionResult.class);
  }

  /**
   * Enables services.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services?action=enable}.
   *
   * @param ids the {@code ids} argument
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> enableMany(List<String> ids) {
    return ctx.call("services.enableMany", "PUT", "services")
        .action("enable")
        .required("ids", ids)
        .sendList(ObjectActionResult.class);
  }

  /**
   * Returns the service names.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/services?action=list}.
   *
   * @return the strings returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<String> names() {
    return ctx.call("services.names", "GET", "services")
        .action("list")
        .sendList(String.class);
  }

  /**
   * Loads services.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services?action=load}.
   *
   * @param ids the {@code ids} argument
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> loadMany(List<String> ids) {
    return ctx.call("services.loadMany", "PUT", "services")
        .action("load")
        .required("ids", ids)
        .sendList(ObjectActionResult.class);
  }

  /**
   * Resets services.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services?action=reset}.
   *
   * @param ids the {@code ids} argument
   * @param load the {@code load} argument (optional, null to leave out)
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> resetMany(List<String> ids, Boolean load) {
    return ctx.call("services.resetMany", "PUT", "services")
        .action("reset")
        .required("ids", ids)
        .arg("load", load)
        .sendList(ObjectActionResult.class);
  }

  /**
   * Resets all services.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services?action=resetAll}.
   *
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> resetAll() {
    return ctx.call("services.resetAll", "PUT", "services")
        .action("resetAll")
        .sendList(ObjectActionResult.class);
  }

  /**
   * Resets all system services.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services?action=resetSystem}.
   *
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> resetSystem() {
    return ctx.call("services.resetSystem", "PUT", "services")
        .action("resetSystem")
        .sendList(ObjectActionResult.class);
  }

  /**
   * Resets all user services.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services?action=resetUser}.
   *
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> resetUser() {
    return ctx.call("services.resetUser", "PUT", "services")
        .action("resetUser")
        .sendList(ObjectActionResult.class);
  }

  /**
   * Unloads services.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services?action=unload}.
   *
   * @param ids the {@code ids} argument
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> unloadMany(List<String> ids) {
    return ctx.call("services.unloadMany", "PUT", "services")
        .action("unload")
        .required("ids", ids)
        .sendList(ObjectActionResult.class);
  }

  /**
   * Returns one service with its methods.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/services/{id_or_name}}.
   *
   * @param service the {@code {id_or_name}} path value
   * @return the Service returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Service get(String service) {
    return ctx.call("services.get", "GET", "services")
        .id("service", service)
        .send(Service.class);
  }

  /**
   * Performs a single update of a service (the first recognised argument, e.g. autostart or options) and returns its value.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services/{id_or_name}}.
   *
   * @param service the {@code {id_or_name}} path value
   * @param update the {@code update} argument
   * @return the value returned, as JSON (its shape depends on the arguments)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JsonNode update(String service, Map<String, Object> update) {
    return ctx.call("services.update", "PUT", "services")
        .id("service", service)
        .args(update)
        .sendTree();
  }

  /**
   * Disables a service.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services/{id_or_name}?action=disable}.
   *
   * @param service the {@code {id_or_name}} path value
   * @return the ServiceActionResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public ServiceActionResult disable(String service) {
    return ctx.call("services.disable", "PUT", "services")
        .id("service", service)
        .action("disable")
        .send(ServiceActionResult.class);
  }

  /**
   * Enables a service.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services/{id_or_name}?action=enable}.
   *
   * @param service the {@code {id_or_name}} path value
   * @return the ServiceActionResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public ServiceActionResult enable(String service) {
    return ctx.call("services.enable", "PUT", "services")
        .id("service", service)
        .action("enable")
        .send(ServiceActionResult.class);
  }

  /**
   * Initialises (loads and starts) a service.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services/{id_or_name}?action=init}.
   *
   * @param service the {@code {id_or_name}} path value
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void init(String service) {
    ctx.call("services.init", "PUT", "services")
        .id("service", service)
        .action("init")
        .sendDiscarding();
  }

  /**
   * Loads a service.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services/{id_or_name}?action=load}.
   *
   * @param service the {@code {id_or_name}} path value
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void load(String service) {
    ctx.call("services.load", "PUT", "services")
        .id("service", service)
        .action("load")
        .sendDiscarding();
  }

  /**
   * Resets a service.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services/{id_or_name}?action=reset}.
   *
   * @param service the {@code {id_or_name}} path value
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void reset(String service) {
    ctx.call("services.reset", "PUT", "services")
        .id("service", service)
        .action("reset")
        .sendDiscarding();
  }

  /**
   * Sets the autostart flag of a service.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services/{id_or_name}?action=setAutostart}.
   *
   * @param service the {@code {id_or_name}} path value
   * @param autostart the {@code autostart} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void setAutostart(String service, boolean autostart) {
    ctx.call("services.setAutostart", "PUT", "services")
        .id("service", service)
        .action("setAutostart")
        .required("autostart", autostart)
        .sendDiscarding();
  }

  /**
   * Sets options of a service.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services/{id_or_name}?action=setOptions}.
   *
   * @param service the {@code {id_or_name}} path value
   * @param options the {@code options} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void setOptions(String service, Map<String, Object> options) {
    ctx.call("services.setOptions", "PUT", "services")
        .id("service", service)
        .action("setOptions")
        .required("options", options)
        .sendDiscarding();
  }

  /**
   * Replaces (or with null clears) the state data of a service.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services/{id_or_name}?action=setStateData}.
   *
   * @param service the {@code {id_or_name}} path value
   * @param data the {@code data} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void setStateData(String service, Map<String, Object> data) {
    ctx.call("services.setStateData", "PUT", "services")
        .id("service", service)
        .action("setStateData")
        .arg("data", data)
        .sendDiscarding();
  }

  /**
   * Starts a service.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services/{id_or_name}?action=start}.
   *
   * @param service the {@code {id_or_name}} path value
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void start(String service) {
    ctx.call("services.start", "PUT", "services")
        .id("service", service)
        .action("start")
        .sendDiscarding();
  }

  /**
   * Stops a service.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services/{id_or_name}?action=stop}.
   *
   * @param service the {@code {id_or_name}} path value
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void stop(String service) {
    ctx.call("services.stop", "PUT", "services")
        .id("service", service)
        .action("stop")
        .sendDiscarding();
  }

  /**
   * Opens a service stream with DELETE.
   *
   * <p>Qorus REST API v2: {@code DELETE /api/v2/services/{id_or_name}?action=stream}.
   *
   * @param service the {@code {id_or_name}} path value
   * @param stream the {@code stream} argument
   * @return the value returned, as JSON (its shape depends on the arguments)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JsonNode streamDelete(String service, String stream) {
    return ctx.call("services.streamDelete", "DELETE", "services")
        .id("service", service)
        .action("stream")
        .required("stream", stream)
        .sendTree();
  }

  /**
   * Opens a service stream with GET.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/services/{id_or_name}?action=stream}.
   *
   * @param service the {@code {id_or_name}} path value
   * @param stream the {@code stream} argument
   * @return the value returned, as JSON (its shape depends on the arguments)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JsonNode streamGet(String service, String stream) {
    return ctx.call("services.streamGet", "GET", "services")
        .id("service", service)
        .action("stream")
        .required("stream", stream)
        .sendTree();
  }

  /**
   * Opens a service stream with PUT.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services/{id_or_name}?action=stream}.
   *
   * @param service the {@code {id_or_name}} path value
   * @param stream the {@code stream} argument
   * @return the value returned, as JSON (its shape depends on the arguments)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JsonNode streamPut(String service, String stream) {
    return ctx.call("services.streamPut", "PUT", "services")
        .id("service", service)
        .action("stream")
        .required("stream", stream)
        .sendTree();
  }

  /**
   * Opens a service stream with POST.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/services/{id_or_name}?action=stream}.
   *
   * @param service the {@code {id_or_name}} path value
   * @param stream the {@code stream} argument
   * @return the value returned, as JSON (its shape depends on the arguments)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JsonNode streamPost(String service, String stream) {
    return ctx.call("services.streamPost", "POST", "services")
        .id("service", service)
        .action("stream")
        .required("stream", stream)
        .sendTree();
  }

  /**
   * Unloads a service.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services/{id_or_name}?action=unload}.
   *
   * @param service the {@code {id_or_name}} path value
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void unload(String service) {
    ctx.call("services.unload", "PUT", "services")
        .id("service", service)
        .action("unload")
        .sendDiscarding();
  }

  /**
   * Returns the resource files of a service.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/services/{id_or_name}/resource_files}.
   *
   * @param service the {@code {id_or_name}} path value
   * @return the ResourceFile elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ResourceFile> resourceFiles(String service) {
    return ctx.call("services.resourceFiles", "GET", "services")
        .id("service", service)
        .then("resource_files")
        .sendList(ResourceFile.class);
  }

  /**
   * Returns one resource file of a service with its data.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/services/{id_or_name}/resource_files/{name}}.
   *
   * @param service the {@code {id_or_name}} path value
   * @param name the {@code {name}} path value
   * @return the ResourceFile returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public ResourceFile resourceFile(String service, String name) {
    return ctx.call("services.resourceFile", "GET", "services")
        .id("service", service)
        .then("resource_files")
        .id("name", name)
        .send(ResourceFile.class);
  }

  /**
   * Returns one service method.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/services/{id_or_name}/{method}}.
   *
   * @param service the {@code {id_or_name}} path value
   * @param method the {@code {method}} path value
   * @return the ServiceMethod returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public ServiceMethod method(String service, String method) {
    return ctx.call("services.method", "GET", "services")
        .id("service", service)
        .id("method", method)
        .send(ServiceMethod.class);
  }

  /**
   * Calls a service method with the given arguments (a list); returns what the method returns.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/services/{id_or_name}/{method}?action=call}.
   *
   * @param service the {@code {id_or_name}} path value
   * @param method the {@code {method}} path value
   * @param args the {@code args} argument (optional, null to leave out)
   * @return the value returned, as JSON (its shape depends on the arguments)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JsonNode call(String service, String method, List<Object> args) {
    return ctx.call("services.call", "PUT", "services")
        .id("service", service)
        .id("method", method)
        .action("call")
        .arg("args", args)
        .sendTree();
  }
}
