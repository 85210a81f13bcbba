package org.gedkit.netexplorer;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.netexplorer.internal.Wire;

/**
 * Share fields to set (seed "Partage", lines 225-238; request names guessed from the object). Only set fields are sent. Immutable; build with {@link #builder()}.
 */
public final class ShareChanges {

  private final Map<String, Object> fields;

  private ShareChanges(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static ShareChanges none() {
    return new ShareChanges(Map.of());
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
    return "ShareChanges" + shown;
  }

  /** Builds a {@link ShareChanges}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a file to the shared files and folders.
     *
     * @param id the file id
     * @return this builder
     */
    public Builder addFile(long id) {
      @SuppressWarnings("unchecked")
      List<Object> roots = (List<Object>) f.computeIfAbsent("roots", k -> new ArrayList<Object>());
      roots.add(Wire.obj("id", id, "entity_type", 0));
      return this;
    }

    /**
     * Adds a folder to the shared files and folders.
     *
     * @param id the folder id
     * @return this builder
     */
    public Builder addFolder(long id) {
      @SuppressWarnings("unchecked")
      List<Object> roots = (List<Object>) f.computeIfAbsent("roots", k -> new ArrayList<Object>());
      roots.add(Wire.obj("id", id, "entity_type", 1));
      return this;
    }

    /**
     * Sets rights mask of the link (wire {@code flags}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder flags(int v) {
      f.put("flags", v);
      return this;
    }

    /**
     * Sets expiry (wire {@code expiration_date}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder expirationDate(OffsetDateTime v) {
      InvalidArgumentException.requireNonNull(v, "expirationDate", NetExplorerClient.BACKEND);
      f.put("expiration_date", Wire.date(v));
      return this;
    }

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
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public ShareChanges build() {
      return new ShareChanges(f);
    }
  }
}
