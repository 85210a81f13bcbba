package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * A recipient of a share e-mail (seed lines 289, 297-299).
 *
 * @param email address (wire {@code email}); never null, empty when the server omits it
 * @param name name (wire {@code name}); never null, empty when the server omits it
 * @param id user id, for internal recipients (wire {@code id}); never null, empty when the server omits it
 * @param dlink the recipient's own share link (wire {@code dlink}); never null, empty when absent
 * @param extra wire fields this SDK does not know yet; never null
 */
public record EmailRecipient(
    @JsonProperty("email") Optional<String> email,
    @JsonProperty("name") Optional<String> name,
    @JsonProperty("id") Optional<String> id,
    @JsonProperty("dlink") List<Sharelink> dlink,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param email address (wire {@code email}); never null, empty when the server omits it
   * @param name name (wire {@code name}); never null, empty when the server omits it
   * @param id user id, for internal recipients (wire {@code id}); never null, empty when the server omits it
   * @param dlink the recipient's own share link (wire {@code dlink}); never null, empty when absent
   * @param extra wire fields this SDK does not know yet; never null
   */
  public EmailRecipient {
    email = Norm.opt(email);
    name = Norm.opt(name);
    id = Norm.opt(id);
    dlink = Norm.list(dlink);
    extra = ExtraFields.copyOf(extra);
  }
}
