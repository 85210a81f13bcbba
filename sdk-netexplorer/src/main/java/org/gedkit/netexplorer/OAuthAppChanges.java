package org.gedkit.netexplorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;

/**
 * OAuth2 application fields (seed 966-995; names guessed). Only set fields are sent. Immutable; build with {@link #builder()}.
 */
public final class OAuthAppChanges {

  private final Map<String, Object> fields;

  private OAuthAppChanges(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static OAuthAppChanges none() {
    return new OAuthAppChanges(Map.of());
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
    return "OAuthAppChanges" + shown;
  }

  /** Builds a {@link OAuthAppChanges}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets name (wire {@code name}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder name(String v) {
      InvalidArgumentException.requireNonNull(v, "name", NetExplorerClient.BACKEND);
      f.put("name", v);
      return this;
    }

    /**
     * Sets description (wire {@code description}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder description(String v) {
      InvalidArgumentException.requireNonNull(v, "description", NetExplorerClient.BACKEND);
      f.put("description", v);
      return this;
    }

    /**
     * Sets 0 client-server, 1 server-server (wire {@code type}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder type(int v) {
      f.put("type", v);
      return this;
    }

    /**
     * Sets scopes (all, files.read, files.readwrite, offline...) (wire {@code scopes}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder scopes(List<String> v) {
      InvalidArgumentException.requireNonNull(v, "scopes", NetExplorerClient.BACKEND);
      f.put("scopes", List.copyOf(v));
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
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public OAuthAppChanges build() {
      return new OAuthAppChanges(f);
    }
  }
}
