package org.gedkit.qorus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Optional arguments that define an error through {@code POST /api/v2/errors} (with an optional workflow).
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param businessFlag {@code business_flag}, null to leave out
 * @param forceWorkflow {@code forceworkflow}, null to leave out
 * @param retryDelaySecs {@code retry_delay_secs}, null to leave out
 * @param retryFlag {@code retry_flag}, null to leave out
 * @param severity {@code severity}, null to leave out
 * @param workflowId {@code workflowid}, null to leave out
 */
public record GlobalErrorDefinition(Boolean businessFlag, Boolean forceWorkflow, Long retryDelaySecs, Boolean retryFlag, String severity, String workflowId) {

  /**
   * Checks the arguments.
   *
   * @param businessFlag {@code business_flag}, null to leave out
   * @param forceWorkflow {@code forceworkflow}, null to leave out
   * @param retryDelaySecs {@code retry_delay_secs}, null to leave out
   * @param retryFlag {@code retry_flag}, null to leave out
   * @param severity {@code severity}, null to leave out
   * @param workflowId {@code workflowid}, null to leave out
   * @throws org.gedkit.core.error.InvalidArgumentException when a number is negative
   */
  public GlobalErrorDefinition {
    if (retryDelaySecs != null && retryDelaySecs < 0) {
      throw new org.gedkit.core.error.InvalidArgumentException("retryDelaySecs must not be negative, got " + retryDelaySecs,
          org.gedkit.core.error.ErrorDetails.of("qorus", "GlobalErrorDefinition"));
    }
  }

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static GlobalErrorDefinition defaults() {
    return new GlobalErrorDefinition(null, null, null, null, null, null);
  }

  /**
   * A copy with {@code business_flag} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public GlobalErrorDefinition withBusinessFlag(Boolean value) {
    return new GlobalErrorDefinition(value, forceWorkflow, retryDelaySecs, retryFlag, severity, workflowId);
  }
  /**
   * A copy with {@code forceworkflow} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public GlobalErrorDefinition withForceWorkflow(Boolean value) {
    return new GlobalErrorDefinition(businessFlag, value, retryDelaySecs, retryFlag, severity, workflowId);
  }
  /**
   * A copy with {@code retry_delay_secs} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public GlobalErrorDefinition withRetryDelaySecs(Long value) {
    return new GlobalErrorDefinition(businessFlag, forceWorkflow, value, retryFlag, severity, workflowId);
  }
  /**
   * A copy with {@code retry_flag} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public GlobalErrorDefinition withRetryFlag(Boolean value) {
    return new GlobalErrorDefinition(businessFlag, forceWorkflow, retryDelaySecs, value, severity, workflowId);
  }
  /**
   * A copy with {@code severity} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public GlobalErrorDefinition withSeverity(String value) {
    return new GlobalErrorDefinition(businessFlag, forceWorkflow, retryDelaySecs, retryFlag, value, workflowId);
  }
  /**
   * A copy with {@code workflowid} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public GlobalErrorDefinition withWorkflowId(String value) {
    return new GlobalErrorDefinition(businessFlag, forceWorkflow, retryDelaySecs, retryFlag, severity, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("business_flag", businessFlag);
    m.put("forceworkflow", forceWorkflow);
    m.put("retry_delay_secs", retryDelaySecs);
    m.put("retry_flag", retryFlag);
    m.put("severity", severity);
    m.put("workflowid", workflowId);
    return m;
  }
}
