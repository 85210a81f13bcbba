package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.json.ModelCollections;

/**
 * An interface group ({@code /api/v2/groups}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param id {@code id}
 * @param name {@code name}
 * @param desc {@code desc}
 * @param enabled {@code enabled}
 * @param size {@code size}
 * @param internal {@code internal}
 * @param workflows {@code workflows}
 * @param services {@code services}
 * @param jobs {@code jobs}
 * @param mappers {@code mappers}
 * @param vmaps {@code vmaps}
 * @param roles {@code roles}
 * @param fsms {@code fsms}
 * @param pipelines {@code pipelines}
 * @param extra wire keys this SDK does not know yet
 */
public record InterfaceGroup(
    @JsonProperty("id") Long id,
    @JsonProperty("name") String name,
    @JsonProperty("desc") String desc,
    @JsonProperty("enabled") Boolean enabled,
    @JsonProperty("size") Long size,
    @JsonProperty("internal") Boolean internal,
    @JsonProperty("workflows") List<Object> workflows,
    @JsonProperty("services") List<Object> services,
    @JsonProperty("jobs") List<Object> jobs,
    @JsonProperty("mappers") List<Object> mappers,
    @JsonProperty("vmaps") List<Object> vmaps,
    @JsonProperty("roles") List<Object> roles,
    @JsonProperty("fsms") List<Object> fsms,
    @JsonProperty("pipelines") List<Object> pipelines,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param id {@code id}
   * @param name {@code name}
   * @param desc {@code desc}
   * @param enabled {@code enabled}
   * @param size {@code size}
   * @param internal {@code internal}
   * @param workflows {@code workflows}
   * @param services {@code services}
   * @param jobs {@code jobs}
   * @param mappers {@code mappers}
   * @param vmaps {@code vmaps}
   * @param roles {@code roles}
   * @param fsms {@code fsms}
   * @param pipelines {@code pipelines}
   * @param extra wire keys this SDK does not know yet
   */
  public InterfaceGroup {
    workflows = ModelCollections.copyOf(workflows);
    services = ModelCollections.copyOf(services);
    jobs = ModelCollections.copyOf(jobs);
    mappers = ModelCollections.copyOf(mappers);
    vmaps = ModelCollections.copyOf(vmaps);
    roles = ModelCollections.copyOf(roles);
    fsms = ModelCollections.copyOf(fsms);
    pipelines = ModelCollections.copyOf(pipelines);
    extra = ExtraFields.copyOf(extra);
  }
}
