package org.gedkit.qorus;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Optional arguments of the {@code listErrors} actions.
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param orderBy {@code orderby}, null to leave out
 * @param error {@code error}, null to leave out
 * @param description {@code description}, null to leave out
 * @param info {@code info}, null to leave out
 * @param stepId {@code stepid}, null to leave out
 * @param severity {@code severity}, null to leave out
 * @param name {@code name}, null to leave out
 * @param version {@code version}, null to leave out
 * @param retry {@code retry}, null to leave out
 * @param businessError {@code business_error}, null to leave out
 * @param workflowInstanceId {@code workflow_instanceid}, null to leave out
 * @param errorInstanceId {@code error_instanceid}, null to leave out
 * @param minDate {@code mindate}, null to leave out
 * @param maxDate {@code maxdate}, null to leave out
 * @param workflowId {@code workflowid}, null to leave out
 * @param workflowStatus {@code workflowstatus}, null to leave out
 * @param pageSize rows fetched per request ({@code limit}); the server default row limit is 100
 */
public record ErrorSearchOptions(List<String> orderBy, String error, String description, String info, List<Long> stepId, List<String> severity, List<String> name, List<String> version, Boolean retry, Boolean businessError, List<Long> workflowInstanceId, List<Long> errorInstanceId, OffsetDateTime minDate, OffsetDateTime maxDate, List<Long> workflowId, List<String> workflowStatus, int pageSize) {

  /**
   * Checks the arguments.
   *
   * @param orderBy {@code orderby}, null to leave out
   * @param error {@code error}, null to leave out
   * @param description {@code description}, null to leave out
   * @param info {@code info}, null to leave out
   * @param stepId {@code stepid}, null to leave out
   * @param severity {@code severity}, null to leave out
   * @param name {@code name}, null to leave out
   * @param version {@code version}, null to leave out
   * @param retry {@code retry}, null to leave out
   * @param businessError {@code business_error}, null to leave out
   * @param workflowInstanceId {@code workflow_instanceid}, null to leave out
   * @param errorInstanceId {@code error_instanceid}, null to leave out
   * @param minDate {@code mindate}, null to leave out
   * @param maxDate {@code maxdate}, null to leave out
   * @param workflowId {@code workflowid}, null to leave out
   * @param workflowStatus {@code workflowstatus}, null to leave out
   * @param pageSize rows fetched per request ({@code limit}); the server default row limit is 100
   * @throws org.gedkit.core.error.InvalidArgumentException when the page size is not positive
   */
  public ErrorSearchOptions {
    if (pageSize < 1) {
      throw new org.gedkit.core.error.InvalidArgumentException("pageSize must be positive, got " + pageSize,
          org.gedkit.core.error.ErrorDetails.of("qorus", "ErrorSearchOptions"));
    }
  }

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static ErrorSearchOptions defaults() {
    return new ErrorSearchOptions(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, QorusClient.DEFAULT_PAGE_SIZE);
  }

