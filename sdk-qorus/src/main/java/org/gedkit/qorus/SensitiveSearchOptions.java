package org.gedkit.qorus;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Optional arguments of {@code GET /api/v2/orders?action=searchSensitiveData}.
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param desc {@code desc}, null to leave out
 * @param maxModified {@code maxmodified}, null to leave out
 * @param minStarted {@code minstarted}, null to leave out
 * @param maxStarted {@code maxstarted}, null to leave out
 * @param modified {@code modified}, null to leave out
 * @param sort {@code sort}, null to leave out
 * @param status {@code status}, null to leave out
 * @param workflowInstanceId {@code workflow_instanceid}, null to leave out
 * @param workflowId {@code workflowid}, null to leave out
 * @param workflowName {@code workflowname}, null to leave out
 * @param pageSize rows fetched per request ({@code limit}); the server default row limit is 100
 */
public record SensitiveSearchOptions(Boolean desc, OffsetDateTime maxModified, OffsetDateTime minStarted, OffsetDateTime maxStarted, OffsetDateTime modified, List<String> sort, List<String> status, List<Long> workflowInstanceId, List<Long> workflowId, String workflowName, int pageSize) {

  /**
   * Checks the arguments.
   *
   * @param desc {@code desc}, null to leave out
   * @param maxModified {@code maxmodified}, null to leave out
   * @param minStarted {@code minstarted}, null to leave out
   * @param maxStarted {@code maxstarted}, null to leave out
   * @param modified {@code modified}, null to leave out
   * @param sort {@code sort}, null to leave out
   * @param status {@code status}, null to leave out
   * @param workflowInstanceId {@code workflow_instanceid}, null to leave out
   * @param workflowId {@code workflowid}, null to leave out
   * @param workflowName {@code workflowname}, null to leave out
   * @param pageSize rows fetched per request ({@code limit}); the server default row limit is 100
   * @throws org.gedkit.core.error.InvalidArgumentException when the page size is not positive
   */
  public SensitiveSearchOptions {
    if (pageSize < 1) {
      throw new org.gedkit.core.error.InvalidArgumentException("pageSize must be positive, got " + pageSize,
          org.gedkit.core.error.ErrorDetails.of("qorus", "SensitiveSearchOptions"));
    }
  }

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static SensitiveSearchOptions defaults() {
    return new SensitiveSearchOptions(null, null, null, null, null, null, null, null, null, null, QorusClient.DEFAULT_PAGE_SIZE);
  }

  /**
   * A copy with {@code desc} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SensitiveSearchOptions withDesc(Boolean value) {
    return new SensitiveSearchOptions(value, maxModified, minStarted, maxStarted, modified, sort, status, workflowInstanceId, workflowId, workflowName, pageSize);
  }
  /**
   * A copy with {@code maxmodified} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SensitiveSearchOptions withMaxModified(OffsetDateTime value) {
    return new SensitiveSearchOptions(desc, value, minStarted, maxStarted, modified, sort, status, workflowInstanceId, workflowId, workflowName, pageSize);
  }
  /**
   * A copy with {@code minstarted} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SensitiveSearchOptions withMinStarted(OffsetDateTime value) {
    return new SensitiveSearchOptions(desc, maxModified, value, maxStarted, modified, sort, status, workflowInstanceId, workflowId, workflowName, pageSize);
  }
  /**
   * A copy with {@code maxstarted} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SensitiveSearchOptions withMaxStarted(OffsetDateTime value) {
    return new SensitiveSearchOptions(desc, maxModified, minStarted, value, modified, sort, status, workflowInstanceId, workflowId, workflowName, pageSize);
  }
  /**
   * A copy with {@code modified} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SensitiveSearchOptions withModified(OffsetDateTime value) {
    return new SensitiveSearchOptions(desc, maxModified, minStarted, maxStarted, value, sort, status, workflowInstanceId, workflowId, workflowName, pageSize);
  }
  /**
   * A copy with {@code sort} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SensitiveSearchOptions withSort(List<String> value) {
    return new SensitiveSearchOptions(desc, maxModified, minStarted, maxStarted, modified, value, status, workflowInstanceId, workflowId, workflowName, pageSize);
  }
  /**
   * A copy with {@code status} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SensitiveSearchOptions withStatus(List<String> value) {
    return new SensitiveSearchOptions(desc, maxModified, minStarted, maxStarted, modified, sort, value, workflowInstanceId, workflowId, workflowName, pageSize);
  }
  /**
   * A copy with {@code workflow_instanceid} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SensitiveSearchOptions withWorkflowInstanceId(List<Long> value) {
    return new SensitiveSearchOptions(desc, maxModified, minStarted, maxStarted, modified, sort, status, value, workflowId, workflowName, pageSize);
  }
  /**
   * A copy with {@code workflowid} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SensitiveSearchOptions withWorkflowId(List<Long> value) {
    return new SensitiveSearchOptions(desc, maxModified, minStarted, maxStarted, modified, sort, status, workflowInstanceId, value, workflowName, pageSize);
  }
  /**
   * A copy with {@code workflowname} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SensitiveSearchOptions withWorkflowName(String value) {
    return new SensitiveSearchOptions(desc, maxModified, minStarted, maxStarted, modified, sort, status, workflowInstanceId, workflowId, value, pageSize);
  }
  /**
   * A copy with another page size.
   *
   * @param value rows per request, 1 or more
   * @return the copy
   */
  public SensitiveSearchOptions withPageSize(int value) {
    return new SensitiveSearchOptions(desc, maxModified, minStarted, maxStarted, modified, sort, status, workflowInstanceId, workflowId, workflowName, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("desc", desc);
    m.put("maxmodified", maxModified);
    m.put("minstarted", minStarted);
    m.put("maxstarted", maxStarted);
    m.put("modified", modified);
    m.put("sort", sort);
    m.put("status", status);
    m.put("workflow_instanceid", workflowInstanceId);
    m.put("workflowid", workflowId);
    m.put("workflowname", workflowName);
    return m;
  }
}
