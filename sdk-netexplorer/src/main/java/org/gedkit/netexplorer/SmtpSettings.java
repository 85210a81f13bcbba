package org.gedkit.netexplorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;

/**
 * SMTP settings to test (seed line 793). Immutable; build with {@link #builder()}.
 */
public final class SmtpSettings {

  private final Map<String, Object> fields;

  private SmtpSettings(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static SmtpSettings none() {
    return new SmtpSettings(Map.of());
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
    for (String k : new String[] {"smtp_password"}) {
      if (shown.containsKey(k)) {
        shown.put(k, "***");
      }
    }
    return "SmtpSettings" + shown;
  }

  /** Builds a {@link SmtpSettings}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets host (wire {@code smtp_host}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder host(String v) {
      InvalidArgumentException.requireNonNull(v, "host", NetExplorerClient.BACKEND);
      f.put("smtp_host", v);
      return this;
    }

    /**
     * Sets port (wire {@code smtp_port}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder port(int v) {
      f.put("smtp_port", v);
      return this;
    }

    /**
     * Sets authenticate (wire {@code smtp_auth}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder auth(boolean v) {
      f.put("smtp_auth", v);
      return this;
    }

    /**
     * Sets security (ssl, tls) (wire {@code smtp_secure}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder secure(String v) {
      InvalidArgumentException.requireNonNull(v, "secure", NetExplorerClient.BACKEND);
      f.put("smtp_secure", v);
      return this;
    }

    /**
     * Sets user name (wire {@code smtp_username}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder username(String v) {
      InvalidArgumentException.requireNonNull(v, "username", NetExplorerClient.BACKEND);
      f.put("smtp_username", v);
      return this;
    }

    /**
     * Sets password (wire {@code smtp_password}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder password(String v) {
      InvalidArgumentException.requireNonNull(v, "password", NetExplorerClient.BACKEND);
      f.put("smtp_password", v);
      return this;
    }

    /**
     * Sets more details on error (wire {@code smtp_debug}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder debug(boolean v) {
      f.put("smtp_debug", v);
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public SmtpSettings build() {
      return new SmtpSettings(f);
    }
  }
}
