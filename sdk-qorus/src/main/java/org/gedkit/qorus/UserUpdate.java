package org.gedkit.qorus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code PUT /api/v2/users/{user}} changes (the password is a separate argument).
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param name {@code name}, null to leave out
 * @param storage {@code storage}, null to leave out
 * @param roles {@code roles}, null to leave out
 */
public record UserUpdate(String name, Map<String, Object> storage, List<String> roles) {

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static UserUpdate defaults() {
    return new UserUpdate(null, null, null);
  }

  /**
   * A copy with {@code name} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public UserUpdate withName(String value) {
    return new UserUpdate(value, storage, roles);
  }
  /**
   * A copy with {@code storage} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public UserUpdate withStorage(Map<String, Object> value) {
    return new UserUpdate(name, value, roles);
  }
  /**
   * A copy with {@code roles} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public UserUpdate withRoles(List<String> value) {
    return new UserUpdate(name, storage, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("storage", storage);
    m.put("roles", roles);
    return m;
  }
}
