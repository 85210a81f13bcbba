package org.gedkit.netexplorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;

/**
 * Configuration values to set, sent as {@code {"config": {...}}} (seed 794-796). Only set values are sent. Immutable; build with {@link #builder()}.
 */
public final class ConfigChanges {

  private final Map<String, Object> fields;

  private ConfigChanges(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static ConfigChanges none() {
    return new ConfigChanges(Map.of());
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
    return "ConfigChanges" + shown;
  }

  /** Builds a {@link ConfigChanges}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets default language (wire {@code default_language}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder defaultLanguage(String v) {
      InvalidArgumentException.requireNonNull(v, "defaultLanguage", NetExplorerClient.BACKEND);
      f.put("default_language", v);
      return this;
    }

    /**
     * Sets guest access (wire {@code allow_guest}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder allowGuest(boolean v) {
      f.put("allow_guest", v);
      return this;
    }

    /**
     * Sets any other value by its wire name.
     *
     * @param wireName the wire name
     * @param value the value (a string, number, boolean, list or map)
     * @return this builder
     * @throws InvalidArgumentException when wireName is null
     */
    public Builder set(String wireName, Object value) {
      f.put(InvalidArgumentException.requireNonNull(wireName, "wireName", NetExplorerClient.BACKEND), value);
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public ConfigChanges build() {
      return new ConfigChanges(f);
    }
  }
}
