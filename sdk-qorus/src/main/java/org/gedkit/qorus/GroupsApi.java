package org.gedkit.qorus;

import java.util.List;
import java.util.Map;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.InterfaceGroup;

/**
 * The groups group ({@code /api/v2/groups}): interface groups.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#groups()}.
 */
public final class GroupsApi {

  private final QorusContext ctx;

  GroupsApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Deletes interface groups.
   *
   * <p>Qorus REST API v2: {@code DELETE /api/v2/groups}.
   *
   * @param groups the {@code groups} argument
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> deleteMany(List<String> groups) {
    return ctx.call("groups.deleteMany", "DELETE", "groups")
        .required("groups", groups)
        .sendMap();
  }

  /**
   * Returns the interface groups.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/groups}.
   *
   * @return the InterfaceGroup elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<InterfaceGroup> list() {
    return ctx.call("groups.list", "GET", "groups")
        .sendList(InterfaceGroup.class);
  }

  /**
   * Creates an interface group.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/groups}.
   *
   * @param group the {@code group} argument
   * @param desc the {@code desc} argument
   * @param options the optional arguments; not null (use {@code GroupMembers.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> create(String group, String desc, GroupMembers options) {
    if (options == null) {
      throw ctx.invalid("groups.create", "options must not be null");
    }
    return ctx.call("groups.create", "POST", "groups")
        .required("group", group)
        .required("desc", desc)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Returns the interface group names.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/groups?action=list}.
   *
   * @return the strings returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<String> names() {
    return ctx.call("groups.names", "GET", "groups")
        .action("list")
        .sendList(String.class);
  }

  /**
   * Enables or disables interface groups.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/groups?action=setStatus}.
   *
   * @param groups the {@code groups} argument
   * @param enabled the {@code enabled} argument
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> setStatusMany(List<String> groups, boolean enabled) {
    return ctx.call("groups.setStatusMany", "PUT", "groups")
        .action("setStatus")
        .required("groups", groups)
        .required("enabled", enabled)
        .sendMap();
  }

  /**
   * Deletes an interface group.
   *
   * <p>Qorus REST API v2: {@code DELETE /api/v2/groups/{name}}.
   *
   * @param name the {@code {name}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> delete(String name) {
    return ctx.call("groups.delete", "DELETE", "groups")
        .id("name", name)
        .sendMap();
  }

  /**
   * Returns one interface group.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/groups/{name}}.
   *
   * @param name the {@code {name}} path value
   * @return the InterfaceGroup returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public InterfaceGroup get(String name) {
    return ctx.call("groups.get", "GET", "groups")
        .id("name", name)
        .send(InterfaceGroup.class);
  }

  /**
   * Updates an interface group.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/groups/{name}}.
   *
   * @param name the {@code {name}} path value
   * @param desc the {@code desc} argument (optional, null to leave out)
   * @param options the optional arguments; not null (use {@code GroupMembers.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> update(String name, String desc, GroupMembers options) {
    if (options == null) {
      throw ctx.invalid("groups.update", "options must not be null");
    }
    return ctx.call("groups.update", "PUT", "groups")
        .id("name", name)
        .arg("desc", desc)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Disables an interface group.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/groups/{name}?action=disable}.
   *
   * @param name the {@code {name}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> disable(String name) {
    return ctx.call("groups.disable", "PUT", "groups")
        .id("name", name)
        .action("disable")
        .sendMap();
  }

  /**
   * Enables an interface group.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/groups/{name}?action=enable}.
   *
   * @param name the {@code {name}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> enable(String name) {
    return ctx.call("groups.enable", "PUT", "groups")
        .id("name", name)
        .action("enable")
        .sendMap();
  }

  /**
   * Enables or disables an interface group.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/groups/{name}?action=setStatus}.
   *
   * @param name the {@code {name}} path value
   * @param enabled the {@code enabled} argument
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> setStatus(String name, boolean enabled) {
    return ctx.call("groups.setStatus", "PUT", "groups")
        .id("name", name)
        .action("setStatus")
        .required("enabled", enabled)
        .sendMap();
  }

  /**
   * Updates an interface group (action form).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/groups/{name}?action=update}.
   *
   * @param name the {@code {name}} path value
   * @param desc the {@code desc} argument (optional, null to leave out)
   * @param options the optional arguments; not null (use {@code GroupMembers.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> updateAction(String name, String desc, GroupMembers options) {
    if (options == null) {
      throw ctx.invalid("groups.updateAction", "options must not be null");
    }
    return ctx.call("groups.updateAction", "PUT", "groups")
        .id("name", name)
        .action("update")
        .arg("desc", desc)
        .args(options.toArgs())
        .sendMap();
  }
}
