package org.gedkit.netexplorer;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.netexplorer.internal.Wire;

/**
 * Upload-link fields to set (seed "Lien de dépôt", lines 300-309, 782-786). Only set fields are sent. Immutable; build with {@link #builder()}.
 */
public final class UlinkChanges {

  private final Map<String, Object> fields;

  private UlinkChanges(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static UlinkChanges none() {
    return new UlinkChanges(Map.of());
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
    return "UlinkChanges" + shown;
  }

  /** Builds a {@link UlinkChanges}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets destination folder (wire {@code folder_id}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder folderId(long v) {
      f.put("folder_id", v);
      return this;
    }

    /**
     * Sets access key (wire {@code key}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder key(String v) {
      InvalidArgumentException.requireNonNull(v, "key", NetExplorerClient.BACKEND);
      f.put("key", v);
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
     * Sets notify the owner on deposit (wire {@code notify}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder notifyOwner(boolean v) {
      f.put("notify", v);
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public UlinkChanges build() {
      return new UlinkChanges(f);
    }
  }
}
