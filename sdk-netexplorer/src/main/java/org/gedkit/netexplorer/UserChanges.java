package org.gedkit.netexplorer;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.netexplorer.internal.Wire;

/**
 * User fields to set on create or update (seed "Utilisateur", lines 132-166, 711-724). Only set fields are sent. Immutable; build with {@link #builder()}.
 */
public final class UserChanges {

  private final Map<String, Object> fields;

  private UserChanges(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static UserChanges none() {
    return new UserChanges(Map.of());
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
    for (String k : new String[] {"password"}) {
      if (shown.containsKey(k)) {
        shown.put(k, "***");
      }
    }
    return "UserChanges" + shown;
  }

  /** Builds a {@link UserChanges}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets last name (wire {@code lastname}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder lastname(String v) {
      InvalidArgumentException.requireNonNull(v, "lastname", NetExplorerClient.BACKEND);
      f.put("lastname", v);
      return this;
    }

    /**
     * Sets first name (wire {@code firstname}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder firstname(String v) {
      InvalidArgumentException.requireNonNull(v, "firstname", NetExplorerClient.BACKEND);
      f.put("firstname", v);
      return this;
    }

    /**
     * Sets login (wire {@code login}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder login(String v) {
      InvalidArgumentException.requireNonNull(v, "login", NetExplorerClient.BACKEND);
      f.put("login", v);
      return this;
    }

    /**
     * Sets password (wire {@code password}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder password(String v) {
      InvalidArgumentException.requireNonNull(v, "password", NetExplorerClient.BACKEND);
      f.put("password", v);
      return this;
    }

    /**
     * Sets e-mail addresses, comma separated (wire {@code email}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder email(String v) {
      InvalidArgumentException.requireNonNull(v, "email", NetExplorerClient.BACKEND);
      f.put("email", v);
      return this;
    }

    /**
     * Sets company (may create a group of that name) (wire {@code organization}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder organization(String v) {
      InvalidArgumentException.requireNonNull(v, "organization", NetExplorerClient.BACKEND);
      f.put("organization", v);
      return this;
    }

    /**
     * Sets phone numbers, comma separated (wire {@code phone}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder phone(String v) {
      InvalidArgumentException.requireNonNull(v, "phone", NetExplorerClient.BACKEND);
      f.put("phone", v);
      return this;
    }

    /**
     * Sets account active (wire {@code active}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder active(boolean v) {
      f.put("active", v);
      return this;
    }

    /**
     * Sets interface language (auto, fr, en...) (wire {@code language}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder language(String v) {
      InvalidArgumentException.requireNonNull(v, "language", NetExplorerClient.BACKEND);
      f.put("language", v);
      return this;
    }

    /**
     * Sets quota in bytes (wire {@code quota}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder quota(long v) {
      f.put("quota", v);
      return this;
    }

    /**
     * Sets account expiry (wire {@code expire}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder expire(OffsetDateTime v) {
      InvalidArgumentException.requireNonNull(v, "expire", NetExplorerClient.BACKEND);
      f.put("expire", Wire.date(v));
      return this;
    }

    /**
     * Sets Outlook attachments folder id (wire {@code plugin_outlook}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder pluginOutlook(long v) {
      f.put("plugin_outlook", v);
      return this;
    }

    /**
     * Sets may edit their own account (wire {@code can_edit_options}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder canEditOptions(boolean v) {
      f.put("can_edit_options", v);
      return this;
    }

    /**
     * Sets group ids; an empty list removes every membership (wire {@code groups}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder groups(List<String> v) {
      InvalidArgumentException.requireNonNull(v, "groups", NetExplorerClient.BACKEND);
      f.put("groups", Wire.idObjects(v));
      return this;
    }

    /**
     * Sets user role (wire {@code role}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder role(int v) {
      f.put("role", v);
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public UserChanges build() {
      return new UserChanges(f);
    }
  }
}
