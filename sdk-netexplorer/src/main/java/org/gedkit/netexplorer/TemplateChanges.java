package org.gedkit.netexplorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;

/**
 * Template fields to set (seed "Template", lines 310-319). Only set fields are sent. Immutable; build with {@link #builder()}.
 */
public final class TemplateChanges {

  private final Map<String, Object> fields;

  private TemplateChanges(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static TemplateChanges none() {
    return new TemplateChanges(Map.of());
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
    return "TemplateChanges" + shown;
  }

  /** Builds a {@link TemplateChanges}. Not thread-safe. */
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
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public TemplateChanges build() {
      return new TemplateChanges(f);
    }
  }
}
