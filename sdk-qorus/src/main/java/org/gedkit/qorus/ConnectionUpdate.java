package org.gedkit.qorus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code PUT /api/v2/remote/user/{name}} changes.
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param desc {@code desc}, null to leave out
 * @param url {@code url}, null to leave out
 * @param options {@code options}, null to leave out
 * @param tags {@code tags}, null to leave out
 */
public record ConnectionUpdate(String desc, String url, Map<String, Object> options, Map<String, Object> tags) {

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static ConnectionUpdate defaults() {
    return new ConnectionUpdate(null, null, null, null);
  }

  /**
   * A copy with {@code desc} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ConnectionUpdate withDesc(String value) {
    return new ConnectionUpdate(value, url, options, tags);
  }
  /**
   * A copy with {@code url} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ConnectionUpdate withUrl(String value) {
    return new ConnectionUpdate(desc, value, options, tags);
  }
  /**
   * A copy with {@code options} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ConnectionUpdate withOptions(Map<String, Object> value) {
    return new ConnectionUpdate(desc, url, value, tags);
  }
  /**
   * A copy with {@code tags} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ConnectionUpdate withTags(Map<String, Object> value) {
    return new ConnectionUpdate(desc, url, options, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("desc", desc);
    m.put("url", url);
    m.put("options", options);
    m.put("tags", tags);
    return m;
  }

  @Override
  public String toString() {
    return "ConnectionUpdate[desc=" + desc + ", url=" + (url == null ? "null" : "***") + ", options=" + options + "]";
  }
}
