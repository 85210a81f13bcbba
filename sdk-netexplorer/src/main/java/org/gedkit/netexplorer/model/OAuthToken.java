package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * An OAuth2 token granted to an application (seed 963-965, 999-1002; fields guessed). Its toString() hides secrets.
 *
 * @param id token id (wire {@code id}); never null, empty when the server omits it
 * @param token the token value (wire {@code token}); never null, empty when the server omits it; a secret, hidden by toString()
 * @param clientId the application (wire {@code client_id}); never null, empty when the server omits it
 * @param name application name (wire {@code name}); never null, empty when the server omits it
 * @param scopes scopes (wire {@code scopes}); never null, empty when absent
 * @param creation creation (wire {@code creation}); never null, empty when the server omits it
 * @param expiration expiry; empty = none (offline) (wire {@code expiration}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record OAuthToken(
    @JsonProperty("id") Optional<String> id,
    @JsonProperty("token") Optional<String> token,
    @JsonProperty("client_id") Optional<String> clientId,
    @JsonProperty("name") Optional<String> name,
    @JsonProperty("scopes") List<String> scopes,
    @JsonProperty("creation") Optional<OffsetDateTime> creation,
    @JsonProperty("expiration") Optional<OffsetDateTime> expiration,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id token id (wire {@code id}); never null, empty when the server omits it
   * @param token the token value (wire {@code token}); never null, empty when the server omits it; a secret, hidden by toString()
   * @param clientId the application (wire {@code client_id}); never null, empty when the server omits it
   * @param name application name (wire {@code name}); never null, empty when the server omits it
   * @param scopes scopes (wire {@code scopes}); never null, empty when absent
   * @param creation creation (wire {@code creation}); never null, empty when the server omits it
   * @param expiration expiry; empty = none (offline) (wire {@code expiration}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public OAuthToken {
    id = Norm.opt(id);
    token = Norm.opt(token);
    clientId = Norm.opt(clientId);
    name = Norm.opt(name);
    scopes = Norm.list(scopes);
    creation = Norm.opt(creation);
    expiration = Norm.opt(expiration);
    extra = ExtraFields.copyOf(extra);
  }

  @Override
  public String toString() {
    return "OAuthToken[" + "id=" + id + ", " + "token=" + (token.isPresent() ? "***" : "<none>") + ", " + "clientId=" + clientId + ", " + "name=" + name + ", " + "scopes=" + scopes + ", " + "creation=" + creation + ", " + "expiration=" + expiration + ", " + "extra=" + extra.keySet() + "]";
  }
}
