package org.gedkit.qorus;

import java.util.List;
import java.util.Map;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.User;

/**
 * The users group ({@code /api/v2/users}): RBAC users.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#users()}.
 */
public final class UsersApi {

  private final QorusContext ctx;

  UsersApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the users.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/users}.
   *
   * @return the User elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<User> list() {
    return ctx.call("users.list", "GET", "users")
        .sendList(User.class);
  }

  /**
   * Creates a user.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/users}.
   *
   * @param username the {@code username} argument
   * @param pass the {@code pass} argument
   * @param name the {@code name} argument
   * @param roles the {@code roles} argument (optional, null to leave out)
   * @return the User returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public User create(String username, String pass, String name, List<String> roles) {
    return ctx.call("users.create", "POST", "users")
        .required("username", username)
        .required("pass", pass)
        .required("name", name)
        .arg("roles", roles)
        .send(User.class);
  }

  /**
   * Returns the current user.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/users?action=current}.
   *
   * @return the User returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public User current() {
    return ctx.call("users.current", "GET", "users")
        .action("current")
        .send(User.class);
  }

  /**
   * Returns the user names.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/users?action=list}.
   *
   * @return the strings returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<String> names() {
    return ctx.call("users.names", "GET", "users")
        .action("list")
        .sendList(String.class);
  }

  /**
   * Deletes a user.
   *
   * <p>Qorus REST API v2: {@code DELETE /api/v2/users/{user}}.
   *
   * @param user the {@code {user}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> delete(String user) {
    return ctx.call("users.delete", "DELETE", "users")
        .id("user", user)
        .sendMap();
  }

  /**
   * Returns one user.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/users/{user}}.
   *
   * @param user the {@code {user}} path value
   * @return the User returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public User get(String user) {
    return ctx.call("users.get", "GET", "users")
        .id("user", user)
        .send(User.class);
  }

  /**
   * Updates a user (password, name, storage, roles).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/users/{user}}.
   *
   * @param user the {@code {user}} path value
   * @param pass the {@code pass} argument (optional, null to leave out)
   * @param options the optional arguments; not null (use {@code UserUpdate.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> update(String user, String pass, UserUpdate options) {
    if (options == null) {
      throw ctx.invalid("users.update", "options must not be null");
    }
    return ctx.call("users.update", "PUT", "users")
        .id("user", user)
        .arg("pass", pass)
        .args(options.toArgs())
        .sendMap();
  }

  /**
   * Updates a user (action form).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/users/{user}?action=update}.
   *
   * @param user the {@code {user}} path value
   * @param pass the {@code pass} argument (optional, null to leave out)
   * @param options the optional arguments; not null (use {@code UserUpdate.defaults()})
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> updateAction(String user, String pass, UserUpdate options) {
    if (options == null) {
      throw ctx.invalid("users.updateAction", "options must not be null");
    }
    return ctx.call("users.updateAction", "PUT", "users")
        .id("user", user)
        .action("update")
        .arg("pass", pass)
        .args(options.toArgs())
        .sendMap();
  }
}
