package org.gedkit.netexplorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Flags of an access right (seed "Droit", lines 106-119, 682-688). On create, flags not set are sent as false by the server. Immutable; build with {@link #builder()}.
 */
public final class RightFlags {

  private final Map<String, Object> fields;

  private RightFlags(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static RightFlags none() {
    return new RightFlags(Map.of());
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
    return "RightFlags" + shown;
  }

  /** Builds a {@link RightFlags}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets may browse the folder (wire {@code browse}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder browse(boolean v) {
      f.put("browse", v);
      return this;
    }

    /**
     * Sets may list and preview files (wire {@code read}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder read(boolean v) {
      f.put("read", v);
      return this;
    }

    /**
     * Sets may download files (wire {@code download}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder download(boolean v) {
      f.put("download", v);
      return this;
    }

    /**
     * Sets may add files (wire {@code write}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder write(boolean v) {
      f.put("write", v);
      return this;
    }

    /**
     * Sets may modify files (wire {@code edit}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder edit(boolean v) {
      f.put("edit", v);
      return this;
    }

    /**
     * Sets may delete files (wire {@code delete}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder delete(boolean v) {
      f.put("delete", v);
      return this;
    }

    /**
     * Sets may invite and create links (wire {@code share}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder share(boolean v) {
      f.put("share", v);
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public RightFlags build() {
      return new RightFlags(f);
    }
  }
}
