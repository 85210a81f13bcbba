package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.json.ModelCollections;

/**
 * An RBAC user ({@code /api/v2/users}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param username {@code username}
 * @param name {@code name}
 * @param provider {@code provider}
 * @param hasDefault {@code has_default}
 * @param roles {@code roles}
 * @param permissions {@code permissions}
 * @param groups {@code groups}
 * @param storage {@code storage}
 * @param extra wire keys this SDK does not know yet
 */
public record User(
    @JsonProperty("username") String username,
    @JsonProperty("name") String name,
    @JsonProperty("provider") String provider,
    @JsonProperty("has_default") Boolean hasDefault,
    @JsonProperty("roles") List<String> roles,
    @JsonProperty("permissions") List<String> permissions,
    @JsonProperty("groups") List<Object> groups,
    @JsonProperty("storage") Map<String, Object> storage,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param username {@code username}
   * @param name {@code name}
   * @param provider {@code provider}
   * @param hasDefault {@code has_default}
   * @param roles {@code roles}
   * @param permissions {@code permissions}
   * @param groups {@code groups}
   * @param storage {@code storage}
   * @param extra wire keys this SDK does not know yet
   */
  public User {
    roles = ModelCollections.copyOf(roles);
    permissions = ModelCollections.copyOf(permissions);
    groups = ModelCollections.copyOf(groups);
    storage = ModelCollections.copyOf(storage);
    extra = ExtraFields.copyOf(extra);
  }
}
