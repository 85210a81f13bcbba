package org.gedkit.netexplorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;

/**
 * A request to the OAuth2 token endpoint (standard OAuth2 form fields). Immutable; build with {@link #builder()}.
 */
public final class OAuthTokenRequest {

  private final Map<String, Object> fields;

  private OAuthTokenRequest(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static OAuthTokenRequest none() {
    return new OAuthTokenRequest(Map.of());
  }

  /**
   * Starts a builder.
   *
   * @return a builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The wire form: the fields set, in the order they were set; a new mutable ordered map. */
  Map<String, Object> toWire() {
    return new LinkedHashMap<>(fields);
  }

  @Override
  public String toString() {
    Map<String, Object> shown = new LinkedHashMap<>(fields);
    for (String k : new String[] {"code", "client_secret", "refresh_token"}) {
      if (shown.containsKey(k)) {
        shown.put(k, "***");
      }
    }
    return "OAuthTokenRequest" + shown;
  }

  /** Builds a {@link OAuthTokenRequest}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets authorization_code, client_credentials or refresh_token (wire {@code grant_type}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder grantType(String v) {
      InvalidArgumentException.requireNonNull(v, "grantType", NetExplorerClient.BACKEND);
      f.put("grant_type", v);
      return this;
    }

    /**
     * Sets authorization code (wire {@code code}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder code(String v) {
      InvalidArgumentException.requireNonNull(v, "code", NetExplorerClient.BACKEND);
      f.put("code", v);
      return this;
    }

    /**
     * Sets redirect URI (wire {@code redirect_uri}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder redirectUri(String v) {
      InvalidArgumentException.requireNonNull(v, "redirectUri", NetExplorerClient.BACKEND);
      f.put("redirect_uri", v);
      return this;
    }

    /**
     * Sets client id (wire {@code client_id}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder clientId(String v) {
      InvalidArgumentException.requireNonNull(v, "clientId", NetExplorerClient.BACKEND);
      f.put("client_id", v);
      return this;
    }

    /**
     * Sets client secret (wire {@code client_secret}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder clientSecret(String v) {
      InvalidArgumentException.requireNonNull(v, "clientSecret", NetExplorerClient.BACKEND);
      f.put("client_secret", v);
      return this;
    }

    /**
     * Sets refresh token (wire {@code refresh_token}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder refreshToken(String v) {
      InvalidArgumentException.requireNonNull(v, "refreshToken", NetExplorerClient.BACKEND);
      f.put("refresh_token", v);
      return this;
    }

    /**
     * Sets scopes, space separated (wire {@code scope}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder scope(String v) {
      InvalidArgumentException.requireNonNull(v, "scope", NetExplorerClient.BACKEND);
      f.put("scope", v);
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public OAuthTokenRequest build() {
      return new OAuthTokenRequest(f);
    }
  }
}
