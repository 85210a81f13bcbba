package org.gedkit.qorus;

import java.util.List;
import java.util.Map;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.Role;

/**
 * The roles group ({@code /api/v2/roles}): RBAC roles.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#roles()}.
 */
public final class RolesApi {

  private final QorusContext ctx;

  RolesApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the roles.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/roles}.
   *
   * @return the Role elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Role> list() {
    return ctx.call("roles.list", "GET", "roles")
        .sendList(Role.class);
  }

  /**
   * Creates a role.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/roles}.
   *
   * @param role the {@code role} argument
   * @param desc the {@code desc} argument
   * @param options the optional arguments; not null (use {@code RoleOptions.defaults()})
   * @return the Role returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Role create(String role, String desc, RoleOptions options) {
    if (options == null) {
      throw ctx.invalid("roles.create", "options must not be null");
    }
    return ctx.call("roles.create", "POST", "roles")
        .required("role", role)
        .required("desc", desc)
        .args(options.toArgs())
        .send(Role.class);
  }

  /**
   * Returns the role names.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/roles?action=list}.
   *
   * @return the strings returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<String> names() {
    return ctx.call("roles.names", "GET", "roles")
        .action("list")
        .sendList(String.class);
  }

  /**
   * Deletes a role.
   *
   * <p>Qorus REST API v2: {@code DELETE /api/v2/roles/{role}}.
   *
   * @param role the {@code {role}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> delete(String role) {
    return ctx.call("roles.delete", "DELETE", "roles")
        .id("role", role)
        .sendMap();
  }

  /**
   * Returns one role.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/roles/{role}}.
   *
   * @param role the {@code {role}} path value
   * @return the Role returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Role get(String role) {
    return ctx.call("roles.get", "GET", "roles")
        .id("role", role)
        .send(Role.class);
  }

  /**
   * Updates a role (permissions and groups given replace the old ones).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/roles/{role}}.
   *
   * @param role the {@code {role}} path value
   * @param desc the {@code desc} argument (optional, null to leave out)
   * @param options the optional arguments; not null (use {@code RoleOptions.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> update(String role, String desc, RoleOptions options) {
    if (options == null) {
      throw ctx.invalid("roles.update", "options must not be null");
    }
    return ctx.call("roles.update", "PUT", "roles")
        .id("role", role)
        .arg("desc", desc)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Clones a role.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/roles/{role}?action=clone}.
   *
   * @param role the {@code {role}} path value
   * @param target the {@code target} argument
   * @param desc the {@code desc} argument
   * @param options the optional arguments; not null (use {@code RoleOptions.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> cloneRole(String role, String target, String desc, RoleOptions options) {
    if (options == null) {
      throw ctx.invalid("roles.cloneRole", "options must not be null");
    }
    return ctx.call("roles.cloneRole", "POST", "roles")
        .id("role", role)
        .action("clone")
        .required("target", target)
        .required("desc", desc)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Updates a role (action form).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/roles/{role}?action=update}.
   *
   * @param role the {@code {role}} path value
   * @param desc the {@code desc} argument (optional, null to leave out)
   * @param options the optional arguments; not null (use {@code RoleOptions.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> updateAction(String role, String desc, RoleOptions options) {
    if (options == null) {
      throw ctx.invalid("roles.updateAction", "options must not be null");
    }
    return ctx.call("roles.updateAction", "PUT", "roles")
        .id("role", role)
        .action("update")
        .arg("desc", desc)
        .args(options.toArgs())
        .sendMap();
  }
}
