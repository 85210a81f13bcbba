package org.gedkit.netexplorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Delegate permissions to set (seed "Délégué", lines 201-211, 765-768). Only set fields are sent. Immutable; build with {@link #builder()}.
 */
public final class DelegateChanges {

  private final Map<String, Object> fields;

  private DelegateChanges(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static DelegateChanges none() {
    return new DelegateChanges(Map.of());
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
    return "DelegateChanges" + shown;
  }

  /** Builds a {@link DelegateChanges}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets may manage users (wire {@code users}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder users(boolean v) {
      f.put("users", v);
      return this;
    }

    /**
     * Sets may manage access rights (wire {@code security}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder security(boolean v) {
      f.put("security", v);
      return this;
    }

    /**
     * Sets may set e-mail alerts (wire {@code alerts}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder alerts(boolean v) {
      f.put("alerts", v);
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public DelegateChanges build() {
      return new DelegateChanges(f);
    }
  }
}