  /**
   * A copy with {@code orderby} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorSearchOptions withOrderBy(List<String> value) {
    return new ErrorSearchOptions(value, error, description, info, stepId, severity, name, version, retry, businessError, workflowInstanceId, errorInstanceId, minDate, maxDate, workflowId, workflowStatus, pageSize);
  }
  /**
   * A copy with {@code error} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorSearchOptions withError(String value) {
    return new ErrorSearchOptions(orderBy, value, description, info, stepId, severity, name, version, retry, businessError, workflowInstanceId, errorInstanceId, minDate, maxDate, workflowId, workflowStatus, pageSize);
  }
  /**
   * A copy with {@code description} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorSearchOptions withDescription(String value) {
    return new ErrorSearchOptions(orderBy, error, value, info, stepId, severity, name, version, retry, businessError, workflowInstanceId, errorInstanceId, minDate, maxDate, workflowId, workflowStatus, pageSize);
  }
  /**
   * A copy with {@code info} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorSearchOptions withInfo(String value) {
    return new ErrorSearchOptions(orderBy, error, description, value, stepId, severity, name, version, retry, businessError, workflowInstanceId, errorInstanceId, minDate, maxDate, workflowId, workflowStatus, pageSize);
  }
  /**
   * A copy with {@code stepid} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorSearchOptions withStepId(List<Long> value) {
    return new ErrorSearchOptions(orderBy, error, description, info, value, severity, name, version, retry, businessError, workflowInstanceId, errorInstanceId, minDate, maxDate, workflowId, workflowStatus, pageSize);
  }
  /**
   * A copy with {@code severity} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorSearchOptions withSeverity(List<String> value) {
    return new ErrorSearchOptions(orderBy, error, description, info, stepId, value, name, version, retry, businessError, workflowInstanceId, errorInstanceId, minDate, maxDate, workflowId, workflowStatus, pageSize);
  }
  /**
   * A copy with {@code name} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorSearchOptions withName(List<String> value) {
    return new ErrorSearchOptions(orderBy, error, description, info, stepId, severity, value, version, retry, businessError, workflowInstanceId, errorInstanceId, minDate, maxDate, workflowId, workflowStatus, pageSize);
  }
  /**
   * A copy with {@code version} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorSearchOptions withVersion(List<String> value) {
    return new ErrorSearchOptions(orderBy, error, description, info, stepId, severity, name, value, retry, businessError, workflowInstanceId, errorInstanceId, minDate, maxDate, workflowId, workflowStatus, pageSize);
  }
  /**
   * A copy with {@code retry} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorSearchOptions withRetry(Boolean value) {
    return new ErrorSearchOptions(orderBy, error, description, info, stepId, severity, name, version, value, businessError, workflowInstanceId, errorInstanceId, minDate, maxDate, workflowId, workflowStatus, pageSize);
  }
  /**
   * A copy with {@code business_error} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorSearchOptions withBusinessError(Boolean value) {
    return new ErrorSearchOptions(orderBy, error, description, info, stepId, severity, name, version, retry, value, workflowInstanceId, errorInstanceId, minDate, maxDate, workflowId, workflowStatus, pageSize);
  }
  /**
   * A copy with {@code workflow_instanceid} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorSearchOptions withWorkflowInstanceId(List<Long> value) {
    return new ErrorSearchOptions(orderBy, error, description, info, stepId, severity, name, version, retry, businessError, value, errorInstanceId, minDate, maxDate, workflowId, workflowStatus, pageSize);
  }
  /**
   * A copy with {@code error_instanceid} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorSearchOptions withErrorInstanceId(List<Long> value) {
    return new ErrorSearchOptions(orderBy, error, description, info, stepId, severity, name, version, retry, businessError, workflowInstanceId, value, minDate, maxDate, workflowId, workflowStatus, pageSize);
  }
  /**
   * A copy with {@code mindate} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorSearchOptions withMinDate(OffsetDateTime value) {
    return new ErrorSearchOptions(orderBy, error, description, info, stepId, severity, name, version, retry, businessError, workflowInstanceId, errorInstanceId, value, maxDate, workflowId, workflowStatus, pageSize);
  }
  /**
   * A copy with {@code maxdate} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorSearchOptions withMaxDate(OffsetDateTime value) {
    return new ErrorSearchOptions(orderBy, error, description, info, stepId, severity, name, version, retry, businessError, workflowInstanceId, errorInstanceId, minDate, value, workflowId, workflowStatus, pageSize);
  }
  /**
   * A copy with {@code workflowid} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorSearchOptions withWorkflowId(List<Long> value) {
    return new ErrorSearchOptions(orderBy, error, description, info, stepId, severity, name, version, retry, businessError, workflowInstanceId, errorInstanceId, minDate, maxDate, value, workflowStatus, pageSize);
  }
  /**
   * A copy with {@code workflowstatus} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorSearchOptions withWorkflowStatus(List<String> value) {
    return new ErrorSearchOptions(orderBy, error, description, info, stepId, severity, name, version, retry, businessError, workflowInstanceId, errorInstanceId, minDate, maxDate, workflowId, value, pageSize);
  }
  /**
   * A copy with another page size.
   *
   * @param value rows per request, 1 or more
   * @return the copy
   */
  public ErrorSearchOptions withPageSize(int value) {
    return new ErrorSearchOptions(orderBy, error, description, info, stepId, severity, name, version, retry, businessError, workflowInstanceId, errorInstanceId, minDate, maxDate, workflowId, workflowStatus, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("orderby", orderBy);
    m.put("error", error);
    m.put("description", description);
    m.put("info", info);
    m.put("stepid", stepId);
    m.put("severity", severity);
    m.put("name", name);
    m.put("version", version);
    m.put("retry", retry);
    m.put("business_error", businessError);
    m.put("workflow_instanceid", workflowInstanceId);
    m.put("error_instanceid", errorInstanceId);
    m.put("mindate", minDate);
    m.put("maxdate", maxDate);
    m.put("workflowid", workflowId);
    m.put("workflowstatus", workflowStatus);
    return m;
  }
}
