package org.gedkit.qorus;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Optional arguments of {@code GET /api/v2/workflows}.
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param deprecated {@code deprecated}, null to leave out
 * @param date {@code date}, null to leave out
 * @param sqlCache {@code sqlcache}, null to leave out
 */
public record WorkflowListOptions(Boolean deprecated, OffsetDateTime date, Boolean sqlCache) {

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static WorkflowListOptions defaults() {
    return new WorkflowListOptions(null, null, null);
  }

  /**
   * A copy with {@code deprecated} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public WorkflowListOptions withDeprecated(Boolean value) {
    return new WorkflowListOptions(value, date, sqlCache);
  }
  /**
   * A copy with {@code date} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public WorkflowListOptions withDate(OffsetDateTime value) {
    return new WorkflowListOptions(deprecated, value, sqlCache);
  }
  /**
   * A copy with {@code sqlcache} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public WorkflowListOptions withSqlCache(Boolean value) {
    return new WorkflowListOptions(deprecated, date, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("deprecated", deprecated);
    m.put("date", date);
    m.put("sqlcache", sqlCache);
    return m;
  }
}
