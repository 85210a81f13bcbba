package org.gedkit.netexplorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;

/**
 * Signature actor fields (guessed). Only set fields are sent. Immutable; build with {@link #builder()}.
 */
public final class ActorChanges {

  private final Map<String, Object> fields;

  private ActorChanges(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static ActorChanges none() {
    return new ActorChanges(Map.of());
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
    return "ActorChanges" + shown;
  }

  /** Builds a {@link ActorChanges}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets first name (wire {@code firstname}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder firstname(String v) {
      InvalidArgumentException.requireNonNull(v, "firstname", NetExplorerClient.BACKEND);
      f.put("firstname", v);
      return this;
    }

    /**
     * Sets last name (wire {@code lastname}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder lastname(String v) {
      InvalidArgumentException.requireNonNull(v, "lastname", NetExplorerClient.BACKEND);
      f.put("lastname", v);
      return this;
    }

    /**
     * Sets phone (SMS) (wire {@code phone}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder phone(String v) {
      InvalidArgumentException.requireNonNull(v, "phone", NetExplorerClient.BACKEND);
      f.put("phone", v);
      return this;
    }

    /**
     * Sets role (wire {@code role}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder role(String v) {
      InvalidArgumentException.requireNonNull(v, "role", NetExplorerClient.BACKEND);
      f.put("role", v);
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public ActorChanges build() {
      return new ActorChanges(f);
    }
  }
}
