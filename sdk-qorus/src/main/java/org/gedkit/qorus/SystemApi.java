package org.gedkit.qorus;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.Alert;
import org.gedkit.qorus.model.Health;
import org.gedkit.qorus.model.PropertyUpdateCounts;
import org.gedkit.qorus.model.PublicInfo;
import org.gedkit.qorus.model.SystemInfo;
import org.gedkit.qorus.model.SystemOption;

/**
 * The system group of the Qorus REST API v2 ({@code /api/v2/system}): instance information, health, options, system properties, tokens, alerts, listeners, SQL cache, sessions and UI extensions.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#system()}.
 */
public final class SystemApi {

  private final QorusContext ctx;

  SystemApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the top-level members of this version of the REST API.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2}.
   *
   * @return the value returned, as JSON (its shape depends on the arguments)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JsonNode apiRoot() {
    return ctx.call("system.apiRoot", "GET", "")
        .sendTree();
  }

  /**
   * Returns the public instance information (no login needed); noauth says whether the server needs credentials. Not in the REST v2 document: a real-server fact.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/public/info}.
   *
   * @return the PublicInfo returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PublicInfo publicInfo() {
    return ctx.call("system.publicInfo", "GET", "public/info")
        .send(PublicInfo.class);
  }

  /**
   * Returns information about the Qorus instance (version, schema, host, api_version...).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system}.
   *
   * @return the SystemInfo returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public SystemInfo info() {
    return ctx.call("system.info", "GET", "system")
        .send(SystemInfo.class);
  }

  /**
   * Echoes the arguments (sent as URI arguments) as the response body.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system?action=echo}.
   *
   * @param args the {@code args} argument
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> echo(Map<String, Object> args) {
    return ctx.call("system.echo", "GET", "system")
        .action("echo")
        .args(args)
        .sendMap();
  }

  /**
   * Echoes the arguments (sent in the body) as the response body.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system?action=echo}.
   *
   * @param args the {@code args} argument
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> echoPut(Map<String, Object> args) {
    return ctx.call("system.echoPut", "PUT", "system")
        .action("echo")
        .args(args)
        .sendMap();
  }

  /**
   * Pings the server; returns "OK".
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system?action=ping}.
   *
   * @return the reply string
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public String ping() {
    return ctx.call("system.ping", "GET", "system")
        .action("ping")
        .send(String.class);
  }

  /**
   * Reloads RBAC information from the database.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system?action=reloadRbac}.
   *
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void reloadRbac() {
    ctx.call("system.reloadRbac", "PUT", "system")
        .action("reloadRbac")
        .sendDiscarding();
  }

  /**
   * Restarts the Qorus instance.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system?action=restart}.
   *
   * @param timeout the {@code timeout} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void restart(Integer timeout) {
    ctx.call("system.restart", "PUT", "system")
        .action("restart")
        .arg("timeout", timeout)
        .sendDiscarding();
  }

  /**
   * Rotates the system log files.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system?action=rotateLogFiles}.
   *
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void rotateLogFiles() {
    ctx.call("system.rotateLogFiles", "PUT", "system")
        .action("rotateLogFiles")
        .sendDiscarding();
  }

  /**
   * Sets or clears the system debug flag; returns a hash with the new flag.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system?action=setDebug}.
   *
   * @param debug the {@code debug} argument
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> setDebug(boolean debug) {
    return ctx.call("system.setDebug", "PUT", "system")
        .action("setDebug")
        .required("debug", debug)
        .sendMap();
  }

  /**
   * Shuts down the Qorus instance.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system?action=shutdown}.
   *
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void shutdown() {
    ctx.call("system.shutdown", "PUT", "system")
        .action("shutdown")
        .sendDiscarding();
  }

  /**
   * Shuts down the Qorus instance and waits for the shutdown.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system?action=shutdownWait}.
   *
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void shutdownWait() {
    ctx.call("system.shutdownWait", "PUT", "system")
        .action("shutdownWait")
        .sendDiscarding();
  }

  /**
   * Opens a test stream with PUT ("DataStream", "EchoDataStream" or a short string stream).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system?action=stream}.
   *
   * @param stream the {@code stream} argument (optional, null to leave out)
   * @return the value returned, as JSON (its shape depends on the arguments)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JsonNode streamPut(String stream) {
    return ctx.call("system.streamPut", "PUT", "system")
        .action("stream")
        .arg("stream", stream)
        .sendTree();
  }

  /**
   * Opens a test stream with POST.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/system?action=stream}.
   *
   * @param stream the {@code stream} argument (optional, null to leave out)
   * @return the value returned, as JSON (its shape depends on the arguments)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JsonNode streamPost(String stream) {
    return ctx.call("system.streamPost", "POST", "system")
        .action("stream")
        .arg("stream", stream)
        .sendTree();
  }

  /**
   * Opens a test stream with GET.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system?action=stream}.
   *
   * @param stream the {@code stream} argument (optional, null to leave out)
   * @return the value returned, as JSON (its shape depends on the arguments)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JsonNode stream(String stream) {
    return ctx.call("system.stream", "GET", "system")
        .action("stream")
        .arg("stream", stream)
        .sendTree();
  }

  /**
   * Returns the user name of a token if it is valid (null otherwise).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system?action=validateWsToken}.
   *
   * @param token the {@code token} argument
   * @return the reply string
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public String validateWsToken(String token) {
    return ctx.call("system.validateWsToken", "GET", "system")
        .action("validateWsToken")
        .required("token", token)
        .send(String.class);
  }

  /**
   * Creates a token for HTTP or websocket authentication (ttl in seconds; default 10 minutes).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system?action=wstoken}.
   *
   * @param ttl the {@code ttl} argument (optional, null to leave out)
   * @return the reply string
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public String wsToken(Long ttl) {
    return ctx.call("system.wsToken", "GET", "system")
        .action("wstoken")
        .arg("ttl", ttl)
        .send(String.class);
  }

  /**
   * Returns the system alerts (a list of alert hashes, or a summary hash when summary is true).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/alerts}.
   *
   * @param remote the {@code remote} argument (optional, null to leave out)
   * @param summary the {@code summary} argument (optional, null to leave out)
   * @param cutoff the {@code cutoff} argument (optional, null to leave out)
   * @return the value returned, as JSON (its shape depends on the arguments)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JsonNode alerts(String remote, Boolean summary, OffsetDateTime cutoff) {
    return ctx.call("system.alerts", "GET", "system/alerts")
        .arg("remote", remote)
        .arg("summary", summary)
        .arg("cutoff", cutoff)
        .sendTree();
  }

  /**
   * Returns the ongoing system alerts.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/alerts/ongoing}.
   *
   * @param remote the {@code remote} argument (optional, null to leave out)
   * @return the Alert elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Alert> ongoingAlerts(String remote) {
    return ctx.call("system.ongoingAlerts", "GET", "system/alerts/ongoing")
        .arg("remote", remote)
        .sendList(Alert.class);
  }

  /**
   * Returns the transient system alerts.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/alerts/transient}.
   *
   * @param remote the {@code remote} argument (optional, null to leave out)
   * @param max the {@code max} argument (optional, null to leave out)
   * @return the Alert elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Alert> transientAlerts(String remote, Integer max) {
    return ctx.call("system.transientAlerts", "GET", "system/alerts/transient")
        .arg("remote", remote)
        .arg("max", max)
        .sendList(Alert.class);
  }

  /**
   * Calls a system RPC API method with the given arguments.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system/api?action=call}.
   *
   * @param method the {@code method} argument
   * @param args the {@code args} argument (optional, null to leave out)
   * @return the value returned, as JSON (its shape depends on the arguments)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JsonNode callApi(String method, List<Object> args) {
    return ctx.call("system.callApi", "PUT", "system/api")
        .action("call")
        .required("method", method)
        .arg("args", args)
        .sendTree();
  }

  /**
   * Returns the health of the instance and of its remote connections.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/health}.
   *
   * @return the Health returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Health health() {
    return ctx.call("system.health", "GET", "system/health")
        .send(Health.class);
  }

  /**
   * Returns the HTTP listeners (ListenerInfoSet hash keyed by listener ID).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/listeners}.
   *
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> listeners() {
    return ctx.call("system.listeners", "GET", "system/listeners")
        .sendMap();
  }

  /**
   * Starts a new HTTP listener; returns a hash per listener started.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/system/listeners}.
   *
   * @param bind the {@code bind} argument
   * @param options the optional arguments; not null (use {@code ListenerOptions.defaults()})
   * @return the Object elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Object> addListener(String bind, ListenerOptions options) {
    if (options == null) {
      throw ctx.invalid("system.addListener", "options must not be null");
    }
    return ctx.call("system.addListener", "POST", "system/listeners")
        .required("bind", bind)
        .args(options.toArgs())
        .sendList(Object.class);
  }

  /**
   * Starts a new HTTP listener (action form).
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/system/listeners?action=start}.
   *
   * @param bind the {@code bind} argument
   * @param options the optional arguments; not null (use {@code ListenerOptions.defaults()})
   * @return the Object elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Object> startListener(String bind, ListenerOptions options) {
    if (options == null) {
      throw ctx.invalid("system.startListener", "options must not be null");
    }
    return ctx.call("system.startListener", "POST", "system/listeners")
        .action("start")
        .required("bind", bind)
        .args(options.toArgs())
        .sendList(Object.class);
  }

  /**
   * Stops and removes a listener.
   *
   * <p>Qorus REST API v2: {@code DELETE /api/v2/system/listeners/{id_or_name}}.
   *
   * @param listener the {@code {id_or_name}} path value
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void deleteListener(String listener) {
    ctx.call("system.deleteListener", "DELETE", "system/listeners")
        .id("listener", listener)
        .sendDiscarding();
  }

  /**
   * Returns one listener (ListenerInfoHash).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/listeners/{id_or_name}}.
   *
   * @param listener the {@code {id_or_name}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> listener(String listener) {
    return ctx.call("system.listener", "GET", "system/listeners")
        .id("listener", listener)
        .sendMap();
  }

  /**
   * Returns the log options of a listener (bitwise-or of the listener log options).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/listeners/{id_or_name}?action=logOptions}.
   *
   * @param listener the {@code {id_or_name}} path value
   * @return the number returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Long listenerLogOptions(String listener) {
    return ctx.call("system.listenerLogOptions", "GET", "system/listeners")
        .id("listener", listener)
        .action("logOptions")
        .send(Long.class);
  }

  /**
   * Enables or disables verbose logging for a listener.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system/listeners/{id_or_name}?action=logVerboseAll}.
   *
   * @param listener the {@code {id_or_name}} path value
   * @param flag the {@code flag} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void listenerLogVerboseAll(String listener, Boolean flag) {
    ctx.call("system.listenerLogVerboseAll", "PUT", "system/listeners")
        .id("listener", listener)
        .action("logVerboseAll")
        .arg("flag", flag)
        .sendDiscarding();
  }

  /**
   * Sets the log options of a listener (the "option" argument).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system/listeners/{id_or_name}?action=setLogOptions}.
   *
   * @param listener the {@code {id_or_name}} path value
   * @param option the {@code option} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void setListenerLogOptions(String listener, long option) {
    ctx.call("system.setListenerLogOptions", "PUT", "system/listeners")
        .id("listener", listener)
        .action("setLogOptions")
        .required("option", option)
        .sendDiscarding();
  }

  /**
   * Stops a listener.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/system/listeners/{id_or_name}?action=stop}.
   *
   * @param listener the {@code {id_or_name}} path value
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void stopListener(String listener) {
    ctx.call("system.stopListener", "POST", "system/listeners")
        .id("listener", listener)
        .action("stop")
        .sendDiscarding();
  }

  /**
   * Reloads objects in the metadata cache.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system/metadata?action=reload}.
   *
   * @param options the optional arguments; not null (use {@code MetadataReload.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> reloadMetadata(MetadataReload options) {
    if (options == null) {
      throw ctx.invalid("system.reloadMetadata", "options must not be null");
    }
    return ctx.call("system.reloadMetadata", "PUT", "system/metadata")
        .action("reload")
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Returns the system options.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/options}.
   *
   * @return the SystemOption elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<SystemOption> options() {
    return ctx.call("system.options", "GET", "system/options")
        .sendList(SystemOption.class);
  }

  /**
   * Sets system options.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system/options?action=set}.
   *
   * @param options the {@code options} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void setOptions(Map<String, Object> options) {
    ctx.call("system.setOptions", "PUT", "system/options")
        .action("set")
        .required("options", options)
        .sendDiscarding();
  }

  /**
   * Sets system options (alias of action=set).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system/options?action=setOptions}.
   *
   * @param options the {@code options} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void setOptionsAlias(Map<String, Object> options) {
    ctx.call("system.setOptionsAlias", "PUT", "system/options")
        .action("setOptions")
        .required("options", options)
        .sendDiscarding();
  }

  /**
   * Returns one system option.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/options/{options}}.
   *
   * @param option the {@code {options}} path value
   * @return the SystemOption returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public SystemOption option(String option) {
    return ctx.call("system.option", "GET", "system/options")
        .id("option", option)
        .send(SystemOption.class);
  }

  /**
   * Sets one system option.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system/options/{options}?action=set}.
   *
   * @param option the {@code {options}} path value
   * @param value the {@code value} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void setOption(String option, Object value) {
    ctx.call("system.setOption", "PUT", "system/options")
        .id("option", option)
        .action("set")
        .required("value", value)
        .sendDiscarding();
  }

  /**
   * Returns system properties (all domains, one domain, or one key).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/props}.
   *
   * @param domain the {@code domain} argument (optional, null to leave out)
   * @param key the {@code key} argument (optional, null to leave out)
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> props(String domain, String key) {
    return ctx.call("system.props", "GET", "system/props")
        .arg("domain", domain)
        .arg("key", key)
        .sendMap();
  }

  /**
   * Exports all system properties (except the omq domain), parsed from the YAML string returned.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/props?action=export}.
   *
   * @return the data, parsed from the YAML string returned; empty when there is none
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> exportProps() {
    return ctx.call("system.exportProps", "GET", "system/props")
        .action("export")
        .sendYamlMap();
  }

  /**
   * Imports system properties from the file system.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system/props?action=import}.
   *
   * @param domains the {@code domains} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void importProps(List<String> domains) {
    ctx.call("system.importProps", "PUT", "system/props")
        .action("import")
        .arg("domains", domains)
        .sendDiscarding();
  }

  /**
   * Reloads system properties; returns the number of domains loaded.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system/props?action=reload}.
   *
   * @return the number returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Long reloadProps() {
    return ctx.call("system.reloadProps", "PUT", "system/props")
        .action("reload")
        .send(Long.class);
  }

  /**
   * Replaces all system properties (keyed by domain) in one call; returns the properties passed.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system/props?action=replaceAll}.
   *
   * @param props the {@code props} argument
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> replaceAllProps(Map<String, Object> props) {
    return ctx.call("system.replaceAllProps", "PUT", "system/props")
        .action("replaceAll")
        .required("props", props)
        .sendMap();
  }

  /**
   * Sets one system property; returns the action code (INSERT, UPDATE, DELETE, IGNORED).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system/props?action=set}.
   *
   * @param domain the {@code domain} argument
   * @param key the {@code key} argument
   * @param args the {@code args} argument (optional, null to leave out)
   * @return the reply string
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public String setProp(String domain, String key, Object args) {
    return ctx.call("system.setProp", "PUT", "system/props")
        .action("set")
        .required("domain", domain)
        .required("key", key)
        .arg("args", args)
        .send(String.class);
  }

  /**
   * Inserts, updates or deletes many properties (domain.key.value).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system/props?action=updateMany}.
   *
   * @param arg the {@code arg} argument
   * @return the PropertyUpdateCounts returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PropertyUpdateCounts updateManyProps(Map<String, Object> arg) {
    return ctx.call("system.updateManyProps", "PUT", "system/props")
        .action("updateMany")
        .required("arg", arg)
        .send(PropertyUpdateCounts.class);
  }

  /**
   * Deletes a property domain.
   *
   * <p>Qorus REST API v2: {@code DELETE /api/v2/system/props/{domain}}.
   *
   * @param domain the {@code {domain}} path value
   * @return the PropertyUpdateCounts returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PropertyUpdateCounts deletePropDomain(String domain) {
    return ctx.call("system.deletePropDomain", "DELETE", "system/props")
        .id("domain", domain)
        .send(PropertyUpdateCounts.class);
  }

  /**
   * Returns the properties of a domain (optionally filtered by key).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/props/{domain}}.
   *
   * @param domain the {@code {domain}} path value
   * @param key the {@code key} argument (optional, null to leave out)
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> propDomain(String domain, List<String> key) {
    return ctx.call("system.propDomain", "GET", "system/props")
        .id("domain", domain)
        .arg("key", key)
        .sendMap();
  }

  /**
   * Creates a property domain with its key-value pairs.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/system/props/{domain}}.
   *
   * @param domain the {@code {domain}} path value
   * @param arg the {@code arg} argument
   * @return the PropertyUpdateCounts returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PropertyUpdateCounts createPropDomain(String domain, Map<String, Object> arg) {
    return ctx.call("system.createPropDomain", "POST", "system/props")
        .id("domain", domain)
        .required("arg", arg)
        .send(PropertyUpdateCounts.class);
  }

  /**
   * Sets one property of a domain; returns the action code.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system/props/{domain}?action=set}.
   *
   * @param domain the {@code {domain}} path value
   * @param key the {@code key} argument
   * @param args the {@code args} argument (optional, null to leave out)
   * @return the reply string
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public String setDomainProp(String domain, String key, Object args) {
    return ctx.call("system.setDomainProp", "PUT", "system/props")
        .id("domain", domain)
        .action("set")
        .required("key", key)
        .arg("args", args)
        .send(String.class);
  }

  /**
   * Inserts, updates or deletes many properties of a domain.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system/props/{domain}?action=updateMany}.
   *
   * @param domain the {@code {domain}} path value
   * @param arg the {@code arg} argument
   * @return the PropertyUpdateCounts returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PropertyUpdateCounts updateManyDomainProps(String domain, Map<String, Object> arg) {
    return ctx.call("system.updateManyDomainProps", "PUT", "system/props")
        .id("domain", domain)
        .action("updateMany")
        .required("arg", arg)
        .send(PropertyUpdateCounts.class);
  }

  /**
   * Deletes one property; returns the action code.
   *
   * <p>Qorus REST API v2: {@code DELETE /api/v2/system/props/{domain}/{key}}.
   *
   * @param domain the {@code {domain}} path value
   * @param key the {@code {key}} path value
   * @return the reply string
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public String deleteProp(String domain, String key) {
    return ctx.call("system.deleteProp", "DELETE", "system/props")
        .id("domain", domain)
        .id("key", key)
        .send(String.class);
  }

  /**
   * Returns the value of one property.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/props/{domain}/{key}}.
   *
   * @param domain the {@code {domain}} path value
   * @param key the {@code {key}} path value
   * @return the value returned, as JSON (its shape depends on the arguments)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JsonNode prop(String domain, String key) {
    return ctx.call("system.prop", "GET", "system/props")
        .id("domain", domain)
        .id("key", key)
        .sendTree();
  }

  /**
   * Creates one property; returns the action code.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/system/props/{domain}/{key}}.
   *
   * @param domain the {@code {domain}} path value
   * @param key the {@code {key}} path value
   * @param arg the {@code arg} argument (optional, null to leave out)
   * @return the reply string
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public String createProp(String domain, String key, Object arg) {
    return ctx.call("system.createProp", "POST", "system/props")
        .id("domain", domain)
        .id("key", key)
        .arg("arg", arg)
        .send(String.class);
  }

  /**
   * Sets one property; returns the action code.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system/props/{domain}/{key}?action=set}.
   *
   * @param domain the {@code {domain}} path value
   * @param key the {@code {key}} path value
   * @param args the {@code args} argument (optional, null to leave out)
   * @return the reply string
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public String setKeyProp(String domain, String key, Object args) {
    return ctx.call("system.setKeyProp", "PUT", "system/props")
        .id("domain", domain)
        .id("key", key)
        .action("set")
        .arg("args", args)
        .send(String.class);
  }

  /**
   * Returns RBAC information.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/rbac}.
   *
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> rbac() {
    return ctx.call("system.rbac", "GET", "system/rbac")
        .sendMap();
  }

  /**
   * Reloads RBAC information.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system/rbac?action=reload}.
   *
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void reloadRbacCache() {
    ctx.call("system.reloadRbacCache", "PUT", "system/rbac")
        .action("reload")
        .sendDiscarding();
  }

  /**
   * Returns the application sessions matching the arguments.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/sessions}.
   *
   * @param options the optional arguments; not null (use {@code SessionSearchOptions.defaults()})
   * @return the Object elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Object> sessions(SessionSearchOptions options) {
    if (options == null) {
      throw ctx.invalid("system.sessions", "options must not be null");
    }
    return ctx.call("system.sessions", "GET", "system/sessions")
        .args(options.toArgs())
        .sendList(Object.class);
  }

  /**
   * Returns the SQL cache, keyed by datasource.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/sqlcache}.
   *
   * @param system the {@code system} argument (optional, null to leave out)
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> sqlCache(Boolean system) {
    return ctx.call("system.sqlCache", "GET", "system/sqlcache")
        .arg("system", system)
        .sendMap();
  }

  /**
   * Clears the SQL cache (all, one datasource, or one object).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system/sqlcache?action=clear}.
   *
   * @param datasource the {@code datasource} argument (optional, null to leave out)
   * @param name the {@code name} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void clearSqlCache(String datasource, String name) {
    ctx.call("system.clearSqlCache", "PUT", "system/sqlcache")
        .action("clear")
        .arg("datasource", datasource)
        .arg("name", name)
        .sendDiscarding();
  }

  /**
   * Clears the SQL cache (alias of action=clear).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/system/sqlcache?action=clearCache}.
   *
   * @param datasource the {@code datasource} argument (optional, null to leave out)
   * @param name the {@code name} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void clearSqlCacheAlias(String datasource, String name) {
    ctx.call("system.clearSqlCacheAlias", "PUT", "system/sqlcache")
        .action("clearCache")
        .arg("datasource", datasource)
        .arg("name", name)
        .sendDiscarding();
  }

  /**
   * Returns the child URI path components of the UI path.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/ui}.
   *
   * @return the strings returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<String> ui() {
    return ctx.call("system.ui", "GET", "system/ui")
        .sendList(String.class);
  }

  /**
   * Returns the UI extensions.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/ui/extensions}.
   *
   * @return the Object elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Object> uiExtensions() {
    return ctx.call("system.uiExtensions", "GET", "system/ui/extensions")
        .sendList(Object.class);
  }

  /**
   * Returns the UI extensions (action=list).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/ui/extensions?action=list}.
   *
   * @return the Object elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Object> listUiExtensions() {
    return ctx.call("system.listUiExtensions", "GET", "system/ui/extensions")
        .action("list")
        .sendList(Object.class);
  }

  /**
   * Returns one UI extension.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/ui/extensions/{name}}.
   *
   * @param name the {@code {name}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> uiExtension(String name) {
    return ctx.call("system.uiExtension", "GET", "system/ui/extensions")
        .id("name", name)
        .sendMap();
  }

  /**
   * Returns the user HTTP services.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/system/userhttp}.
   *
   * @return the Object elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Object> userHttpServices() {
    return ctx.call("system.userHttpServices", "GET", "system/userhttp")
        .sendList(Object.class);
  }
}
