package org.gedkit.netexplorer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A partial update of the current account ({@code PUT /account}): only the fields set are sent and changed.
 * Immutable; build with {@link #builder()}. Its {@link #toString()} hides passwords.
 */
public final class AccountUpdate {

  private final Map<String, Object> fields;

  private AccountUpdate(Map<String, Object> fields) {
    this.fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Starts an update.
   *
   * @return a builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  Map<String, Object> toWire() {
    return new LinkedHashMap<>(fields);
  }

  @Override
  public String toString() {
    Map<String, Object> shown = new LinkedHashMap<>(fields);
    shown.replaceAll((k, v) -> k.endsWith("password") ? "***" : v);
    return "AccountUpdate" + shown;
  }

  /** Builds an {@link AccountUpdate}. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Changes the password; the server needs the old one.
     *
     * @param oldPassword the current password
     * @param newPassword the new password
     * @return this builder
     */
    public Builder password(String oldPassword, String newPassword) {
      f.put("old_password", oldPassword);
      f.put("new_password", newPassword);
      return this;
    }

    /**
     * Sets the last name.
     *
     * @param v the value
     * @return this builder
     */
    public Builder lastname(String v) {
      f.put("lastname", v);
      return this;
    }

    /**
     * Sets the first name.
     *
     * @param v the value
     * @return this builder
     */
    public Builder firstname(String v) {
      f.put("firstname", v);
      return this;
    }

    /**
     * Sets the e-mail addresses (comma separated).
     *
     * @param v the value
     * @return this builder
     */
    public Builder email(String v) {
      f.put("email", v);
      return this;
    }

    /**
     * Sets the phone numbers.
     *
     * @param v the value
     * @return this builder
     */
    public Builder phone(String v) {
      f.put("phone", v);
      return this;
    }

    /**
     * Sets the organization.
     *
     * @param v the value
     * @return this builder
     */
    public Builder organization(String v) {
      f.put("organization", v);
      return this;
    }

    /**
     * Sets the language ({@code auto}, {@code fr}, {@code en}, ...).
     *
     * @param v the value
     * @return this builder
     */
    public Builder language(String v) {
      f.put("language", v);
      return this;
    }

    /**
     * Sets any other documented field by its wire name.
     *
     * @param wireName the wire name
     * @param value the value
     * @return this builder
     */
    public Builder field(String wireName, Object value) {
      f.put(wireName, value);
      return this;
    }

    /**
     * Builds the update.
     *
     * @return the update; never null
     */
    public AccountUpdate build() {
      f.values().removeIf(java.util.Objects::isNull);
      return new AccountUpdate(f);
    }
  }
}
