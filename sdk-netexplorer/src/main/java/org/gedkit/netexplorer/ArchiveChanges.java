package org.gedkit.netexplorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;

/**
 * Archived file or folder fields to change (guessed from File/Folder). Only set fields are sent. Immutable; build with {@link #builder()}.
 */
public final class ArchiveChanges {

  private final Map<String, Object> fields;

  private ArchiveChanges(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static ArchiveChanges none() {
    return new ArchiveChanges(Map.of());
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
    return "ArchiveChanges" + shown;
  }

  /** Builds a {@link ArchiveChanges}. Not thread-safe. */
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
     * Sets parent folder (wire {@code parent_id}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder parentId(long v) {
      f.put("parent_id", v);
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public ArchiveChanges build() {
      return new ArchiveChanges(f);
    }
  }
}
