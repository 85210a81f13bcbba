package org.gedkit.qorus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Permissions and groups of a role ({@code /api/v2/roles}).
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param perms {@code perms}, null to leave out
 * @param groups {@code groups}, null to leave out
 */
public record RoleOptions(List<String> perms, List<String> groups) {

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static RoleOptions defaults() {
    return new RoleOptions(null, null);
  }

  /**
   * A copy with {@code perms} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public RoleOptions withPerms(List<String> value) {
    return new RoleOptions(value, groups);
  }
  /**
   * A copy with {@code groups} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public RoleOptions withGroups(List<String> value) {
    return new RoleOptions(perms, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("perms", perms);
    m.put("groups", groups);
    return m;
  }
}
