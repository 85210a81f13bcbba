package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.NetExplorerJson;
import org.gedkit.netexplorer.internal.Norm;

/**
 * The reply of the OAuth2 token endpoint (standard OAuth2 fields). Its toString() hides secrets.
 *
 * @param accessToken the access token (wire {@code access_token}); never null, empty when the server omits it; a secret, hidden by toString()
 * @param tokenType token type (Bearer) (wire {@code token_type}); never null, empty when the server omits it
 * @param expiresIn lifetime in seconds (wire {@code expires_in}); never null, empty when the server omits it
 * @param refreshToken the refresh token (wire {@code refresh_token}); never null, empty when the server omits it; a secret, hidden by toString()
 * @param scope granted scopes (wire {@code scope}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record OAuthTokenResponse(
    @JsonProperty("access_token") Optional<String> accessToken,
    @JsonProperty("token_type") Optional<String> tokenType,
    @JsonProperty("expires_in") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> expiresIn,
    @JsonProperty("refresh_token") Optional<String> refreshToken,
    @JsonProperty("scope") Optional<String> scope,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param accessToken the access token (wire {@code access_token}); never null, empty when the server omits it; a secret, hidden by toString()
   * @param tokenType token type (Bearer) (wire {@code token_type}); never null, empty when the server omits it
   * @param expiresIn lifetime in seconds (wire {@code expires_in}); never null, empty when the server omits it
   * @param refreshToken the refresh token (wire {@code refresh_token}); never null, empty when the server omits it; a secret, hidden by toString()
   * @param scope granted scopes (wire {@code scope}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public OAuthTokenResponse {
    accessToken = Norm.opt(accessToken);
    tokenType = Norm.opt(tokenType);
    expiresIn = Norm.opt(expiresIn);
    refreshToken = Norm.opt(refreshToken);
    scope = Norm.opt(scope);
    extra = ExtraFields.copyOf(extra);
  }

  @Override
  public String toString() {
    return "OAuthTokenResponse[" + "accessToken=" + (accessToken.isPresent() ? "***" : "<none>") + ", " + "tokenType=" + tokenType + ", " + "expiresIn=" + expiresIn + ", " + "refreshToken=" + (refreshToken.isPresent() ? "***" : "<none>") + ", " + "scope=" + scope + ", " + "extra=" + extra.keySet() + "]";
  }
}
