package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

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
    permissions = permissions == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(permissions));
    groups = groups == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(groups));
    workflows = workflows == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(workflows));
    services = services == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(services));
    jobs = jobs == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(jobs));
    mappers = mappers == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(mappers));
    vmaps = vmaps == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(vmaps));
    fsms = fsms == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(fsms));
    pipelines = pipelines == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(pipelines));
    users = users == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(users));
    extra = ExtraFields.copyOf(extra);
  }
}
