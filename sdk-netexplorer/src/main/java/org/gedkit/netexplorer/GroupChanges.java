package org.gedkit.netexplorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.netexplorer.internal.Wire;

/**
 * Group fields to set on create or update (seed "Groupe", lines 179-185). Only set fields are sent. Immutable; build with {@link #builder()}.
 */
public final class GroupChanges {

  private final Map<String, Object> fields;

  private GroupChanges(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static GroupChanges none() {
    return new GroupChanges(Map.of());
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
    return "GroupChanges" + shown;
  }

  /** Builds a {@link GroupChanges}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets group name (wire {@code login}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder name(String v) {
      InvalidArgumentException.requireNonNull(v, "name", NetExplorerClient.BACKEND);
      f.put("login", v);
      return this;
    }

    /**
     * Sets member user ids (wire {@code members}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder members(List<String> v) {
      InvalidArgumentException.requireNonNull(v, "members", NetExplorerClient.BACKEND);
      f.put("members", Wire.idObjects(v));
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public GroupChanges build() {
      return new GroupChanges(f);
    }
  }
}
