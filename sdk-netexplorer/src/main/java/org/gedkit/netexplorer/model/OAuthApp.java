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
 * An OAuth2 application (seed lines 958-998; the object schema was lost, fields guessed). Its toString() hides secrets.
 *
 * @param clientId public client id (wire {@code client_id}); never null, empty when the server omits it
 * @param name name (wire {@code name}); never null, empty when the server omits it
 * @param description description (wire {@code description}); never null, empty when the server omits it
 * @param type 0 client-server, 1 server-server (wire {@code type}); never null, empty when the server omits it
 * @param scopes granted scopes (wire {@code scopes}); never null, empty when absent
 * @param redirectUri redirect URI (wire {@code redirect_uri}); never null, empty when the server omits it
 * @param creation creation (wire {@code creation}); never null, empty when the server omits it
 * @param clientSecret client secret (only on creation and reset) (wire {@code client_secret}); never null, empty when the server omits it; a secret, hidden by toString()
 * @param extra wire fields this SDK does not know yet; never null
 */
public record OAuthApp(
    @JsonProperty("client_id") Optional<String> clientId,
    @JsonProperty("name") Optional<String> name,
    @JsonProperty("description") Optional<String> description,
    @JsonProperty("type") Optional<Integer> type,
    @JsonProperty("scopes") List<String> scopes,
    @JsonProperty("redirect_uri") Optional<String> redirectUri,
    @JsonProperty("creation") Optional<OffsetDateTime> creation,
    @JsonProperty("client_secret") Optional<String> clientSecret,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param clientId public client id (wire {@code client_id}); never null, empty when the server omits it
   * @param name name (wire {@code name}); never null, empty when the server omits it
   * @param description description (wire {@code description}); never null, empty when the server omits it
   * @param type 0 client-server, 1 server-server (wire {@code type}); never null, empty when the server omits it
   * @param scopes granted scopes (wire {@code scopes}); never null, empty when absent
   * @param redirectUri redirect URI (wire {@code redirect_uri}); never null, empty when the server omits it
   * @param creation creation (wire {@code creation}); never null, empty when the server omits it
   * @param clientSecret client secret (only on creation and reset) (wire {@code client_secret}); never null, empty when the server omits it; a secret, hidden by toString()
   * @param extra wire fields this SDK does not know yet; never null
   */
  public OAuthApp {
    clientId = Norm.opt(clientId);
    name = Norm.opt(name);
    description = Norm.opt(description);
    type = Norm.opt(type);
    scopes = Norm.list(scopes);
    redirectUri = Norm.opt(redirectUri);
    creation = Norm.opt(creation);
    clientSecret = Norm.opt(clientSecret);
    extra = ExtraFields.copyOf(extra);
  }

  @Override
  public String toString() {
    return "OAuthApp[" + "clientId=" + clientId + ", " + "name=" + name + ", " + "description=" + description + ", " + "type=" + type + ", " + "scopes=" + scopes + ", " + "redirectUri=" + redirectUri + ", " + "creation=" + creation + ", " + "clientSecret=" + (clientSecret.isPresent() ? "***" : "<none>") + ", " + "extra=" + extra.keySet() + "]";
  }
}
