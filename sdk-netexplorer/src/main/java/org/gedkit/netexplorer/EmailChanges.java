package org.gedkit.netexplorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;

/**
 * E-mail fields to set (seed "Email", lines 212-224, 774-776). Only set fields are sent. Immutable; build with {@link #builder()}.
 */
public final class EmailChanges {

  private final Map<String, Object> fields;

  private EmailChanges(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static EmailChanges none() {
    return new EmailChanges(Map.of());
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
    return "EmailChanges" + shown;
  }

  /** Builds a {@link EmailChanges}. Not thread-safe. */
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
     * Sets body, text or HTML (wire {@code content}).
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
     * Sets type; only EM_TE_ALERT at creation (wire {@code type}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder type(String v) {
      InvalidArgumentException.requireNonNull(v, "type", NetExplorerClient.BACKEND);
      f.put("type", v);
      return this;
    }

    /**
     * Sets sender (EM_TE_TOSEND) (wire {@code from}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder from(String v) {
      InvalidArgumentException.requireNonNull(v, "from", NetExplorerClient.BACKEND);
      f.put("from", v);
      return this;
    }

    /**
     * Sets recipients, comma separated (EM_TE_TOSEND) (wire {@code to}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder to(String v) {
      InvalidArgumentException.requireNonNull(v, "to", NetExplorerClient.BACKEND);
      f.put("to", v);
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public EmailChanges build() {
      return new EmailChanges(f);
    }
  }
}
