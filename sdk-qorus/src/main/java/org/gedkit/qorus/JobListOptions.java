package org.gedkit.qorus;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Optional arguments of {@code GET /api/v2/jobs}.
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param defOnly {@code defonly}, null to leave out
 * @param date {@code date}, null to leave out
 * @param jobs {@code jobs}, null to leave out
 * @param libSource {@code lib_source}, null to leave out
 * @param sqlCache {@code sqlcache}, null to leave out
 * @param status {@code status}, null to leave out
 */
public record JobListOptions(Boolean defOnly, OffsetDateTime date, List<String> jobs, Boolean libSource, Boolean sqlCache, String status) {

  /**
   * Checks the arguments.
   *
   * @param defOnly {@code defonly}, null to leave out
   * @param date {@code date}, null to leave out
   * @param jobs {@code jobs}, null to leave out
   * @param libSource {@code lib_source}, null to leave out
   * @param sqlCache {@code sqlcache}, null to leave out
   * @param status {@code status}, null to leave out
   * @throws org.gedkit.core.error.InvalidArgumentException when {@code status} is not one of those the document lists
   */
  public JobListOptions {
    if (status != null && !java.util.List.of("active", "inactive").contains(status)) {
      throw new org.gedkit.core.error.InvalidArgumentException("status must be one of " + java.util.List.of("active", "inactive")
          + ", got \"" + status + "\"", org.gedkit.core.error.ErrorDetails.of("qorus", "JobListOptions"));
    }
  }

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static JobListOptions defaults() {
    return new JobListOptions(null, null, null, null, null, null);
  }

  /**
   * A copy with {@code defonly} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public JobListOptions withDefOnly(Boolean value) {
    return new JobListOptions(value, date, jobs, libSource, sqlCache, status);
  }
  /**
   * A copy with {@code date} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public JobListOptions withDate(OffsetDateTime value) {
    return new JobListOptions(defOnly, value, jobs, libSource, sqlCache, status);
  }
  /**
   * A copy with {@code jobs} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public JobListOptions withJobs(List<String> value) {
    return new JobListOptions(defOnly, date, value, libSource, sqlCache, status);
  }
  /**
   * A copy with {@code lib_source} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public JobListOptions withLibSource(Boolean value) {
    return new JobListOptions(defOnly, date, jobs, value, sqlCache, status);
  }
  /**
   * A copy with {@code sqlcache} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public JobListOptions withSqlCache(Boolean value) {
    return new JobListOptions(defOnly, date, jobs, libSource, value, status);
  }
  /**
   * A copy with {@code status} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public JobListOptions withStatus(String value) {
    return new JobListOptions(defOnly, date, jobs, libSource, sqlCache, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("defonly", defOnly);
    m.put("date", date);
    m.put("jobs", jobs);
    m.put("lib_source", libSource);
    m.put("sqlcache", sqlCache);
    m.put("status", status);
    return m;
  }
}
