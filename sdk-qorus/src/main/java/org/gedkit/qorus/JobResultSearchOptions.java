package org.gedkit.qorus;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Optional arguments of {@code GET /api/v2/jobresults}.
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param date {@code date}, null to leave out
 * @param desc {@code desc}, null to leave out
 * @param full {@code full}, null to leave out
 * @param ids {@code ids}, null to leave out
 * @param sort {@code sort}, null to leave out
 * @param statuses {@code statuses}, null to leave out
 * @param pageSize rows fetched per request ({@code limit}); the server default row limit is 100
 */
public record JobResultSearchOptions(OffsetDateTime date, Boolean desc, Boolean full, List<Long> ids, List<String> sort, List<String> statuses, int pageSize) {

  /**
   * Checks the arguments.
   *
   * @param date {@code date}, null to leave out
   * @param desc {@code desc}, null to leave out
   * @param full {@code full}, null to leave out
   * @param ids {@code ids}, null to leave out
   * @param sort {@code sort}, null to leave out
   * @param statuses {@code statuses}, null to leave out
   * @param pageSize rows fetched per request ({@code limit}); the server default row limit is 100
   * @throws org.gedkit.core.error.InvalidArgumentException when the page size is not positive
   */
  public JobResultSearchOptions {
    if (pageSize < 1) {
      throw new org.gedkit.core.error.InvalidArgumentException("pageSize must be positive, got " + pageSize,
          org.gedkit.core.error.ErrorDetails.of("qorus", "JobResultSearchOptions"));
    }
  }

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static JobResultSearchOptions defaults() {
    return new JobResultSearchOptions(null, null, null, null, null, null, QorusClient.DEFAULT_PAGE_SIZE);
  }

  /**
   * A copy with {@code date} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public JobResultSearchOptions withDate(OffsetDateTime value) {
    return new JobResultSearchOptions(value, desc, full, ids, sort, statuses, pageSize);
  }
  /**
   * A copy with {@code desc} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public JobResultSearchOptions withDesc(Boolean value) {
    return new JobResultSearchOptions(date, value, full, ids, sort, statuses, pageSize);
  }
  /**
   * A copy with {@code full} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public JobResultSearchOptions withFull(Boolean value) {
    return new JobResultSearchOptions(date, desc, value, ids, sort, statuses, pageSize);
  }
  /**
   * A copy with {@code ids} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public JobResultSearchOptions withIds(List<Long> value) {
    return new JobResultSearchOptions(date, desc, full, value, sort, statuses, pageSize);
  }
  /**
   * A copy with {@code sort} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public JobResultSearchOptions withSort(List<String> value) {
    return new JobResultSearchOptions(date, desc, full, ids, value, statuses, pageSize);
  }
  /**
   * A copy with {@code statuses} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public JobResultSearchOptions withStatuses(List<String> value) {
    return new JobResultSearchOptions(date, desc, full, ids, sort, value, pageSize);
  }
  /**
   * A copy with another page size.
   *
   * @param value rows per request, 1 or more
   * @return the copy
   */
  public JobResultSearchOptions withPageSize(int value) {
    return new JobResultSearchOptions(date, desc, full, ids, sort, statuses, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", date);
    m.put("desc", desc);
    m.put("full", full);
    m.put("ids", ids);
    m.put("sort", sort);
    m.put("statuses", statuses);
    return m;
  }
}
