package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * An identity provider such as LDAP or SAML (route known only from the listing; fields guessed).
 *
 * @param id unique id (wire {@code id})
 * @param name name (wire {@code name}); never null, empty when the server omits it
 * @param type kind (ldap, saml, oidc...) (wire {@code type}); never null, empty when the server omits it
 * @param enabled active (wire {@code enabled}); never null, empty when the server omits it
 * @param settings provider settings as plain JSON values (wire {@code settings}); never null, empty when the server omits it
 * @param lastSync last synchronisation (wire {@code last_sync}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record IdentityProvider(
    @JsonProperty("id") long id,
    @JsonProperty("name") Optional<String> name,
    @JsonProperty("type") Optional<String> type,
    @JsonProperty("enabled") Optional<Boolean> enabled,
    @JsonProperty("settings") Optional<Object> settings,
    @JsonProperty("last_sync") Optional<OffsetDateTime> lastSync,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique id (wire {@code id})
   * @param name name (wire {@code name}); never null, empty when the server omits it
   * @param type kind (ldap, saml, oidc...) (wire {@code type}); never null, empty when the server omits it
   * @param enabled active (wire {@code enabled}); never null, empty when the server omits it
   * @param settings provider settings as plain JSON values (wire {@code settings}); never null, empty when the server omits it
   * @param lastSync last synchronisation (wire {@code last_sync}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public IdentityProvider {
    name = Norm.opt(name);
    type = Norm.opt(type);
    enabled = Norm.opt(enabled);
    settings = Norm.opt(settings);
    lastSync = Norm.opt(lastSync);
    extra = ExtraFields.copyOf(extra);
  }
}
