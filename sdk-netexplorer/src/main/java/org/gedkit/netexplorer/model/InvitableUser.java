package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * A user who can be invited on a folder (seed lines 730-732).
 *
 * @param id user id (wire {@code id}); never null
 * @param name full name (wire {@code name}); never null, empty when the server omits it
 * @param emails e-mail addresses, comma separated (wire {@code emails}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record InvitableUser(
    @JsonProperty("id") String id,
    @JsonProperty("name") Optional<String> name,
    @JsonProperty("emails") Optional<String> emails,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id user id (wire {@code id}); never null
   * @param name full name (wire {@code name}); never null, empty when the server omits it
   * @param emails e-mail addresses, comma separated (wire {@code emails}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public InvitableUser {
    id = Norm.str(id);
    name = Norm.opt(name);
    emails = Norm.opt(emails);
    extra = ExtraFields.copyOf(extra);
  }
}
