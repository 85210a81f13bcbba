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
 * A group of users (seed "Groupe", lines 179-185).
 *
 * @param id unique id (a string on the wire) (wire {@code id}); never null
 * @param login group name (wire {@code login}); never null, empty when the server omits it
 * @param ldap comes from an external directory (then read-only) (wire {@code ldap}); never null, empty when the server omits it
 * @param members members (wire {@code members}); never null, empty when absent
 * @param extra wire fields this SDK does not know yet; never null
 */
public record Group(
    @JsonProperty("id") String id,
    @JsonProperty("login") Optional<String> login,
    @JsonProperty("ldap") Optional<Boolean> ldap,
    @JsonProperty("members") List<User> members,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique id (a string on the wire) (wire {@code id}); never null
   * @param login group name (wire {@code login}); never null, empty when the server omits it
   * @param ldap comes from an external directory (then read-only) (wire {@code ldap}); never null, empty when the server omits it
   * @param members members (wire {@code members}); never null, empty when absent
   * @param extra wire fields this SDK does not know yet; never null
   */
  public Group {
    id = Norm.str(id);
    login = Norm.opt(login);
    ldap = Norm.opt(ldap);
    members = Norm.list(members);
    extra = ExtraFields.copyOf(extra);
  }
}
