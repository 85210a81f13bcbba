package org.gedkit.netexplorer;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.netexplorer.internal.Wire;

/**
 * Invitation fields to change (seed "Invitation", lines 167-178, 734-735). Only set fields are sent. Immutable; build with {@link #builder()}.
 */
public final class InvitationChanges {

  private final Map<String, Object> fields;

  private InvitationChanges(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static InvitationChanges none() {
    return new InvitationChanges(Map.of());
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
    return "InvitationChanges" + shown;
  }

  /** Builds a {@link InvitationChanges}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the invited e-mail (wire {@code target}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder target(String v) {
      InvalidArgumentException.requireNonNull(v, "target", NetExplorerClient.BACKEND);
      f.put("target", v);
      return this;
    }

    /**
     * Sets the folder (wire {@code folder}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder folderId(long v) {
      f.put("folder", v);
      return this;
    }

    /**
     * Sets rights mask (wire {@code rights}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder rights(int v) {
      f.put("rights", v);
      return this;
    }

    /**
     * Sets expiry (wire {@code expiration}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder expiration(OffsetDateTime v) {
      InvalidArgumentException.requireNonNull(v, "expiration", NetExplorerClient.BACKEND);
      f.put("expiration", Wire.date(v));
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public InvitationChanges build() {
      return new InvitationChanges(f);
    }
  }
}
