package org.gedkit.qorus;

import java.util.List;
import java.util.Map;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.Permission;

/**
 * The perms group ({@code /api/v2/perms}): RBAC permissions.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#permissions()}.
 */
public final class PermissionsApi {

  private final QorusContext ctx;

  PermissionsApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the permissions.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/perms}.
   *
   * @return the Permission elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Permission> list() {
    return ctx.call("permissions.list", "GET", "perms")
        .sendList(Permission.class);
  }

  /**
   * Creates a user permission.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/perms}.
   *
   * @param name the {@code name} argument
   * @param desc the {@code desc} argument
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> create(String name, String desc) {
    return ctx.call("permissions.create", "POST", "perms")
        .required("name", name)
        .required("desc", desc)
        .sendMap();
  }

  /**
   * Deletes a user permission.
   *
   * <p>Qorus REST API v2: {@code DELETE /api/v2/perms/{perm}}.
   *
   * @param perm the {@code {perm}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> delete(String perm) {
    return ctx.call("permissions.delete", "DELETE", "perms")
        .id("perm", perm)
        .sendMap();
  }

  /**
   * Returns one permission.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/perms/{perm}}.
   *
   * @param perm the {@code {perm}} path value
   * @return the Permission returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Permission get(String perm) {
    return ctx.call("permissions.get", "GET", "perms")
        .id("perm", perm)
        .send(Permission.class);
  }

  /**
   * Updates the description of a user permission.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/perms/{perm}}.
   *
   * @param perm the {@code {perm}} path value
   * @param desc the {@code desc} argument
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> update(String perm, String desc) {
    return ctx.call("permissions.update", "PUT", "perms")
        .id("perm", perm)
        .required("desc", desc)
        .sendMap();
  }

  /**
   * Updates the description of a user permission (action form).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/perms/{perm}?action=update}.
   *
   * @param perm the {@code {perm}} path value
   * @param desc the {@code desc} argument
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> updateAction(String perm, String desc) {
    return ctx.call("permissions.updateAction", "PUT", "perms")
        .id("perm", perm)
        .action("update")
        .required("desc", desc)
        .sendMap();
  }
}
