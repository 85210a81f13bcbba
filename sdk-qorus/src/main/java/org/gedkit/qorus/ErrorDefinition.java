package org.gedkit.qorus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Arguments that define a workflow error ({@code POST /api/v2/workflows/{id_or_name}/errors}).
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param businessFlag {@code business_flag}, null to leave out
 * @param forceWorkflow {@code forceworkflow}, null to leave out
 * @param retryDelaySecs {@code retry_delay_secs}, null to leave out
 * @param retryFlag {@code retry_flag}, null to leave out
 * @param severity {@code severity}, null to leave out
 */
public record ErrorDefinition(Boolean businessFlag, Boolean forceWorkflow, Long retryDelaySecs, Boolean retryFlag, String severity) {

  /**
   * Checks the arguments.
   *
   * @param businessFlag {@code business_flag}, null to leave out
   * @param forceWorkflow {@code forceworkflow}, null to leave out
   * @param retryDelaySecs {@code retry_delay_secs}, null to leave out
   * @param retryFlag {@code retry_flag}, null to leave out
   * @param severity {@code severity}, null to leave out
   * @throws org.gedkit.core.error.InvalidArgumentException when a number is negative
   */
  public ErrorDefinition {
    if (retryDelaySecs != null && retryDelaySecs < 0) {
      throw new org.gedkit.core.error.InvalidArgumentException("retryDelaySecs must not be negative, got " + retryDelaySecs,
          org.gedkit.core.error.ErrorDetails.of("qorus", "ErrorDefinition"));
    }
  }

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static ErrorDefinition defaults() {
    return new ErrorDefinition(null, null, null, null, null);
  }

  /**
   * A copy with {@code business_flag} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorDefinition withBusinessFlag(Boolean value) {
    return new ErrorDefinition(value, forceWorkflow, retryDelaySecs, retryFlag, severity);
  }
  /**
   * A copy with {@code forceworkflow} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorDefinition withForceWorkflow(Boolean value) {
    return new ErrorDefinition(businessFlag, value, retryDelaySecs, retryFlag, severity);
  }
  /**
   * A copy with {@code retry_delay_secs} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorDefinition withRetryDelaySecs(Long value) {
    return new ErrorDefinition(businessFlag, forceWorkflow, value, retryFlag, severity);
  }
  /**
   * A copy with {@code retry_flag} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorDefinition withRetryFlag(Boolean value) {
    return new ErrorDefinition(businessFlag, forceWorkflow, retryDelaySecs, value, severity);
  }
  /**
   * A copy with {@code severity} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ErrorDefinition withSeverity(String value) {
    return new ErrorDefinition(businessFlag, forceWorkflow, retryDelaySecs, retryFlag, value);
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
    return m;
  }
}
