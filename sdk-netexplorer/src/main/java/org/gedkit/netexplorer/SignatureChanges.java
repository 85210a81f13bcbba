package org.gedkit.netexplorer;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.netexplorer.internal.Wire;

/**
 * Signature request fields (route known only from the listing; names guessed). Only set fields are sent. Immutable; build with {@link #builder()}.
 */
public final class SignatureChanges {

  private final Map<String, Object> fields;

  private SignatureChanges(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static SignatureChanges none() {
    return new SignatureChanges(Map.of());
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
    return "SignatureChanges" + shown;
  }

  /** Builds a {@link SignatureChanges}. Not thread-safe. */
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
     * Sets message to signers (wire {@code message}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder message(String v) {
      InvalidArgumentException.requireNonNull(v, "message", NetExplorerClient.BACKEND);
      f.put("message", v);
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
    public SignatureChanges build() {
      return new SignatureChanges(f);
    }
  }
}
