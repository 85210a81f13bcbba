package org.gedkit.netexplorer;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.netexplorer.internal.Wire;

/**
 * Share-link fields to set (seed "Partage par lien", lines 255-279; request names guessed from the object). Only set fields are sent. Immutable; build with {@link #builder()}.
 */
public final class SharelinkChanges {

  private final Map<String, Object> fields;

  private SharelinkChanges(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static SharelinkChanges none() {
    return new SharelinkChanges(Map.of());
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
    return "SharelinkChanges" + shown;
  }

  /** Builds a {@link SharelinkChanges}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets download key (reuse a key to group files) (wire {@code key}).
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
     * Sets download limit (wire {@code max_downloads}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder maxDownloads(int v) {
      f.put("max_downloads", v);
      return this;
    }

    /**
     * Sets notify the owner on download (wire {@code notify}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder notifyOwner(boolean v) {
      f.put("notify", v);
      return this;
    }

    /**
     * Sets follow the newest version (wire {@code autoupdate}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder autoupdate(boolean v) {
      f.put("autoupdate", v);
      return this;
    }

    /**
     * Sets preview only (wire {@code only_preview}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder onlyPreview(boolean v) {
      f.put("only_preview", v);
      return this;
    }

    /**
     * Sets force download (wire {@code force_dl}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder forceDl(boolean v) {
      f.put("force_dl", v);
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public SharelinkChanges build() {
      return new SharelinkChanges(f);
    }
  }
}
