package org.gedkit.netexplorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.netexplorer.internal.Wire;

/**
 * Share e-mail fields to set (seed "Partage par email", lines 280-299; guessed). Only set fields are sent. Immutable; build with {@link #builder()}.
 */
public final class ShareEmailChanges {

  private final Map<String, Object> fields;

  private ShareEmailChanges(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static ShareEmailChanges none() {
    return new ShareEmailChanges(Map.of());
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
    return "ShareEmailChanges" + shown;
  }

  /** Builds a {@link ShareEmailChanges}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets subject (wire {@code object}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder subject(String v) {
      InvalidArgumentException.requireNonNull(v, "subject", NetExplorerClient.BACKEND);
      f.put("object", v);
      return this;
    }

    /**
     * Sets body (wire {@code content}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder content(String v) {
      InvalidArgumentException.requireNonNull(v, "content", NetExplorerClient.BACKEND);
      f.put("content", v);
      return this;
    }

    /**
     * Sets recipient addresses (wire {@code recipients}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder recipients(List<String> v) {
      InvalidArgumentException.requireNonNull(v, "recipients", NetExplorerClient.BACKEND);
      f.put("recipients", Wire.emailObjects(v));
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public ShareEmailChanges build() {
      return new ShareEmailChanges(f);
    }
  }
}
