package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * An RBAC permission ({@code /api/v2/perms}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param name {@code name}
 * @param desc {@code desc}
 * @param permissionType {@code permission_type}
 * @param extra wire keys this SDK does not know yet
 */
public record Permission(
    @JsonProperty("name") String name,
    @JsonProperty("desc") String desc,
    @JsonProperty("permission_type") String permissionType,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param name {@code name}
   * @param desc {@code desc}
   * @param permissionType {@code permission_type}
   * @param extra wire keys this SDK does not know yet
   */
  public Permission {
    extra = ExtraFields.copyOf(extra);
  }
}
