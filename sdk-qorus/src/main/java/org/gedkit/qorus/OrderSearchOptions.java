package org.gedkit.qorus;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Optional arguments of the order searches ({@code GET /api/v2/orders}, {@code GET /api/v2/workflows/{id_or_name}/orders}).
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param workflowId {@code workflowid}, null to leave out
 * @param workflowInstanceId {@code workflow_instanceid}, null to leave out
 * @param status {@code status}, null to leave out
 * @param keyName {@code keyname}, null to leave out
 * @param keyValue {@code keyvalue}, null to leave out
 * @param modified {@code modified}, null to leave out
 * @param maxModified {@code maxmodified}, null to leave out
 * @param minStarted {@code minstarted}, null to leave out
 * @param maxStarted {@code maxstarted}, null to leave out
 * @param sort {@code sort}, null to leave out
 * @param desc {@code desc}, null to leave out
 * @param pageSize rows fetched per request ({@code limit}); the server default row limit is 100
 */
public record OrderSearchOptions(List<Long> workflowId, List<Long> workflowInstanceId, List<String> status, String keyName, List<String> keyValue, OffsetDateTime modified, OffsetDateTime maxModified, OffsetDateTime minStarted, OffsetDateTime maxStarted, List<String> sort, Boolean desc, int pageSize) {

  /**
   * Checks the arguments.
   *
   * @param workflowId {@code workflowid}, null to leave out
   * @param workflowInstanceId {@code workflow_instanceid}, null to leave out
   * @param status {@code status}, null to leave out
   * @param keyName {@code keyname}, null to leave out
   * @param keyValue {@code keyvalue}, null to leave out
   * @param modified {@code modified}, null to leave out
   * @param maxModified {@code maxmodified}, null to leave out
   * @param minStarted {@code minstarted}, null to leave out
   * @param maxStarted {@code maxstarted}, null to leave out
   * @param sort {@code sort}, null to leave out
   * @param desc {@code desc}, null to leave out
   * @param pageSize rows fetched per request ({@code limit}); the server default row limit is 100
   * @throws org.gedkit.core.error.InvalidArgumentException when the page size is not positive
   */
  public OrderSearchOptions {
    if (pageSize < 1) {
      throw new org.gedkit.core.error.InvalidArgumentException("pageSize must be positive, got " + pageSize,
          org.gedkit.core.error.ErrorDetails.of("qorus", "OrderSearchOptions"));
    }
  }

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static OrderSearchOptions defaults() {
    return new OrderSearchOptions(null, null, null, null, null, null, null, null, null, null, null, QorusClient.DEFAULT_PAGE_SIZE);
  }

  /**
   * A copy with {@code workflowid} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public OrderSearchOptions withWorkflowId(List<Long> value) {
    return new OrderSearchOptions(value, workflowInstanceId, status, keyName, keyValue, modified, maxModified, minStarted, maxStarted, sort, desc, pageSize);
  }
  /**
   * A copy with {@code workflow_instanceid} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public OrderSearchOptions withWorkflowInstanceId(List<Long> value) {
    return new OrderSearchOptions(workflowId, value, status, keyName, keyValue, modified, maxModified, minStarted, maxStarted, sort, desc, pageSize);
  }
  /**
   * A copy with {@code status} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public OrderSearchOptions withStatus(List<String> value) {
    return new OrderSearchOptions(workflowId, workflowInstanceId, value, keyName, keyValue, modified, maxModified, minStarted, maxStarted, sort, desc, pageSize);
  }
  /**
   * A copy with {@code keyname} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public OrderSearchOptions withKeyName(String value) {
    return new OrderSearchOptions(workflowId, workflowInstanceId, status, value, keyValue, modified, maxModified, minStarted, maxStarted, sort, desc, pageSize);
  }
  /**
   * A copy with {@code keyvalue} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public OrderSearchOptions withKeyValue(List<String> value) {
    return new OrderSearchOptions(workflowId, workflowInstanceId, status, keyName, value, modified, maxModified, minStarted, maxStarted, sort, desc, pageSize);
  }
  /**
   * A copy with {@code modified} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public OrderSearchOptions withModified(OffsetDateTime value) {
    return new OrderSearchOptions(workflowId, workflowInstanceId, status, keyName, keyValue, value, maxModified, minStarted, maxStarted, sort, desc, pageSize);
  }
  /**
   * A copy with {@code maxmodified} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public OrderSearchOptions withMaxModified(OffsetDateTime value) {
    return new OrderSearchOptions(workflowId, workflowInstanceId, status, keyName, keyValue, modified, value, minStarted, maxStarted, sort, desc, pageSize);
  }
  /**
   * A copy with {@code minstarted} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public OrderSearchOptions withMinStarted(OffsetDateTime value) {
    return new OrderSearchOptions(workflowId, workflowInstanceId, status, keyName, keyValue, modified, maxModified, value, maxStarted, sort, desc, pageSize);
  }
  /**
   * A copy with {@code maxstarted} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public OrderSearchOptions withMaxStarted(OffsetDateTime value) {
    return new OrderSearchOptions(workflowId, workflowInstanceId, status, keyName, keyValue, modified, maxModified, minStarted, value, sort, desc, pageSize);
  }
  /**
   * A copy with {@code sort} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public OrderSearchOptions withSort(List<String> value) {
    return new OrderSearchOptions(workflowId, workflowInstanceId, status, keyName, keyValue, modified, maxModified, minStarted, maxStarted, value, desc, pageSize);
  }
  /**
   * A copy with {@code desc} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public OrderSearchOptions withDesc(Boolean value) {
    return new OrderSearchOptions(workflowId, workflowInstanceId, status, keyName, keyValue, modified, maxModified, minStarted, maxStarted, sort, value, pageSize);
  }
  /**
   * A copy with another page size.
   *
   * @param value rows per request, 1 or more
   * @return the copy
   */
  public OrderSearchOptions withPageSize(int value) {
    return new OrderSearchOptions(workflowId, workflowInstanceId, status, keyName, keyValue, modified, maxModified, minStarted, maxStarted, sort, desc, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("workflowid", workflowId);
    m.put("workflow_instanceid", workflowInstanceId);
    m.put("status", status);
    m.put("keyname", keyName);
    m.put("keyvalue", keyValue);
    m.put("modified", modified);
    m.put("maxmodified", maxModified);
    m.put("minstarted", minStarted);
    m.put("maxstarted", maxStarted);
    m.put("sort", sort);
    m.put("desc", desc);
    return m;
  }
}
