package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.json.ModelCollections;

/**
 * An RBAC role ({@code /api/v2/roles}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param role {@code role}
 * @param provider {@code provider}
 * @param desc {@code desc}
 * @param hasDefault {@code has_default}
 * @param permissions {@code permissions}
 * @param groups {@code groups}
 * @param workflows {@code workflows}
 * @param services {@code services}
 * @param jobs {@code jobs}
 * @param mappers {@code mappers}
 * @param vmaps {@code vmaps}
 * @param fsms {@code fsms}
 * @param pipelines {@code pipelines}
 * @param users {@code users}
 * @param extra wire keys this SDK does not know yet
 */
public record Role(
    @JsonProperty("role") String role,
    @JsonProperty("provider") String provider,
    @JsonProperty("desc") String desc,
    @JsonProperty("has_default") Boolean hasDefault,
    @JsonProperty("permissions") List<String> permissions,
    @JsonProperty("groups") List<String> groups,
    @JsonProperty("workflows") List<Object> workflows,
    @JsonProperty("services") List<Object> services,
    @JsonProperty("jobs") List<Object> jobs,
    @JsonProperty("mappers") List<Object> mappers,
    @JsonProperty("vmaps") List<Object> vmaps,
    @JsonProperty("fsms") List<Object> fsms,
    @JsonProperty("pipelines") List<Object> pipelines,
    @JsonProperty("users") List<String> users,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param role {@code role}
   * @param provider {@code provider}
   * @param desc {@code desc}
   * @param hasDefault {@code has_default}
   * @param permissions {@code permissions}
   * @param groups {@code groups}
   * @param workflows {@code workflows}
   * @param services {@code services}
   * @param jobs {@code jobs}
   * @param mappers {@code mappers}
   * @param vmaps {@code vmaps}
   * @param fsms {@code fsms}
   * @param pipelines {@code pipelines}
   * @param users {@code users}
   * @param extra wire keys this SDK does not know yet
   */
  public Role {
    permissions = ModelCollections.copyOf(permissions);
    groups = ModelCollections.copyOf(groups);
    workflows = ModelCollections.copyOf(workflows);
    services = ModelCollections.copyOf(services);
    jobs = ModelCollections.copyOf(jobs);
    mappers = ModelCollections.copyOf(mappers);
    vmaps = ModelCollections.copyOf(vmaps);
    fsms = ModelCollections.copyOf(fsms);
    pipelines = ModelCollections.copyOf(pipelines);
    users = ModelCollections.copyOf(users);
    extra = ExtraFields.copyOf(extra);
  }
}
