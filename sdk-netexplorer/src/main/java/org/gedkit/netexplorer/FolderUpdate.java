package org.gedkit.netexplorer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;

/**
 * Folder fields to set on create or update ({@code name}, {@code parent_id}, {@code quota},
 * {@code purge_frequency}; seed 482-535). Only set fields are sent. Immutable.
 */
public final class FolderUpdate {

  private final Map<String, Object> fields;

  private FolderUpdate(Map<String, Object> fields) {
    this.fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return the empty update; never null
   */
  public static FolderUpdate none() {
    return new FolderUpdate(Map.of());
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
    return "FolderUpdate" + fields;
  }

  /** Builds a {@link FolderUpdate}. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

    /**
     * New name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      f.put("name", name);
      return this;
    }

    /**
     * New parent (move).
     *
     * @param parentId the parent id
     * @return this builder
     */
    public Builder parentId(long parentId) {
      f.put("parent_id", parentId);
      return this;
    }

    /**
     * Quota: 0 unlimited, -1 inherited, else bytes.
     *
     * @param quota the quota
     * @return this builder
     * @throws InvalidArgumentException when below -1
     */
    public Builder quota(long quota) {
      if (quota < -1) {
        throw new InvalidArgumentException("quota must be -1 or more, was " + quota,
            ErrorDetails.of("netexplorer", "FolderUpdate"));
      }
      f.put("quota", quota);
      return this;
    }

    /**
     * Days after which files are purged; 0 = off.
     *
     * @param days the days
     * @return this builder
     * @throws InvalidArgumentException when negative
     */
    public Builder purgeFrequency(int days) {
      if (days < 0) {
        throw new InvalidArgumentException("purgeFrequency must not be negative, was " + days,
            ErrorDetails.of("netexplorer", "FolderUpdate"));
      }
      f.put("purge_frequency", days);
      return this;
    }

    /**
     * Builds the update.
     *
     * @return the update; never null
     */
    public FolderUpdate build() {
      f.values().removeIf(java.util.Objects::isNull);
      return new FolderUpdate(f);
    }
  }
}
