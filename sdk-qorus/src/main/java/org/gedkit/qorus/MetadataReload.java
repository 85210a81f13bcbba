package org.gedkit.qorus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code PUT /api/v2/system/metadata?action=reload} reloads (ID lists).
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param workflows {@code workflows}, null to leave out
 * @param services {@code services}, null to leave out
 * @param jobs {@code jobs}, null to leave out
 * @param mappers {@code mappers}, null to leave out
 * @param vmaps {@code vmaps}, null to leave out
 * @param functions {@code functions}, null to leave out
 * @param classes {@code classes}, null to leave out
 * @param constants {@code constants}, null to leave out
 * @param queues {@code queues}, null to leave out
 * @param events {@code events}, null to leave out
 * @param steps {@code steps}, null to leave out
 * @param configValues {@code config_values}, null to leave out
 * @param types {@code types}, null to leave out
 */
public record MetadataReload(List<Long> workflows, List<Long> services, List<Long> jobs, List<Long> mappers, List<Long> vmaps, List<Long> functions, List<Long> classes, List<Long> constants, List<Long> queues, List<Long> events, List<Long> steps, List<String> configValues, List<String> types) {

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static MetadataReload defaults() {
    return new MetadataReload(null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * A copy with {@code workflows} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public MetadataReload withWorkflows(List<Long> value) {
    return new MetadataReload(value, services, jobs, mappers, vmaps, functions, classes, constants, queues, events, steps, configValues, types);
  }
  /**
   * A copy with {@code services} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public MetadataReload withServices(List<Long> value) {
    return new MetadataReload(workflows, value, jobs, mappers, vmaps, functions, classes, constants, queues, events, steps, configValues, types);
  }
  /**
   * A copy with {@code jobs} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public MetadataReload withJobs(List<Long> value) {
    return new MetadataReload(workflows, services, value, mappers, vmaps, functions, classes, constants, queues, events, steps, configValues, types);
  }
  /**
   * A copy with {@code mappers} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public MetadataReload withMappers(List<Long> value) {
    return new MetadataReload(workflows, services, jobs, value, vmaps, functions, classes, constants, queues, events, steps, configValues, types);
  }
  /**
   * A copy with {@code vmaps} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public MetadataReload withVmaps(List<Long> value) {
    return new MetadataReload(workflows, services, jobs, mappers, value, functions, classes, constants, queues, events, steps, configValues, types);
  }
  /**
   * A copy with {@code functions} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public MetadataReload withFunctions(List<Long> value) {
    return new MetadataReload(workflows, services, jobs, mappers, vmaps, value, classes, constants, queues, events, steps, configValues, types);
  }
  /**
   * A copy with {@code classes} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public MetadataReload withClasses(List<Long> value) {
    return new MetadataReload(workflows, services, jobs, mappers, vmaps, functions, value, constants, queues, events, steps, configValues, types);
  }
  /**
   * A copy with {@code constants} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public MetadataReload withConstants(List<Long> value) {
    return new MetadataReload(workflows, services, jobs, mappers, vmaps, functions, classes, value, queues, events, steps, configValues, types);
  }
  /**
   * A copy with {@code queues} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public MetadataReload withQueues(List<Long> value) {
    return new MetadataReload(workflows, services, jobs, mappers, vmaps, functions, classes, constants, value, events, steps, configValues, types);
  }
  /**
   * A copy with {@code events} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public MetadataReload withEvents(List<Long> value) {
    return new MetadataReload(workflows, services, jobs, mappers, vmaps, functions, classes, constants, queues, value, steps, configValues, types);
  }
  /**
   * A copy with {@code steps} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public MetadataReload withSteps(List<Long> value) {
    return new MetadataReload(workflows, services, jobs, mappers, vmaps, functions, classes, constants, queues, events, value, configValues, types);
  }
  /**
   * A copy with {@code config_values} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public MetadataReload withConfigValues(List<String> value) {
    return new MetadataReload(workflows, services, jobs, mappers, vmaps, functions, classes, constants, queues, events, steps, value, types);
  }
  /**
   * A copy with {@code types} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public MetadataReload withTypes(List<String> value) {
    return new MetadataReload(workflows, services, jobs, mappers, vmaps, functions, classes, constants, queues, events, steps, configValues, value);
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
    m.put("functions", functions);
    m.put("classes", classes);
    m.put("constants", constants);
    m.put("queues", queues);
    m.put("events", events);
    m.put("steps", steps);
    m.put("config_values", configValues);
    m.put("types", types);
    return m;
  }
}
