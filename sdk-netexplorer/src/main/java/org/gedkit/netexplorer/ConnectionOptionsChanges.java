package org.gedkit.netexplorer;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;

/**
 * Connection options to set (seed "Options de connexion", lines 186-200, 748-755). Only set fields are sent. Immutable; build with {@link #builder()}.
 */
public final class ConnectionOptionsChanges {

  private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final Map<String, Object> fields;

  private ConnectionOptionsChanges(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static ConnectionOptionsChanges none() {
    return new ConnectionOptionsChanges(Map.of());
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
    return "ConnectionOptionsChanges" + shown;
  }

  /** Builds a {@link ConnectionOptionsChanges}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the IP allow-list (an empty list blocks every login).
     *
     * @param v the allowed IPs
     * @return this builder
     */
    public Builder ips(List<String> v) {
      f.put("ips", List.copyOf(InvalidArgumentException.requireNonNull(v, "ips", NetExplorerClient.BACKEND)));
      return this;
    }

    /**
     * Removes IP filtering (sends {@code null}).
     *
     * @return this builder
     */
    public Builder noIpFilter() {
      f.put("ips", null);
      return this;
    }

    /**
     * Sets allowed days mask (wire {@code days}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder days(int v) {
      f.put("days", v);
      return this;
    }

    /**
     * Sets GMT time from which login is allowed (wire {@code hour_start}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder hourStart(LocalTime v) {
      InvalidArgumentException.requireNonNull(v, "hourStart", NetExplorerClient.BACKEND);
      f.put("hour_start", HH_MM_SS.format(v));
      return this;
    }

    /**
     * Sets GMT time after which login is refused (wire {@code hour_end}).
     *
     * @param v the value; not null
     * @return this builder
     * @throws InvalidArgumentException when v is null
     */
    public Builder hourEnd(LocalTime v) {
      InvalidArgumentException.requireNonNull(v, "hourEnd", NetExplorerClient.BACKEND);
      f.put("hour_end", HH_MM_SS.format(v));
      return this;
    }

    /**
     * Sets may synchronise (wire {@code can_netsync}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder canNetsync(boolean v) {
      f.put("can_netsync", v);
      return this;
    }

    /**
     * Sets blocked applications mask (1 web, 2 mobile, 4 Outlook) (wire {@code oauth_blocked}).
     *
     * @param v the value
     * @return this builder
     */
    public Builder oauthBlocked(int v) {
      f.put("oauth_blocked", v);
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public ConnectionOptionsChanges build() {
      return new ConnectionOptionsChanges(f);
    }
  }
}
