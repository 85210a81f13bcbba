package org.gedkit.netexplorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;

/**
 * Identity provider fields (guessed). Only set fields are sent. Immutable; build with {@link #builder()}.
 */
public final class IdentityProviderChanges {

  private final Map<String, Object> fields;

  private IdentityProviderChanges(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static IdentityProviderChanges none() {
    return new IdentityProviderChanges(Map.of());
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
    return "IdentityProviderChanges" + shown;
  }

  /** Builds a {@link IdentityProviderChanges}. Not thread-safe. */
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
     * Sets kind (ldap, saml, oidc...) (wire {@code type}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder type(String v) {
      InvalidArgumentException.requireNonNull(v, "type", NetExplorerClient.BACKEND);
      f.put("type", v);
      return this;
    }

    /**
     * Sets active (wire {@code enabled}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder enabled(boolean v) {
      f.put("enabled", v);
      return this;
    }

    /**
     * Sets provider settings (wire {@code settings}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder settings(Map<String, ?> v) {
      InvalidArgumentException.requireNonNull(v, "settings", NetExplorerClient.BACKEND);
      f.put("settings", new LinkedHashMap<>(v));
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public IdentityProviderChanges build() {
      return new IdentityProviderChanges(f);
    }
  }
}
