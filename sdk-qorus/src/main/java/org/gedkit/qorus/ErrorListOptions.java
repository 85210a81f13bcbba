package org.gedkit.qorus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Optional arguments of {@code GET /api/v2/errors}.
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param errors {@code errors}, null to leave out
 * @param filter {@code filter}, null to leave out
 * @param wf {@code wf}, null to leave out
 */
public record ErrorListOptions(List<String> errors, String filter, String wf) {

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static ErrorListOptions defaults() {
    return new ErrorListOptions(null, null, null);
  }

  /**
   * A copy with {@code errors} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorListOptions withErrors(List<String> value) {
    return new ErrorListOptions(value, filter, wf);
  }
  /**
   * A copy with {@code filter} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorListOptions withFilter(String value) {
    return new ErrorListOptions(errors, value, wf);
  }
  /**
   * A copy with {@code wf} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorListOptions withWf(String value) {
    return new ErrorListOptions(errors, filter, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("errors", errors);
    m.put("filter", filter);
    m.put("wf", wf);
    return m;
  }
}
