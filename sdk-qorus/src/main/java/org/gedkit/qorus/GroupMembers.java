package org.gedkit.qorus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The members and flag of an interface group ({@code POST}/{@code PUT /api/v2/groups}).
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param workflows {@code workflows}, null to leave out
 * @param services {@code services}, null to leave out
 * @param jobs {@code jobs}, null to leave out
 * @param mappers {@code mappers}, null to leave out
 * @param vmaps {@code vmaps}, null to leave out
 * @param enabled {@code enabled}, null to leave out
 */
public record GroupMembers(List<String> workflows, List<String> services, List<String> jobs, List<String> mappers, List<String> vmaps, Boolean enabled) {

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static GroupMembers defaults() {
    return new GroupMembers(null, null, null, null, null, null);
  }

  /**
   * A copy with {@code workflows} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public GroupMembers withWorkflows(List<String> value) {
    return new GroupMembers(value, services, jobs, mappers, vmaps, enabled);
  }
  /**
   * A copy with {@code services} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public GroupMembers withServices(List<String> value) {
    return new GroupMembers(workflows, value, jobs, mappers, vmaps, enabled);
  }
  /**
   * A copy with {@code jobs} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public GroupMembers withJobs(List<String> value) {
    return new GroupMembers(workflows, services, value, mappers, vmaps, enabled);
  }
  /**
   * A copy with {@code mappers} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public GroupMembers withMappers(List<String> value) {
    return new GroupMembers(workflows, services, jobs, value, vmaps, enabled);
  }
  /**
   * A copy with {@code vmaps} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public GroupMembers withVmaps(List<String> value) {
    return new GroupMembers(workflows, services, jobs, mappers, value, enabled);
  }
  /**
   * A copy with {@code enabled} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public GroupMembers withEnabled(Boolean value) {
    return new GroupMembers(workflows, services, jobs, mappers, vmaps, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("workflows", workflows);
    m.put("services", services);
    m.put("jobs", jobs);
    m.put("mappers", mappers);
    m.put("vmaps", vmaps);
    m.put("enabled", enabled);
    return m;
  }
}
