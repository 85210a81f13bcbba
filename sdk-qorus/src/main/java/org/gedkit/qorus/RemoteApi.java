package org.gedkit.qorus;

import java.util.List;
import java.util.Map;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.Connection;
import org.gedkit.qorus.model.PingResult;

/**
 * The remote group ({@code /api/v2/remote}): connections to user systems, datasources and remote Qorus instances.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#remote()}.
 */
public final class RemoteApi {

  private final QorusContext ctx;

  RemoteApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns every connection.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/remote}.
   *
   * @return the Connection elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Connection> all() {
    return ctx.call("remote.all", "GET", "remote")
        .sendList(Connection.class);
  }

  /**
   * Returns every connection (action form).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/remote?action=all}.
   *
   * @return the Connection elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Connection> allAction() {
    return ctx.call("remote.allAction", "GET", "remote")
        .action("all")
        .sendList(Connection.class);
  }

  /**
   * Returns the connections in short form.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/remote?action=list}.
   *
   * @return the Object elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Object> names() {
    return ctx.call("remote.names", "GET", "remote")
        .action("list")
        .sendList(Object.class);
  }

  /**
   * Returns the datasource connections.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/remote/datasources}.
   *
   * @return the Connection elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Connection> datasourceConnections() {
    return ctx.call("remote.datasourceConnections", "GET", "remote/datasources")
        .sendList(Connection.class);
  }

  /**
   * Returns the datasource connections in short form.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/remote/datasources?action=list}.
   *
   * @return the Object elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Object> datasourceConnectionNames() {
    return ctx.call("remote.datasourceConnectionNames", "GET", "remote/datasources")
        .action("list")
        .sendList(Object.class);
  }

  /**
   * Reloads the datasource connections from the database.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/remote/datasources?action=reload}.
   *
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> reloadDatasourceConnections() {
    return ctx.call("remote.reloadDatasourceConnections", "PUT", "remote/datasources")
        .action("reload")
        .sendMap();
  }

  /**
   * Returns one datasource connection.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/remote/datasources/{name}}.
   *
   * @param name the {@code {name}} path value
   * @return the Connection returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Connection datasourceConnection(String name) {
    return ctx.call("remote.datasourceConnection", "GET", "remote/datasources")
        .id("name", name)
        .send(Connection.class);
  }

  /**
   * Pings a datasource connection.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/remote/datasources/{name}?action=ping}.
   *
   * @param name the {@code {name}} path value
   * @return the PingResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PingResult pingDatasourceConnection(String name) {
    return ctx.call("remote.pingDatasourceConnection", "PUT", "remote/datasources")
        .id("name", name)
        .action("ping")
        .send(PingResult.class);
  }

  /**
   * Returns the qorus connections.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/remote/qorus}.
   *
   * @return the Connection elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Connection> qorusConnections() {
    return ctx.call("remote.qorusConnections", "GET", "remote/qorus")
        .sendList(Connection.class);
  }

  /**
   * Returns the qorus connections in short form.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/remote/qorus?action=list}.
   *
   * @return the Object elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Object> qorusConnectionNames() {
    return ctx.call("remote.qorusConnectionNames", "GET", "remote/qorus")
        .action("list")
        .sendList(Object.class);
  }

  /**
   * Reloads the qorus connections from the database.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/remote/qorus?action=reload}.
   *
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> reloadQorusConnections() {
    return ctx.call("remote.reloadQorusConnections", "PUT", "remote/qorus")
        .action("reload")
        .sendMap();
  }

  /**
   * Returns one qorus connection; with_password (https only) puts the password in url and url_hash.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/remote/qorus/{name}}.
   *
   * @param name the {@code {name}} path value
   * @param withPassword the {@code with_password} argument (optional, null to leave out)
   * @return the Connection returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Connection qorusConnection(String name, Boolean withPassword) {
    return ctx.call("remote.qorusConnection", "GET", "remote/qorus")
        .id("name", name)
        .arg("with_password", withPassword)
        .sensitiveIf(Boolean.TRUE.equals(withPassword))
        .send(Connection.class);
  }

  /**
   * Pings a qorus connection.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/remote/qorus/{name}?action=ping}.
   *
   * @param name the {@code {name}} path value
   * @return the PingResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PingResult pingQorusConnection(String name) {
    return ctx.call("remote.pingQorusConnection", "PUT", "remote/qorus")
        .id("name", name)
        .action("ping")
        .send(PingResult.class);
  }

  /**
   * Returns the user connections.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/remote/user}.
   *
   * @return the Connection elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Connection> userConnections() {
    return ctx.call("remote.userConnections", "GET", "remote/user")
        .sendList(Connection.class);
  }

  /**
   * Returns the user connections in short form.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/remote/user?action=list}.
   *
   * @return the Object elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Object> userConnectionNames() {
    return ctx.call("remote.userConnectionNames", "GET", "remote/user")
        .action("list")
        .sendList(Object.class);
  }

  /**
   * Reloads the user connections from the database.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/remote/user?action=reload}.
   *
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> reloadUserConnections() {
    return ctx.call("remote.reloadUserConnections", "PUT", "remote/user")
        .action("reload")
        .sendMap();
  }

  /**
   * Returns one user connection; with_password (https only) puts the password in url and url_hash.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/remote/user/{name}}.
   *
   * @param name the {@code {name}} path value
   * @param withPassword the {@code with_password} argument (optional, null to leave out)
   * @return the Connection returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Connection userConnection(String name, Boolean withPassword) {
    return ctx.call("remote.userConnection", "GET", "remote/user")
        .id("name", name)
        .arg("with_password", withPassword)
        .sensitiveIf(Boolean.TRUE.equals(withPassword))
        .send(Connection.class);
  }

  /**
   * Pings a user connection.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/remote/user/{name}?action=ping}.
   *
   * @param name the {@code {name}} path value
   * @return the PingResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PingResult pingUserConnection(String name) {
    return ctx.call("remote.pingUserConnection", "PUT", "remote/user")
        .id("name", name)
        .action("ping")
        .send(PingResult.class);
  }

  /**
   * Creates a datasource connection in memory (the Datasource Hash keys plus the name).
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/remote/datasources}.
   *
   * @param name the {@code name} argument
   * @param datasource the {@code datasource} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void createDatasource(String name, Map<String, Object> datasource) {
    ctx.call("remote.createDatasource", "POST", "remote/datasources")
        .required("name", name)
        .args(datasource)
        .sendDiscarding();
  }

  /**
   * Flushes the datasource connection caches.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/remote/datasources?action=flush}.
   *
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> flushDatasources() {
    return ctx.call("remote.flushDatasources", "PUT", "remote/datasources")
        .action("flush")
        .sendMap();
  }

  /**
   * Deletes a datasource connection.
   *
   * <p>Qorus REST API v2: {@code DELETE /api/v2/remote/datasources/{name}}.
   *
   * @param name the {@code {name}} path value
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void deleteDatasource(String name) {
    ctx.call("remote.deleteDatasource", "DELETE", "remote/datasources")
        .id("name", name)
        .sendDiscarding();
  }

  /**
   * Updates a datasource connection (Datasource Hash keys).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/remote/datasources/{name}}.
   *
   * @param name the {@code {name}} path value
   * @param datasource the {@code datasource} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void updateDatasource(String name, Map<String, Object> datasource) {
    ctx.call("remote.updateDatasource", "PUT", "remote/datasources")
        .id("name", name)
        .args(datasource)
        .sendDiscarding();
  }

  /**
   * Resets a datasource connection.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/remote/datasources/{name}?action=reset}.
   *
   * @param name the {@code {name}} path value
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void resetDatasource(String name) {
    ctx.call("remote.resetDatasource", "PUT", "remote/datasources")
        .id("name", name)
        .action("reset")
        .sendDiscarding();
  }

  /**
   * Updates a datasource connection (action form).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/remote/datasources/{name}?action=update}.
   *
   * @param name the {@code {name}} path value
   * @param datasource the {@code datasource} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void updateDatasourceAction(String name, Map<String, Object> datasource) {
    ctx.call("remote.updateDatasourceAction", "PUT", "remote/datasources")
        .id("name", name)
        .action("update")
        .args(datasource)
        .sendDiscarding();
  }

  /**
   * Creates a user connection.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/remote/user}.
   *
   * @param name the {@code name} argument
   * @param desc the {@code desc} argument
   * @param url the {@code url} argument
   * @param options the {@code options} argument (optional, null to leave out)
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> createUserConnection(String name, String desc, String url, Map<String, Object> options) {
    return ctx.call("remote.createUserConnection", "POST", "remote/user")
        .required("name", name)
        .required("desc", desc)
        .required("url", url)
        .arg("options", options)
        .sendMap();
  }

  /**
   * Deletes a user connection.
   *
   * <p>Qorus REST API v2: {@code DELETE /api/v2/remote/user/{name}}.
   *
   * @param name the {@code {name}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> deleteUserConnection(String name) {
    return ctx.call("remote.deleteUserConnection", "DELETE", "remote/user")
        .id("name", name)
        .sendMap();
  }

  /**
   * Updates a user connection.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/remote/user/{name}}.
   *
   * @param name the {@code {name}} path value
   * @param options the optional arguments; not null (use {@code ConnectionUpdate.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> updateUserConnection(String name, ConnectionUpdate options) {
    if (options == null) {
      throw ctx.invalid("remote.updateUserConnection", "options must not be null");
    }
    return ctx.call("remote.updateUserConnection", "PUT", "remote/user")
        .id("name", name)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Updates a user connection (action form).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/remote/user/{name}?action=update}.
   *
   * @param name the {@code {name}} path value
   * @param options the optional arguments; not null (use {@code ConnectionUpdate.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> updateUserConnectionAction(String name, ConnectionUpdate options) {
    if (options == null) {
      throw ctx.invalid("remote.updateUserConnectionAction", "options must not be null");
    }
    return ctx.call("remote.updateUserConnectionAction", "PUT", "remote/user")
        .id("name", name)
        .action("update")
        .args(options.toArgs())
        .sendMap();
  }
}
