package org.gedkit.core.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;

/**
 * A place documents live in: a folder, a view, a quarantine, a signature book. Immutable.
 *
 * @param id the back end's id of the container
 * @param name a display name
 * @param parentId the parent container's id, or null for a top container
 * @param vendorExtras what the back end says beyond the portable fields
 */
public record Container(String id, String name, String parentId, Map<String, Object> vendorExtras) {

  /**
   * Checks and copies.
   *
   * @param id see the record description
   * @param name see the record description
   * @param parentId see the record description
   * @param vendorExtras see the record description
   */
  public Container {
    Objects.requireNonNull(id, "id");
    name = name == null ? id : name;
    vendorExtras = ExtraFields.copyOf(vendorExtras);
  }

  /**
   * The parent container's id.
   *
   * @return the id, empty for a top container
   */
  @JsonIgnore
  public Optional<String> parent() {
    return Optional.ofNullable(parentId);
  }
}
