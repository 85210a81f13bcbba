package org.gedkit.netexplorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signature field position (guessed from the workflow signature_fields, seed 855). Only set fields are sent. Immutable; build with {@link #builder()}.
 */
public final class SignatureFieldChanges {

  private final Map<String, Object> fields;

  private SignatureFieldChanges(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static SignatureFieldChanges none() {
    return new SignatureFieldChanges(Map.of());
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
    return "SignatureFieldChanges" + shown;
  }

  /** Builds a {@link SignatureFieldChanges}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the signer (wire {@code actor_id}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder actorId(long v) {
      f.put("actor_id", v);
      return this;
    }

    /**
     * Sets page, from 1 (wire {@code page}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder page(int v) {
      f.put("page", v);
      return this;
    }

    /**
     * Sets x from the bottom left (wire {@code x}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder x(double v) {
      f.put("x", v);
      return this;
    }

    /**
     * Sets y from the bottom left (wire {@code y}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder y(double v) {
      f.put("y", v);
      return this;
    }

    /**
     * Sets width (wire {@code width}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder width(double v) {
      f.put("width", v);
      return this;
    }

    /**
     * Sets height (wire {@code height}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder height(double v) {
      f.put("height", v);
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public SignatureFieldChanges build() {
      return new SignatureFieldChanges(f);
    }
  }
}
